import { blend, parseHexColor, type Rgb } from './colors.ts';

/** Shades of one ink over the background; 3 inks × 64 + a few solids stay within 256 colours. */
const MAX_LEVELS = 64;

/**
 * The colours a card can contain: its background, its solid boxes and, for each text colour,
 * the anti-aliasing shades between background and ink. Known in advance, so no quantiser has
 * to search the image for them.
 */
export function buildCardPalette(background: string, solids: string[], inks: string[]): Rgb[] {
  const palette = new Map<string, Rgb>();
  const add = (rgb: Rgb) => palette.set(rgb.join(), rgb);
  const bg = parseHexColor(background);
  add(bg);
  for (const solid of solids) add(parseHexColor(solid));
  const distinctInks = [...new Set(inks)];
  const levels = Math.min(MAX_LEVELS, Math.floor((256 - palette.size) / Math.max(1, distinctInks.length)));
  for (const ink of distinctInks) {
    const rgb = parseHexColor(ink);
    for (let level = 1; level <= levels; level++) add(blend(bg, rgb, level / levels));
  }
  const colours = [...palette.values()];
  if (colours.length > 256) throw new Error(`card palette has ${colours.length} colours, PNG allows 256`);
  return colours;
}

/** Colour (0xBBGGRR) → palette slot + 1, stamped with the palette it was computed for. */
let lookup: Uint32Array | undefined;
/** Reused between cards: fresh memory for every card costs more in page faults than the work. */
let scratch: Buffer | undefined;
const paletteStamps = new Map<string, number>();

function nearest(palette: readonly Rgb[], r: number, g: number, b: number): number {
  let best = Infinity;
  let index = 0;
  for (let i = 0; i < palette.length; i++) {
    const [pr, pg, pb] = palette[i]!;
    const distance = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
    if (distance < best) {
      best = distance;
      index = i;
    }
  }
  return index;
}

/** PNG row filters: None, the indices themselves; Up, each byte minus the one above it. */
const FILTER_NONE = 0;
const FILTER_UP = 2;

/**
 * RGBA pixels to PNG scanlines of palette indices. A row equal to the one above (most of a
 * card) is written with the Up filter, i.e. as zeros, which deflate's run-length mode packs in
 * a fraction of the time it needs to find the copy; any other row is led by filter byte None,
 * and within it only colour changes are looked up.
 * The returned buffer is reused by the next call: encode it before quantising another image.
 */
export function quantizeToScanlines(rgba: Uint8Array, width: number, height: number, palette: readonly Rgb[]): Buffer {
  lookup ??= new Uint32Array(1 << 24);
  const table = lookup;
  const key = palette.map((c) => c.join()).join(';');
  let stamp = paletteStamps.get(key);
  if (stamp === undefined) {
    stamp = (paletteStamps.size + 1) % 0xffffff || 1;
    paletteStamps.set(key, stamp);
  }
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const rowBytes = width * 4;
  const size = (width + 1) * height;
  if (!scratch || scratch.length < size) scratch = Buffer.allocUnsafe(size);
  const out = scratch.subarray(0, size);
  for (let y = 0; y < height; y++) {
    const start = y * (width + 1);
    if (y > 0 && Buffer.compare(rgba.subarray(y * rowBytes, (y + 1) * rowBytes), rgba.subarray((y - 1) * rowBytes, y * rowBytes)) === 0) {
      out[start] = FILTER_UP;
      out.fill(0, start + 1, start + 1 + width);
      continue;
    }
    out[start] = FILTER_NONE;
    let previous = -1;
    let index = 0;
    for (let x = 0, p = y * width; x < width; x++, p++) {
      const colour = pixels[p]! & 0xffffff;
      if (colour !== previous) {
        const entry = table[colour]!;
        if (entry >>> 8 === stamp) {
          index = entry & 0xff;
        } else {
          index = nearest(palette, colour & 0xff, (colour >>> 8) & 0xff, colour >>> 16);
          table[colour] = ((stamp << 8) | index) >>> 0;
        }
        previous = colour;
      }
      out[start + 1 + x] = index;
    }
  }
  return out;
}
