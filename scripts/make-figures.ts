/** `npm run figures`: renders the story figures (charts and diagrams) into content/images/, each wide and narrow (for phones). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGS } from '../src/i18n/config';
import { loadShippedFonts, renderSvgToPng } from '../src/lib/og/render';
import { figureFileName, FIGURES } from './lib/figures';
import { exitWithUsageIfAsked } from './lib/cli';

exitWithUsageIfAsked(`Usage: npm run figures [-- OUT_DIR]

Renders every story figure (charts and diagrams) in both languages, wide and narrow (for phones),
into OUT_DIR (default content/images/), overwriting the files there.`);

const outDir = resolve(process.argv[2] ?? 'content/images');
mkdirSync(outDir, { recursive: true });
const fonts = loadShippedFonts(process.cwd());
for (const figure of FIGURES) {
  for (const lang of LANGS) {
    for (const [variant, svg] of [['wide', figure.render(lang, fonts)], ['narrow', figure.renderNarrow(lang, fonts)]] as const) {
      const file = join(outDir, figureFileName(figure, lang, variant));
      writeFileSync(file, await renderSvgToPng(svg));
      console.log(`wrote ${file}`);
    }
  }
}
