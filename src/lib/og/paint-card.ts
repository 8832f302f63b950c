import { join } from 'node:path';
import { createCanvas, GlobalFonts, type Canvas } from '@napi-rs/canvas';
import type { CardLayout } from './card-layout.ts';
import { FONT_DIR, FONT_FILES } from './fonts.ts';
import { encodeIndexedPng } from './indexed-png.ts';
import { buildCardPalette, quantizeToScanlines } from './palette.ts';

/** Registered under a private name, so no system font of the same family can stand in. */
const FAMILY = 'Souveraen Card Sans';

/** RGBA pixels of a layout, painted with Skia (@napi-rs/canvas) and the shipped fonts. */
export type CardRasterizer = (layout: CardLayout) => Uint8Array;

export function createCardRasterizer(projectRoot: string): CardRasterizer {
  for (const file of Object.values(FONT_FILES)) {
    if (!GlobalFonts.registerFromPath(join(projectRoot, FONT_DIR, file), FAMILY)) {
      throw new Error(`cannot load the card font ${join(projectRoot, FONT_DIR, file)}`);
    }
  }
  // One canvas for every card: filling it is cheaper than allocating a new one.
  let canvas: Canvas | undefined;
  return (layout) => {
    if (canvas?.width !== layout.width || canvas.height !== layout.height) canvas = createCanvas(layout.width, layout.height);
    const context = canvas.getContext('2d');
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

/**
 * A palette PNG of the painted pixels. The palette comes from the layout (background, boxes,
 * shades of each ink), so no general quantiser has to search the image: see palette.ts.
 */
export function encodeCardPng(rgba: Uint8Array, layout: CardLayout): Buffer {
  const palette = buildCardPalette(
    layout.background,
    layout.boxes.map((box) => box.color),
    layout.texts.map((text) => text.color),
  );
  return encodeIndexedPng(quantizeToScanlines(rgba, layout.width, layout.height, palette), layout.width, layout.height, palette);
}

export type CardPainter = (layout: CardLayout) => Buffer;

export function createCardPainter(projectRoot: string): CardPainter {
  const rasterize = createCardRasterizer(projectRoot);
  return (layout) => encodeCardPng(rasterize(layout), layout);
}
