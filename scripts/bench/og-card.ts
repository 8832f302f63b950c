/**
 * CPU per Open Graph card, step by step, on one typical story card.
 *   npm run bench:og -- [--renders 50] [--out /tmp/souveraen-og-bench]
 * Also writes the card and sharp's palette encoding of the same pixels to --out, to compare by eye.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { parseCommandLine } from '../lib/cli';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/og/card-layout';
import { encodeIndexedPng } from '../../src/lib/og/indexed-png';
import { textBands } from '../../src/lib/og/card-bands';
import { createCardRasterizer, loadBandFonts } from '../../src/lib/og/paint-card';
import { buildCardPalette, quantizeToScanlines } from '../../src/lib/og/palette';
import { SVG_PNG_OPTIONS } from '../../src/lib/og/render';
import { createCardRenderer } from '../../src/lib/og/render-card';

const REPO = resolve(import.meta.dirname, '../..');

async function measure<T>(renders: number, step: () => T | Promise<T>): Promise<{ cpu: number; wall: number; result: T }> {
  let result = await step(); // warm-up: fonts, glyph cache, lookup table
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < renders; i += 1) {
    result = await step();
    // As in the card workers, which turn the event loop between batches: napi finalizers free
    // Skia's pixel buffers only then, and reused memory costs no page faults.
    if (i % 16 === 15) await setImmediate();
  }
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000 / renders, wall: (performance.now() - start) / renders, result };
}

async function main() {
  const { values } = parseCommandLine('Usage: npm run bench:og [-- --renders 50] [--out DIR]\nCPU per Open Graph card, step by step, on one story card; writes the card to --out.', {
    options: { renders: { type: 'string', default: '50' }, out: { type: 'string', default: '/tmp/souveraen-og-bench' } },
  });
  const renders = Number(values.renders);
  const renderer = createCardRenderer(REPO);
  const rasterize = createCardRasterizer(REPO);
  const content = {
    eyebrow: 'Digitale Souveränität',
    title: 'Bundesregierung beschließt Cloud-Strategie für Verwaltungsdienstleistungen in Europa',
    siteName: 'Souverän Digest',
    meta: '12. März 2026',
    color: '#1d6b5f',
  };
  const layout = renderer.layout(content);
  const rgba = rasterize(layout).slice();
  const bands = textBands(layout, loadBandFonts(REPO)) ?? [];
  const palette = buildCardPalette(layout.background, layout.boxes.map((b) => b.color), layout.texts.map((t) => t.color));
  const scanlines = quantizeToScanlines(rgba, CARD_WIDTH, CARD_HEIGHT, palette);
  const raw = { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 as const } };
  const steps: [string, () => unknown][] = [
    ['layout (wrap and fit the text)', () => renderer.layout(content)],
    ['paint and read back the whole card (Skia; for comparison)', () => rasterize(layout)],
    [`paint and read back the text bands only (${bands.reduce((sum, band) => sum + band.height, 0)} of ${CARD_HEIGHT} rows)`, () => bands.map((band) => rasterize(layout, band).length)],
    ['quantise to the layout palette', () => quantizeToScanlines(rgba, CARD_WIDTH, CARD_HEIGHT, palette)],
    ['deflate and write the PNG', () => encodeIndexedPng(scanlines, CARD_WIDTH, CARD_HEIGHT, palette)],
    ['**whole card** (what a worker does: layout, bands, quantise, deflate)', () => renderer.render(content)],
    [`for comparison: sharp png(${JSON.stringify(SVG_PNG_OPTIONS)}) of the same pixels`, () => sharp(Buffer.from(rgba), raw).png(SVG_PNG_OPTIONS).toBuffer()],
  ];
  await mkdir(values.out, { recursive: true });
  console.log('| step | CPU ms per card | wall ms | output kB |\n|---|---:|---:|---:|');
  for (const [name, step] of steps) {
    const { cpu, wall, result } = await measure(renders, step);
    const size = Buffer.isBuffer(result) && name !== 'deflate and write the PNG' ? `${(result.length / 1024).toFixed(1)}` : '–';
    console.log(`| ${name} | ${cpu.toFixed(2)} | ${wall.toFixed(2)} | ${size} |`);
  }
  await writeFile(join(values.out, 'card.png'), renderer.render(content));
  await writeFile(join(values.out, 'card-sharp-palette.png'), await sharp(Buffer.from(rgba), raw).png(SVG_PNG_OPTIONS).toBuffer());
  console.log(`\ncards written to ${values.out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
