import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../src/lib/og/card-layout';
import { encodeIndexedPng } from '../../../src/lib/og/indexed-png';
import { createCardRasterizer, encodeCardPng } from '../../../src/lib/og/paint-card';
import { createCardRenderer } from '../../../src/lib/og/render-card';
import { LONG_GERMAN } from './fixtures';

const renderer = createCardRenderer(process.cwd());
const rasterize = createCardRasterizer(process.cwd());
const content = { eyebrow: 'Thema', siteName: 'Souverän Digest', meta: '18. Februar 2026', color: '#1f5fa8', title: LONG_GERMAN };

describe('encodeIndexedPng', () => {
  it('writes a PNG that decoders read back pixel for pixel', async () => {
    const palette = [
      [10, 20, 30],
      [200, 100, 0],
    ] as const;
    const png = encodeIndexedPng(Uint8Array.from([0, 0, 1, 0, 0, 0, 0, 1]), 3, 2, palette);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([3, 2, 3]);
    expect([...data]).toEqual([10, 20, 30, 200, 100, 0, 10, 20, 30, 10, 20, 30, 10, 20, 30, 200, 100, 0]);
    expect(() => encodeIndexedPng(Uint8Array.from([0]), 3, 2, palette)).toThrow(/do not match/);
  });
});

describe('createCardRenderer', () => {
  it('renders a 1200×630 palette PNG', async () => {
    const meta = await sharp(renderer.render(content)).metadata();
    expect([meta.format, meta.width, meta.height, meta.isPalette]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT, true]);
  });

  it('keeps what Skia painted: mean difference under 1 of 255, flat areas exact', async () => {
    const layout = renderer.layout(content);
    const painted = rasterize(layout);
    const decoded = await sharp(encodeCardPng(painted, layout)).ensureAlpha().raw().toBuffer();
    let total = 0;
    for (let i = 0; i < painted.length; i += 1) total += Math.abs(decoded[i]! - painted[i]!);
    expect(total / painted.length).toBeLessThan(1);
    const pixel = (x: number, y: number) => [...decoded.subarray((y * CARD_WIDTH + x) * 4, (y * CARD_WIDTH + x) * 4 + 3)];
    expect(pixel(600, 40)).toEqual([0xfb, 0xfa, 0xf7]);
    expect(pixel(10, 300)).toEqual([0x1f, 0x5f, 0xa8]);
  });

  it('paints the title: the text rows differ from an empty card', () => {
    const layout = renderer.layout(content);
    const withTitle = rasterize(layout).slice();
    const withoutTitle = rasterize({ ...layout, texts: [] });
    expect(Buffer.compare(Buffer.from(withTitle), Buffer.from(withoutTitle))).not.toBe(0);
  });

  it('renders the same bytes every time (reproducible builds)', () => {
    expect(renderer.render(content).equals(renderer.render(content))).toBe(true);
  });
});
