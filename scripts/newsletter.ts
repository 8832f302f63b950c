/** `npm run newsletter -- --edition 2026-W08 --lang de --out DIR`: an edition as email files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeEml, toMailOptions } from '../src/lib/newsletter/message';
import { envelopeOf, loadNewsletter, NEWSLETTER_OPTIONS, PLACEHOLDER_UNSUBSCRIBE, UsageError } from './lib/newsletter-edition';
import { parseCommandLine } from './lib/cli';

const HELP = `Usage: npm run newsletter -- --edition 2026-W08 --lang de --out DIR [--unsubscribe URL] [--from ADDRESS] [--to ADDRESS] [--dist DIR]

Writes the edition's newsletter into DIR: <edition>-<lang>.html (inlined CSS), .txt (plain
text) and .eml (both as a MIME message with a List-Unsubscribe header), from the edition the
last build wrote into dist/ (or OUT_DIR, or --dist): build first. Links are absolute on the
build's SITE_URL. --unsubscribe is the list server's unsubscribe URL or mailto: address
(without it a placeholder is used and a warning printed).`;

try {
  const { values } = parseCommandLine(HELP, { options: { ...NEWSLETTER_OPTIONS, out: { type: 'string' } } });
  if (!values.out) throw new UsageError('--out DIR is required');
  const envelope = envelopeOf(values);
  const letter = loadNewsletter(values.edition, values.lang, envelope.unsubscribe, values.dist);
  const base = join(values.out, `${values.edition!.toUpperCase()}-${values.lang}`);
  mkdirSync(values.out, { recursive: true });
  writeFileSync(`${base}.html`, letter.html);
  writeFileSync(`${base}.txt`, letter.text);
  writeFileSync(`${base}.eml`, await composeEml(toMailOptions(letter, envelope)));
  console.log(`Wrote ${base}.html (${Buffer.byteLength(letter.html)} bytes), ${base}.txt and ${base}.eml: “${letter.subject}”`);
  if (envelope.unsubscribe === PLACEHOLDER_UNSUBSCRIBE) console.warn(`Warning: placeholder List-Unsubscribe (${PLACEHOLDER_UNSUBSCRIBE}); pass --unsubscribe before sending.`);
} catch (error) {
  console.error(error instanceof UsageError ? `${error.message}\n\n${HELP}` : error);
  process.exit(1);
}
