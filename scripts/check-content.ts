/** `npm run check:content`: validates the content folder without rendering pages. */
import { buildEnv } from '../src/data/build-env';
import { readContentFolder } from '../src/integrations/read-content-folder';
import { formatContentReport } from '../src/lib/content/report';
import { validateContent } from '../src/lib/content/validate';

const { contentDir } = buildEnv;

const files = readContentFolder(contentDir);
if (files.length === 0) {
  console.error(`No content found in ${contentDir}/ (set CONTENT_DIR to check another folder).`);
  process.exit(1);
}
const errors = await validateContent(files);
const report = formatContentReport(errors, contentDir.replace(/^\.\//, ''));
if (errors.length > 0) {
  console.error(report);
  process.exit(1);
}
console.log(report);
