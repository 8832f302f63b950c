/** `npm run check:content`: validates the content folder without rendering pages. */
import { buildEnv } from '../src/data/build-env';
import { checkContentFolder } from '../src/data/check-content-folder';
import { formatContentReport } from '../src/lib/content/report';
import { exitWithUsageIfAsked } from './lib/cli';

const { contentDir } = buildEnv;

exitWithUsageIfAsked(`Usage: npm run check:content

Validates every story, actor, edition note and the publisher file in the content folder without
rendering pages, and lists every problem with its file, field or line. Exits with status 1 while
any remain. CONTENT_DIR checks another content folder.`);

const { errors, files } = await checkContentFolder(contentDir);
if (files === 0) {
  console.error(`No content found in ${contentDir}/ (set CONTENT_DIR to check another folder).`);
  process.exit(1);
}
const report = formatContentReport(errors, contentDir.replace(/^\.\//, ''));
if (errors.length > 0) {
  console.error(report);
  process.exit(1);
}
console.log(report);
