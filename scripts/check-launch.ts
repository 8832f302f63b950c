/** `npm run check:launch`: fails while the publisher's details (imprint, privacy page) are incomplete. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv } from '../src/data/build-env';
import { PUBLISHER_FILE } from '../src/lib/content/publisher';
import { checkLaunch, formatLaunchReport } from '../src/lib/launch-check';
import { parseCommandLine } from './lib/cli';

const { contentDir } = buildEnv;
parseCommandLine(
  `Usage: npm run check:launch

Checks that ${contentDir}/${PUBLISHER_FILE} names the real publisher: every field present and
valid, no value starting with PLACEHOLDER. Lists each problem and exits with status 1 while any
remain (the repository ships placeholders, so this fails until the publisher fills them in).
CONTENT_DIR checks another content folder.`,
  { options: {} },
);

const file = join(contentDir, PUBLISHER_FILE);
const problems = checkLaunch({ publisherText: existsSync(file) ? readFileSync(file, 'utf8') : undefined });
const report = formatLaunchReport(problems, contentDir.replace(/^\.\//, ''));
if (problems.length > 0) {
  console.error(report);
  process.exit(1);
}
console.log(report);
