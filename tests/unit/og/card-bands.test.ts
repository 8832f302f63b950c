import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textBands, type BandFonts } from '../../../src/lib/og/card-bands';
import type { CardContent } from '../../../src/lib/og/card-layout';
import { readFontMetrics } from '../../../src/lib/og/font-metrics';
import { FONT_DIR, FONT_FILES } from '../../../src/lib/og/fonts';
import { createCardPainter, createCardRasterizer, encodeCardPng } from '../../../src/lib/og/paint-card';
import { createCardRenderer } from '../../../src/lib/og/render-card';
import { LONG_GERMAN } from './fixtures';

const root = process.cwd();
const fonts: BandFonts = {
  regular: readFontMetrics(readFileSync(join(root, FONT_DIR, FONT_FILES.regular))),
  bold: readFontMetrics(readFileSync(join(root, FONT_DIR, FONT_FILES.bold))),
};
const text = (over: Partial<{ text: string; y: number; size: number; weight: 'regular' | 'bold' }>) => ({
  text: 'Text',
  x: 96,
  y: 100,
  size: 40,
  weight: 'bold' as const,
  color: '#000000',
  align: 'left' as const,
  letterSpacing: 0,
  ...over,
});

describe('textBands', () => {
  it('covers each text from the font’s highest to its lowest glyph, merging lines that touch', () => {
    const bands = textBands({ height: 630, texts: [text({ y: 100 }), text({ y: 140 }), text({ y: 400, weight: 'regular' })] }, fonts);
    const scale = 40 / fonts.bold.unitsPerEm;
    expect(bands).toHaveLength(2);
    expect(bands![0]!.top).toBe(Math.floor(100 - fonts.bold.yMax * scale) - 2);
    expect(bands![0]!.top + bands![0]!.height).toBe(Math.ceil(140 - fonts.bold.yMin * scale) + 2);
    expect(bands![1]!.top).toBeGreaterThan(300);
  });

  it('stays inside the card', () => {
    const [band, ...more] = textBands({ height: 120, texts: [text({ y: 30 }), text({ y: 70 }), text({ y: 110 })] }, fonts)!;
    expect([band, more]).toEqual([{ top: 0, height: 120 }, []]);
  });

  it('gives up on stacking marks and on characters the font lacks', () => {
    expect(textBands({ height: 630, texts: [text({ text: 'Z\u0336\u0335a\u0337l' })] }, fonts)).toBeUndefined();
    expect(textBands({ height: 630, texts: [text({ text: 'Cloud 雲' })] }, fonts)).toBeUndefined();
    expect(textBands({ height: 630, texts: [text({ text: 'Ärger über Größe, ÆØÅ' })] }, fonts)).toBeDefined();
  });
});

describe('createCardPainter', () => {
  const renderer = createCardRenderer(root);
  const rasterize = createCardRasterizer(root);
  const paint = createCardPainter(root);
  const base = { siteName: 'Souverän Digest', color: '#1d6b5f' };
  const cards: CardContent[] = [
    { ...base, eyebrow: 'Digitale Souveränität', title: LONG_GERMAN, meta: '18. Februar 2026' },
    { ...base, eyebrow: 'Cloud', title: 'Kurz', meta: '1. Mai 2026', color: '#8a3b12' },
    { ...base, eyebrow: 'Akteure', title: 'Gaia-X: Projekt ÄÖÜ ß gjpqy', subtitle: 'Ein Untertitel mit Ober- und Unterlängen: Qualität, Gründung, Jahrgänge' },
    { ...base, eyebrow: 'Topics', title: 'Sovereign cloud, jurisdiction and the “quiet” rules of procurement in Europe’s public sector', subtitle: 'A subtitle' },
    // Marks stacked above and below their letters reach past every glyph's box: painted whole.
    { ...base, eyebrow: 'Zalgo', title: `Z${'\u0301\u0308'.repeat(12)}a${'\u0323\u0324'.repeat(12)}lgo title` },
  ];

  it('writes the same PNG, byte for byte, as painting and quantising the whole card', () => {
    for (const content of cards) {
      const layout = renderer.layout(content);
      const whole = encodeCardPng(rasterize(layout), layout);
      expect(paint(layout).equals(whole), content.title).toBe(true);
    }
  });

  it('still paints the text: a card differs from the same card with another title', () => {
    const layout = renderer.layout(cards[1]!);
    expect(paint(layout).equals(paint(renderer.layout({ ...cards[1]!, title: 'Lang' })))).toBe(false);
  });
});
