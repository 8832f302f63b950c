/** `npm run translations [-- --strict] [-- --git]`: which stories lack or lag a translation. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildEnv } from '../src/data/build-env';
import { readContentFolder } from '../src/data/content-files';
import { buildTranslationReport } from '../src/lib/translation-status';
import { formatTranslationReport, hasProblems, readEditions } from './lib/translation-text';
import { parseCommandLine } from './lib/cli';

const { contentDir } = buildEnv;

const USAGE = `Usage: npm run translations [-- --strict] [-- --git]

Lists the stories that lack a translation or whose translation is older than the other language.
--strict exits with status 1 while any do; --git also counts each file's last commit as a change.`;

const { values } = parseCommandLine(USAGE, { options: { strict: { type: 'boolean' }, git: { type: 'boolean' } } });

const { editions, skipped } = readEditions(await readContentFolder(contentDir));
if (values.git) {
  // Bonus signal: the day of the last commit touching each file counts as a change too.
  for (const edition of editions) {
    const file = join(contentDir, 'articles', edition.lang, `${edition.slug}.mdx`);
    const day = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' }).trim();
    if (day) edition.committed = day;
  }
}
const report = buildTranslationReport(editions);
console.log(formatTranslationReport(report));
if (skipped.length) console.warn(`\nSkipped (fix with npm run check:content): ${skipped.join(', ')}`);
if (values.strict && (hasProblems(report) || skipped.length)) {
  console.error('\n--strict: translations are missing, out of date or lack a correction.');
  process.exit(1);
}
