/**
 * CPU per Open Graph card: rasterising (librsvg) and each PNG encoding, on one typical story card.
 *   npm run bench:og -- [--renders 20]
 * Also writes each variant's PNG to --out, to compare by eye.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp, { type Sharp } from 'sharp';
import { renderCardSvg } from '../../src/lib/og/card-svg';
import { CARD_PNG_OPTIONS, loadShippedFonts } from '../../src/lib/og/render';

const REPO = resolve(import.meta.dirname, '../..');

const VARIANTS: Record<string, (image: Sharp) => Sharp> = {
  'rasterise only (raw pixels)': (image) => image.raw(),
  'before: png({ compressionLevel: 9, palette: true, quality: 95 })': (image) =>
    image.png({ compressionLevel: 9, palette: true, quality: 95 }),
  [`now: png(${JSON.stringify(CARD_PNG_OPTIONS)})`]: (image) => image.png(CARD_PNG_OPTIONS),
  'png({ compressionLevel: 6 }) (truecolour)': (image) => image.png({ compressionLevel: 6 }),
};

async function main() {
  const { values } = parseArgs({
    options: { renders: { type: 'string', default: '20' }, out: { type: 'string', default: '/tmp/souveraen-og-bench' } },
  });
  const renders = Number(values.renders);
  const fonts = loadShippedFonts(REPO);
  const svg = renderCardSvg(
    {
      eyebrow: 'Digitale Souveränität',
      title: 'Bundesregierung beschließt Cloud-Strategie für Verwaltungsdienstleistungen in Europa',
      siteName: 'Souverän Digest',
      meta: '12. März 2026',
      color: '#1d6b5f',
    },
    fonts,
  );
  await mkdir(values.out, { recursive: true });
  console.log('| step | CPU ms per card | wall ms | PNG kB |\n|---|---:|---:|---:|');
  for (const [name, encode] of Object.entries(VARIANTS)) {
    await encode(sharp(Buffer.from(svg))).toBuffer(); // warm-up: fontconfig, librsvg
    const cpu = process.cpuUsage();
    const start = performance.now();
    let output = Buffer.alloc(0);
    for (let i = 0; i < renders; i += 1) output = await encode(sharp(Buffer.from(svg))).toBuffer();
    const used = process.cpuUsage(cpu);
    const wall = (performance.now() - start) / renders;
    const isPng = !name.startsWith('rasterise');
    if (isPng) await writeFile(join(values.out, `${name.replace(/\W+/g, '-').slice(0, 60)}.png`), output);
    const ms = (used.user + used.system) / 1000 / renders;
    console.log(`| ${name} | ${ms.toFixed(1)} | ${wall.toFixed(1)} | ${isPng ? (output.length / 1024).toFixed(1) : '–'} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
