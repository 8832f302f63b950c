import { join } from 'node:path';
import sharp from 'sharp';
import { loadFontMetrics } from './card-fonts';
import type { CardFonts } from './card-layout';
import { FONT_DIR } from './fonts';

/**
 * For SVG rendered by librsvg (the story figures): measures with the shipped fonts and points
 * fontconfig at them, so the text librsvg draws is the text we measured, on every machine.
 * Call before the first render.
 */
export function loadShippedFonts(projectRoot: string): CardFonts {
  process.env.FONTCONFIG_FILE = join(projectRoot, FONT_DIR, 'fonts.conf');
  return loadFontMetrics(projectRoot);
}

/** Palette PNG without dithering: flat colours and anti-aliased text fit in 256 colours. */
export const SVG_PNG_OPTIONS = { palette: true, quality: 95, dither: 0, effort: 1, compressionLevel: 6 } as const;

/** SVG to PNG with sharp (librsvg). */
export function renderSvgToPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png(SVG_PNG_OPTIONS).toBuffer();
}
