import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, GlobalFonts, type Canvas } from '@napi-rs/canvas';
import { textBands, type BandFonts, type CardBand } from './card-bands.ts';
import type { CardLayout } from './card-layout.ts';
import type { Rgb } from './colors.ts';
import { readFontMetrics } from './font-metrics.ts';
import { FONT_DIR, FONT_FILES } from './fonts.ts';
import { encodeIndexedPng } from './indexed-png.ts';
import { buildCardPalette, quantizeRowsInto, quantizeToScanlines, upFilterEqualRows } from './palette.ts';

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

/** Cards of one colour share their empty card; a build has a handful of colours and card kinds. */
const MAX_EMPTY_CARDS = 64;

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
  const emptyCards = new Map<string, Buffer>();
  return (layout) => {
    const bands = textBands(layout, fonts);
    if (!bands) return encodeCardPng(rasterize(layout), layout);
    const palette = paletteOf(layout);
    const { width, height } = layout;
    const key = JSON.stringify([width, height, layout.background, layout.boxes, palette]);
    let empty = emptyCards.get(key);
    if (!empty) {
      if (emptyCards.size >= MAX_EMPTY_CARDS) emptyCards.clear();
      empty = Buffer.alloc((width + 1) * height);
      quantizeRowsInto(empty, 0, rasterize({ ...layout, texts: [] }), width, height, palette);
      emptyCards.set(key, empty);
    }
    const scanlines = Buffer.from(empty);
    for (const band of bands) quantizeRowsInto(scanlines, band.top, rasterize(layout, band), width, band.height, palette);
    upFilterEqualRows(scanlines, width, height);
    return encodeIndexedPng(scanlines, width, height, palette);
  };
}

export function loadBandFonts(projectRoot: string): BandFonts {
  const read = (file: string) => readFontMetrics(readFileSync(join(projectRoot, FONT_DIR, file)));
  return { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold) };
}
