import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { renderCardSvg, type CardContent, type CardFonts } from './card-svg';
import { measureText, readFontMetrics } from './font-metrics';

/** Where the shipped fonts live, relative to the project root. */
export const FONT_DIR = 'src/lib/og/fonts';

/**
 * Measures with the shipped fonts and points fontconfig at them, so the text librsvg draws
 * is the text we measured, on every machine. Call before the first render.
 */
export function loadShippedFonts(projectRoot: string): CardFonts {
  const dir = join(projectRoot, FONT_DIR);
  process.env.FONTCONFIG_FILE = join(dir, 'fonts.conf');
  const regular = readFontMetrics(readFileSync(join(dir, 'DejaVuSans.ttf')));
  const bold = readFontMetrics(readFileSync(join(dir, 'DejaVuSans-Bold.ttf')));
  return {
    regular: (text, size) => measureText(regular, text, size),
    bold: (text, size) => measureText(bold, text, size),
  };
}

/**
 * Palette PNG: flat colours and anti-aliased text fit in 256 colours. No dithering (it only adds
 * noise that deflate cannot compress on flat areas), the fastest quantiser and zlib level 6:
 * about 29 ms of CPU per card instead of 84 ms, 24 kB instead of 21 kB, the same look
 * (mean pixel difference 0.4 of 255; BENCHMARKS.md, "Open Graph cards at scale").
 */
export const CARD_PNG_OPTIONS = { palette: true, quality: 95, dither: 0, effort: 1, compressionLevel: 6 } as const;

/** SVG to PNG with sharp (librsvg). */
export function renderSvgToPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png(CARD_PNG_OPTIONS).toBuffer();
}

export interface CardRenderer {
  render(content: CardContent): Promise<Buffer>;
}

export function createCardRenderer(projectRoot: string): CardRenderer {
  const fonts = loadShippedFonts(projectRoot);
  return { render: (content) => renderSvgToPng(renderCardSvg(content, fonts)) };
}
