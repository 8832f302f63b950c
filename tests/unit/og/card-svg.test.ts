import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, renderCardSvg, TITLE_SIZES, type CardFonts } from '../../../src/lib/og/card-svg';
import { measureText, readFontMetrics } from '../../../src/lib/og/font-metrics';
import { createCardRenderer, FONT_DIR, renderSvgToPng } from '../../../src/lib/og/render';

const bold = readFontMetrics(readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf')));
const regular = readFontMetrics(readFileSync(join(FONT_DIR, 'DejaVuSans.ttf')));
const fonts: CardFonts = {
  bold: (text, size) => measureText(bold, text, size),
  regular: (text, size) => measureText(regular, text, size),
};

const LONG_GERMAN =
  'Bundesministerium für Digitales und Staatsmodernisierung: Haushaltsberatungen zur Digitalisierungsstrategie und Verwaltungsmodernisierung im Bundeshaushalt 2026';

function titleOf(svg: string): { size: number; lines: string[] } {
  const block = /<text[^>]*font-size="(\d+)" fill="#16202c">(.*?)<\/text>/.exec(svg)!;
  return { size: Number(block[1]), lines: [...block[2]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((m) => m[1]!) };
}

describe('font metrics', () => {
  it('reads real advance widths from the shipped font', () => {
    expect(bold.unitsPerEm).toBe(2048);
    expect(bold.advance('W'.codePointAt(0)!)).toBeGreaterThan(bold.advance('i'.codePointAt(0)!));
    expect(measureText(bold, 'Ä', 20)).toBeCloseTo(measureText(bold, 'A', 20));
    expect(measureText(regular, 'abc', 40)).toBeCloseTo(2 * measureText(regular, 'abc', 20));
  });
});

describe('renderCardSvg', () => {
  const base = { eyebrow: 'Digitalhaushalt', siteName: 'Souverän Digest', meta: '18. Februar 2026', color: '#a8521f' };

  it('keeps a short title large and escapes markup', () => {
    const svg = renderCardSvg({ ...base, title: '</text><script>x</script> & Co' }, fonts);
    expect(titleOf(svg).size).toBe(TITLE_SIZES[0]);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
  });

  it('shrinks and wraps a long German title so every line fits the card', () => {
    const { size, lines } = titleOf(renderCardSvg({ ...base, title: LONG_GERMAN }, fonts));
    expect(size).toBeLessThan(TITLE_SIZES[0]);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ').replace(/- /g, '')).toContain('Verwaltungsmodernisierung');
    for (const line of lines) expect(fonts.bold(line, size)).toBeLessThanOrEqual(CARD_WIDTH - 2 * 96);
  });
});

describe('createCardRenderer', () => {
  it('renders a 1200×630 PNG with sharp', async () => {
    const png = await createCardRenderer(process.cwd()).render({ ...{ eyebrow: 'Thema', siteName: 'S', color: '#1f5fa8' }, title: LONG_GERMAN });
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT]);
  });

  it('encodes a palette PNG that looks like the full-colour rendering', async () => {
    const color = '#1f5fa8';
    const svg = renderCardSvg({ eyebrow: 'Thema', siteName: 'Souverän Digest', meta: '18. Februar 2026', color, title: LONG_GERMAN }, fonts);
    const png = await renderSvgToPng(svg);
    expect((await sharp(png).metadata()).isPalette).toBe(true);
    const pixels = (image: Sharp) => image.removeAlpha().raw().toBuffer();
    const [encoded, reference] = await Promise.all([pixels(sharp(png)), pixels(sharp(Buffer.from(svg)))]);
    let total = 0;
    for (let i = 0; i < reference.length; i += 1) total += Math.abs(encoded[i]! - reference[i]!);
    expect(total / reference.length).toBeLessThan(1);
    // Flat areas keep their colours within the quantiser's rounding: the background and the accent bar.
    const offBy = (x: number, y: number, rgb: number[]) =>
      Math.max(...rgb.map((value, channel) => Math.abs(encoded[(y * CARD_WIDTH + x) * 3 + channel]! - value)));
    expect(offBy(600, 40, [0xfb, 0xfa, 0xf7])).toBeLessThanOrEqual(2);
    expect(offBy(10, 300, [0x1f, 0x5f, 0xa8])).toBeLessThanOrEqual(2);
  });
});

describe('shipped fonts', () => {
  it('are the only fonts librsvg sees, whatever family an SVG asks for', async () => {
    createCardRenderer(process.cwd());
    const word = (family: string) =>
      renderSvgToPng(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><text x="10" y="50" font-family="${family}" font-size="40">Hamburg</text></svg>`);
    const [dejavu, other] = await Promise.all([word('DejaVu Sans'), word('Liberation Serif')]);
    expect(other.equals(dejavu)).toBe(true);
  });
});
