import { describe, expect, it } from 'vitest';
import { CARD_BACKGROUND, CARD_WIDTH, layoutCard, TITLE_SIZES } from '../../../src/lib/og/card-layout';
import { createCardRasterizer } from '../../../src/lib/og/paint-card';
import { loadFontMetrics } from '../../../src/lib/og/card-fonts';
import { LONG_GERMAN } from './fixtures';

const fonts = loadFontMetrics(process.cwd());
const rasterize = createCardRasterizer(process.cwd());

/** Leftmost and rightmost pixel column Skia paints for these texts, alone on the card. */
function inkColumns(layout: ReturnType<typeof layoutCard>, texts: ReturnType<typeof layoutCard>['texts']): { left: number; right: number } {
  const rgba = rasterize({ ...layout, boxes: [], texts });
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(CARD_BACKGROUND.slice(at, at + 2), 16));
  let left = Infinity;
  let right = -Infinity;
  for (let y = 0; y < layout.height; y++) {
    for (let x = 0; x < layout.width; x++) {
      const i = (y * layout.width + x) * 4;
      if (rgba[i] === r && rgba[i + 1] === g && rgba[i + 2] === b) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  return { left, right };
}
const base = { eyebrow: 'Digitalhaushalt', siteName: 'Souverän Digest', meta: '18. Februar 2026', color: '#a8521f' };

const titleLines = (layout: ReturnType<typeof layoutCard>) => layout.texts.filter((text) => text.color === '#16202c' && text.size !== 32);

describe('layoutCard', () => {
  it('keeps a short title large and carries hostile text as plain data', () => {
    const title = '<b onclick=x>Hi</b> & Co';
    const lines = titleLines(layoutCard({ ...base, title }, fonts));
    expect(lines.map((line) => line.text).join(' ')).toBe(title);
    expect(lines[0]!.size).toBe(TITLE_SIZES[0]);
  });

  it('shrinks and wraps a long German title so every line fits the card', () => {
    const lines = titleLines(layoutCard({ ...base, title: LONG_GERMAN }, fonts));
    const size = lines[0]!.size;
    expect(size).toBeLessThan(TITLE_SIZES[0]);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((line) => line.text).join(' ').replace(/- /g, '')).toContain('Verwaltungsmodernisierung');
    // Measured on what Skia paints, not with the metrics the layout used: inside the margins.
    const layout = layoutCard({ ...base, title: LONG_GERMAN }, fonts);
    const { left, right } = inkColumns(layout, lines);
    expect(left).toBeGreaterThanOrEqual(96);
    expect(right).toBeLessThan(CARD_WIDTH - 96);
    // And the lines use the width: the widest reaches the last fifth.
    expect(right).toBeGreaterThan(CARD_WIDTH - 96 - (CARD_WIDTH - 2 * 96) / 5);
    // Baselines step down by one line height.
    expect(lines[1]!.y - lines[0]!.y).toBeCloseTo(size * 1.18, 0);
  });

  it('upper-cases the eyebrow, aligns the date right and tints the accent bar', () => {
    const layout = layoutCard({ ...base, title: 'Kurz' }, fonts);
    expect(layout.texts[0]).toMatchObject({ text: 'DIGITALHAUSHALT', color: '#a8521f', letterSpacing: 2 });
    expect(layout.texts.at(-1)).toMatchObject({ text: '18. Februar 2026', align: 'right', x: CARD_WIDTH - 96 });
    expect(layout.background).toBe(CARD_BACKGROUND);
    // #a8521f at 35 % over #fbfaf7.
    expect(layout.boxes.map((box) => box.color)).toEqual(['#a8521f', '#debfab', '#a8521f']);
  });

  it('leaves out the date and subtitle when there are none, and places a subtitle under the title', () => {
    const plain = layoutCard({ ...base, meta: undefined, title: 'Kurz' }, fonts);
    expect(plain.texts.map((text) => text.text)).toEqual(['DIGITALHAUSHALT', 'Kurz', 'Souverän Digest']);
    const withSubtitle = layoutCard({ ...base, title: 'Kurz', subtitle: 'Worum es geht' }, fonts);
    const subtitle = withSubtitle.texts.find((text) => text.text === 'Worum es geht')!;
    expect(subtitle.weight).toBe('regular');
    expect(subtitle.y).toBeGreaterThan(titleLines(withSubtitle)[0]!.y);
  });
});
