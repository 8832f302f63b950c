import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CardFonts } from './card-layout.ts';
import { FONT_DIR, FONT_FILES } from './fonts.ts';
import { measureText, readFontMetrics } from './font-metrics.ts';

/**
 * Measures text with the shipped fonts' own advance widths, as the card layout and the figures
 * need. Imports with `.ts` paths: the card workers load this file outside Vite.
 */
export function loadFontMetrics(projectRoot: string): CardFonts {
  const regular = readFontMetrics(readFileSync(join(projectRoot, FONT_DIR, FONT_FILES.regular)));
  const bold = readFontMetrics(readFileSync(join(projectRoot, FONT_DIR, FONT_FILES.bold)));
  return {
    regular: (text, size) => measureText(regular, text, size),
    bold: (text, size) => measureText(bold, text, size),
  };
}
