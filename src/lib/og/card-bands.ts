// `.ts` paths: the card workers load this file outside Vite.
import type { CardLayout } from './card-layout.ts';
import type { FontMetrics } from './font-metrics.ts';

/** Rows `top` to `top + height - 1` of a card. */
export interface CardBand {
  top: number;
  height: number;
}

export interface BandFonts {
  regular: FontMetrics;
  bold: FontMetrics;
}

/** Anti-aliasing reaches one pixel past a glyph's outline; one more for rounding. */
const MARGIN = 2;
/** Combining marks stack above or below their letter, beyond any single glyph's box. */
const COMBINING_MARK = /\p{M}/u;

/**
 * The rows a layout's text can touch, merged into bands, or undefined when that cannot be
 * bounded: a mark that stacks, or a character the font lacks (Skia then paints it with another
 * font, whose glyphs may be taller). Every other row holds only the background and the boxes,
 * so a painter needs to read back and quantise only the bands (paint-card.ts). Each text's rows
 * come from the font's own box of all its glyphs (`head` table), which no glyph exceeds.
 */
export function textBands(layout: Pick<CardLayout, 'height' | 'texts'>, fonts: BandFonts): CardBand[] | undefined {
  const spans: { top: number; bottom: number }[] = [];
  for (const text of layout.texts) {
    const font = fonts[text.weight];
    if (COMBINING_MARK.test(text.text)) return undefined;
    for (const char of text.text) if (!font.hasGlyph(char.codePointAt(0)!)) return undefined;
    const scale = text.size / font.unitsPerEm;
    const top = Math.max(0, Math.floor(text.y - font.yMax * scale) - MARGIN);
    const bottom = Math.min(layout.height, Math.ceil(text.y - font.yMin * scale) + MARGIN);
    if (bottom > top) spans.push({ top, bottom });
  }
  spans.sort((a, b) => a.top - b.top);
  const merged: { top: number; bottom: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.top <= last.bottom) last.bottom = Math.max(last.bottom, span.bottom);
    else merged.push({ ...span });
  }
  return merged.map(({ top, bottom }) => ({ top, height: bottom - top }));
}
