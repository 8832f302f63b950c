/** `npm run check:content`: validates the content folder without rendering pages. */
import { buildEnv } from '../src/data/build-env';
import { checkContentFolder } from '../src/data/check-content-folder';
import { formatContentReport } from '../src/lib/content/report';

const { contentDir } = buildEnv;

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
