/**
 * Uploads the built site to an S3-compatible object store; only changed files, deletes the rest.
 * Usage: npm run deploy -- --to s3://bucket/prefix --endpoint https://… [--root dist] [--dry-run]
 */
import { deploy } from './lib/deploy/deploy';
import { readDeployEnv } from './lib/deploy/env';
import { parseEndpoint, parseS3Target } from './lib/deploy/target';
import { parseCommandLine } from './lib/cli';

const USAGE = `Usage: npm run deploy -- --to s3://bucket[/prefix] --endpoint URL [--root dist] [--region R] [--all] [--dry-run]

Uploads the output folder to any S3-compatible object store (STACKIT, IONOS, OVH, Scaleway, …)
with each file's Content-Type, Cache-Control and, for text, its gzip body and Content-Encoding.
Only files whose bytes differ from the store's copy are uploaded; objects under the prefix that
the build no longer has are deleted. Story aliases become 301 redirects of the store's website
endpoint. The .br/.gz files and the server configuration (_hosting/, _headers, _redirects) stay behind.

Credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (AWS_SESSION_TOKEN if needed);
AWS_REGION names the store's region (default us-east-1).

  --to s3://bucket/prefix   where to upload (prefix optional)
  --endpoint URL            the store's S3 endpoint, e.g. https://s3.de.io.cloud.ionos.com
  --root DIR                the output folder (default: dist)
  --region R                signing region (overrides AWS_REGION)
  --all                     upload every file, changed or not (after a change of cache or type rules)
  --dry-run                 say what would be done, change nothing
  --help                    this text`;

async function main(): Promise<number> {
  const { values } = parseCommandLine(USAGE, {
    options: {
      to: { type: 'string' },
      endpoint: { type: 'string' },
      root: { type: 'string', default: 'dist' },
      region: { type: 'string' },
      all: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  try {
    if (!values.to || !values.endpoint) throw new Error(`--to and --endpoint are both needed\n\n${USAGE}`);
    const target = parseS3Target(values.to);
    const endpoint = parseEndpoint(values.endpoint);
    const env = readDeployEnv();
    const report = await deploy({
      root: values.root,
      target,
      endpoint,
      region: values.region ?? env.region,
      credentials: env.credentials,
      all: values.all,
      dryRun: values['dry-run'],
      log: (line) => console.log(line),
    });
    console.log(
      `${values['dry-run'] ? 'dry run: would have uploaded' : 'done: uploaded'} ${report.uploaded.length} files (${(report.bytes / 1e6).toFixed(1)} MB), ` +
        `left ${report.unchanged} unchanged, ${values['dry-run'] ? 'would have deleted' : 'deleted'} ${report.removed.length}`,
    );
    return 0;
  } catch (error) {
    console.error(`deploy failed: ${(error as Error).message}`);
    return 1;
  }
}

process.exit(await main());
