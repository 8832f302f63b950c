/** `npm run figures`: renders the story figures (charts and diagrams) into content/images/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGS } from '../src/i18n/config';
import { loadShippedFonts, renderSvgToPng } from '../src/lib/og/render';
import { figureFileName, FIGURES } from './lib/figures';

const outDir = resolve(process.argv[2] ?? 'content/images');
mkdirSync(outDir, { recursive: true });
const fonts = loadShippedFonts(process.cwd());
for (const figure of FIGURES) {
  for (const lang of LANGS) {
    const file = join(outDir, figureFileName(figure, lang));
    writeFileSync(file, await renderSvgToPng(figure.render(lang, fonts)));
    console.log(`wrote ${file}`);
  }
}
