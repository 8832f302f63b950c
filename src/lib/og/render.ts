import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { renderCardSvg, type CardContent, type CardFonts } from './card-svg';
import { measureText, readFontMetrics } from './font-metrics';

/** Where the shipped fonts live, relative to the project root. */
export const FONT_DIR = 'src/lib/og/fonts';

export interface CardRenderer {
  render(content: CardContent): Promise<Buffer>;
}

/**
 * Renders cards with sharp (librsvg). fontconfig is pointed at the shipped fonts before the
 * first render so the text librsvg draws is the text we measured, on every machine.
 */
export function createCardRenderer(projectRoot: string): CardRenderer {
  const dir = join(projectRoot, FONT_DIR);
  process.env.FONTCONFIG_FILE = join(dir, 'fonts.conf');
  const regular = readFontMetrics(readFileSync(join(dir, 'DejaVuSans.ttf')));
  const bold = readFontMetrics(readFileSync(join(dir, 'DejaVuSans-Bold.ttf')));
  const fonts: CardFonts = {
    regular: (text, size) => measureText(regular, text, size),
    bold: (text, size) => measureText(bold, text, size),
  };
  return {
    render: (content) =>
      sharp(Buffer.from(renderCardSvg(content, fonts)))
        .png({ compressionLevel: 9, palette: true, quality: 95 })
        .toBuffer(),
  };
}
