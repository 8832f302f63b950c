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

/** Reused between cards: fresh memory for every card costs more in page faults than the work. */
let scratch: Buffer | undefined;
let scratchFlags: Uint8Array | undefined;

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

/** Slots of a palette's colour memo: a card has a few hundred colours (anti-aliasing shades). */
const MEMO_BITS = 13;
const MEMO_SLOTS = 1 << MEMO_BITS;

/**
 * Colour (0xBBGGRR) → palette index, each colour searched once. One memo per palette, so cards
 * of different colours, which a build interleaves, do not evict each other's colours.
 */
export class PaletteLookup {
  readonly palette: readonly Rgb[];
  #keys = new Int32Array(MEMO_SLOTS).fill(-1);
  #values = new Uint8Array(MEMO_SLOTS);
  #count = 0;

  constructor(palette: readonly Rgb[]) {
    this.palette = palette;
  }

  indexOf(colour: number): number {
    let slot = Math.imul(colour, 0x9e3779b1) >>> (32 - MEMO_BITS);
    for (;;) {
      const key = this.#keys[slot]!;
      if (key === colour) return this.#values[slot]!;
      if (key === -1) break;
      slot = (slot + 1) & (MEMO_SLOTS - 1);
    }
    const index = nearest(this.palette, colour & 0xff, (colour >>> 8) & 0xff, colour >>> 16);
    // Half full: start over rather than probe long chains (a card never gets near).
    if (this.#count >= MEMO_SLOTS / 2) {
      this.#keys.fill(-1);
      this.#count = 0;
      return this.indexOf(colour);
    }
    this.#keys[slot] = colour;
    this.#values[slot] = index;
    this.#count++;
    return index;
  }
}

/** Below this many pixels a loop writes a run faster than a native fill is called. */
const SHORT_RUN = 8;

/** PNG row filters: None, the indices themselves; Up, each byte minus the one above it. */
const FILTER_NONE = 0;
const FILTER_UP = 2;

/**
 * Quantises `rows` rows of RGBA pixels into `out`, PNG scanlines of palette indices, from row
 * `firstRow` on, each led by filter byte None. A row equal to the one above it in `rgba` is
 * copied, and marked in `sameAsAbove` (one flag per row of `out`); within a row each run of one
 * colour is looked up once.
 */
export function quantizeRowsInto(
  out: Uint8Array,
  sameAsAbove: Uint8Array,
  firstRow: number,
  rgba: Uint8Array,
  width: number,
  rows: number,
  lookup: PaletteLookup,
): void {
  if (out.length < (width + 1) * (firstRow + rows) || sameAsAbove.length < firstRow + rows) throw new Error('scanlines do not hold the rows');
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * rows);
  const rgbaRows = Buffer.from(rgba.buffer, rgba.byteOffset, width * rows * 4);
  const rowBytes = width * 4;
  for (let y = 0; y < rows; y++) {
    const start = (firstRow + y) * (width + 1);
    out[start] = FILTER_NONE;
    if (y > 0 && rgbaRows.compare(rgbaRows, (y - 1) * rowBytes, y * rowBytes, y * rowBytes, (y + 1) * rowBytes) === 0) {
      out.copyWithin(start + 1, start - width, start);
      sameAsAbove[firstRow + y] = 1;
      continue;
    }
    sameAsAbove[firstRow + y] = 0;
    // Run by run: a card's rows are long runs of one colour (filled natively) between glyphs.
    const rowStart = y * width;
    const rowEnd = rowStart + width;
    const offset = start + 1 - rowStart;
    for (let p = rowStart; p < rowEnd; ) {
      const pixel = pixels[p]!;
      let runEnd = p + 1;
      while (runEnd < rowEnd && pixels[runEnd] === pixel) runEnd++;
      const index = lookup.indexOf(pixel & 0xffffff);
      if (runEnd - p > SHORT_RUN) out.fill(index, p + offset, runEnd + offset);
      else for (let o = p + offset; o < runEnd + offset; o++) out[o] = index;
      p = runEnd;
    }
  }
}

/**
 * Rewrites every row equal to the one above it (most of a card) with the Up filter, i.e. as
 * zeros, which deflate's run-length mode packs in a fraction of the time it needs to find the
 * copy. Rows flagged in `sameAsAbove` are equal already; the others are compared. Bottom-up, so
 * each row is compared with the unfiltered row above.
 */
export function upFilterEqualRows(scanlines: Buffer, sameAsAbove: Uint8Array, width: number, height: number): void {
  const stride = width + 1;
  for (let y = height - 1; y > 0; y--) {
    const start = y * stride;
    if (scanlines[start] !== FILTER_NONE || scanlines[start - stride] !== FILTER_NONE) continue;
    if (sameAsAbove[y] !== 1 && scanlines.compare(scanlines, start - stride + 1, start, start + 1, start + stride) !== 0) continue;
    scanlines[start] = FILTER_UP;
    scanlines.fill(0, start + 1, start + stride);
  }
}

const lookups = new Map<string, PaletteLookup>();

/** The lookup of a palette, kept for the process (a build has a handful of card colours). */
export function lookupOf(palette: readonly Rgb[]): PaletteLookup {
  const key = palette.map((c) => c.join()).join(';');
  let lookup = lookups.get(key);
  if (!lookup) {
    if (lookups.size >= 64) lookups.clear();
    lookups.set(key, (lookup = new PaletteLookup(palette)));
  }
  return lookup;
}

/**
 * RGBA pixels to PNG scanlines of palette indices (quantizeRowsInto), rows equal to the one
 * above Up-filtered (upFilterEqualRows).
 * The returned buffer is reused by the next call: encode it before quantising another image.
 */
export function quantizeToScanlines(rgba: Uint8Array, width: number, height: number, palette: readonly Rgb[]): Buffer {
  const size = (width + 1) * height;
  if (!scratch || scratch.length < size) scratch = Buffer.allocUnsafe(size);
  if (!scratchFlags || scratchFlags.length < height) scratchFlags = new Uint8Array(height);
  const out = scratch.subarray(0, size);
  quantizeRowsInto(out, scratchFlags, 0, rgba, width, height, lookupOf(palette));
  upFilterEqualRows(out, scratchFlags, width, height);
  return out;
}
