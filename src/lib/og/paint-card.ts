import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, GlobalFonts, type Canvas } from '@napi-rs/canvas';
import { textBands, type BandFonts, type CardBand } from './card-bands.ts';
import type { CardLayout } from './card-layout.ts';
import type { Rgb } from './colors.ts';
import { readFontMetrics } from './font-metrics.ts';
import { FONT_DIR, FONT_FILES } from './fonts.ts';
import { encodeIndexedPng } from './indexed-png.ts';
import { buildCardPalette, lookupOf, quantizeRowsInto, quantizeToScanlines, upFilterEqualRows, type PaletteLookup } from './palette.ts';

/** Registered under a private name, so no system font of the same family can stand in. */
const FAMILY = 'Souveraen Card Sans';

/**
 * RGBA pixels of a layout, painted with Skia (@napi-rs/canvas) and the shipped fonts; with a
 * band, only those rows (what the whole card has there, read back without the rest).
 */
export type CardRasterizer = (layout: CardLayout, band?: CardBand) => Uint8Array;

/** Band heights vary with the title's lines and size; a few canvases of each are kept. */
const MAX_CANVASES = 16;

export function createCardRasterizer(projectRoot: string): CardRasterizer {
  for (const file of Object.values(FONT_FILES)) {
    if (!GlobalFonts.registerFromPath(join(projectRoot, FONT_DIR, file), FAMILY)) {
      throw new Error(`cannot load the card font ${join(projectRoot, FONT_DIR, file)}`);
    }
  }
  // One canvas per size for every card: filling it is cheaper than allocating a new one.
  const canvases = new Map<string, Canvas>();
  return (layout, band = { top: 0, height: layout.height }) => {
    const size = `${layout.width}x${band.height}`;
    let canvas = canvases.get(size);
    if (!canvas) {
      if (canvases.size >= MAX_CANVASES) canvases.clear();
      canvases.set(size, (canvas = createCanvas(layout.width, band.height)));
    }
    const context = canvas.getContext('2d');
    // Whole pixels only: the band's glyphs keep the sub-pixel positions they have on the card.
    context.setTransform(1, 0, 0, 1, 0, -band.top);
    context.fillStyle = layout.background;
    context.fillRect(0, 0, layout.width, layout.height);
    for (const box of layout.boxes) {
      context.fillStyle = box.color;
      context.fillRect(box.x, box.y, box.width, box.height);
    }
    for (const text of layout.texts) {
      context.font = `${text.weight === 'bold' ? 'bold ' : ''}${text.size}px "${FAMILY}"`;
      context.letterSpacing = `${text.letterSpacing}px`;
      context.textAlign = text.align;
      context.fillStyle = text.color;
      context.fillText(text.text, text.x, text.y);
    }
    return canvas.data();
  };
}

function paletteOf(layout: CardLayout): Rgb[] {
  return buildCardPalette(
    layout.background,
    layout.boxes.map((box) => box.color),
    layout.texts.map((text) => text.color),
  );
}

/**
 * A palette PNG of the painted pixels. The palette comes from the layout (background, boxes,
 * shades of each ink), so no general quantiser has to search the image: see palette.ts.
 */
export function encodeCardPng(rgba: Uint8Array, layout: CardLayout): Buffer {
  const palette = paletteOf(layout);
  return encodeIndexedPng(quantizeToScanlines(rgba, layout.width, layout.height, palette), layout.width, layout.height, palette);
}

export type CardPainter = (layout: CardLayout) => Buffer;

/** Cards of one colour share their palette and empty card; a build has a handful of colours and card kinds. */
const MAX_SCHEMES = 64;

interface ColourScheme {
  palette: Rgb[];
  lookup: PaletteLookup;
  /** The card without its text, as scanlines, with its rows' flags (sameAsAbove), by box layout. */
  empty: Map<string, { scanlines: Buffer; sameAsAbove: Uint8Array }>;
}

/**
 * Paints and encodes cards. Reading the pixels back from Skia costs more than painting them, so
 * only the rows text can touch are painted and read back (card-bands.ts); the other rows come
 * from the card without its text (background and boxes), quantised once per colour scheme. The
 * PNG is the same, byte for byte, as painting the whole card (tests/unit/og/card-bands.test.ts);
 * a layout whose text cannot be bounded is painted whole.
 */
export function createCardPainter(projectRoot: string): CardPainter {
  const rasterize = createCardRasterizer(projectRoot);
  const fonts = loadBandFonts(projectRoot);
  const schemes = new Map<string, ColourScheme>();
  const schemeOf = (layout: CardLayout): ColourScheme => {
    const solids = layout.boxes.map((box) => box.color);
    const inks = layout.texts.map((text) => text.color);
    const key = JSON.stringify([layout.background, solids, [...new Set(inks)]]);
    let scheme = schemes.get(key);
    if (!scheme) {
      if (schemes.size >= MAX_SCHEMES) schemes.clear();
      const palette = buildCardPalette(layout.background, solids, inks);
      schemes.set(key, (scheme = { palette, lookup: lookupOf(palette), empty: new Map() }));
    }
    return scheme;
  };
  return (layout) => {
    const bands = textBands(layout, fonts);
    if (!bands) return encodeCardPng(rasterize(layout), layout);
    const { width, height } = layout;
    const scheme = schemeOf(layout);
    const boxesKey = JSON.stringify([width, height, layout.boxes]);
    let empty = scheme.empty.get(boxesKey);
    if (!empty) {
      empty = { scanlines: Buffer.alloc((width + 1) * height), sameAsAbove: new Uint8Array(height) };
      quantizeRowsInto(empty.scanlines, empty.sameAsAbove, 0, rasterize({ ...layout, texts: [] }), width, height, scheme.lookup);
      scheme.empty.set(boxesKey, empty);
    }
    const scanlines = Buffer.from(empty.scanlines);
    const sameAsAbove = empty.sameAsAbove.slice();
    for (const band of bands) {
      quantizeRowsInto(scanlines, sameAsAbove, band.top, rasterize(layout, band), width, band.height, scheme.lookup);
      // A band's first row and the row after it border rows painted apart: compare them.
      sameAsAbove[band.top] = 0;
      if (band.top + band.height < height) sameAsAbove[band.top + band.height] = 0;
    }
    upFilterEqualRows(scanlines, sameAsAbove, width, height);
    return encodeIndexedPng(scanlines, width, height, scheme.palette);
  };
}

export function loadBandFonts(projectRoot: string): BandFonts {
  const read = (file: string) => readFontMetrics(readFileSync(join(projectRoot, FONT_DIR, file)));
  return { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold) };
}
