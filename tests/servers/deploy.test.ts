import { HeadObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client, deploy, type DeployOptions } from '../../scripts/lib/deploy/deploy';
import { writeHostingOutput } from '../../src/lib/hosting/write-output';

/**
 * `npm run deploy` against a local S3-compatible server (s3rver, started here on loopback): a
 * small output folder made by the build's own hosting step goes up with the right metadata,
 * a second run uploads nothing, an edit and a removal upload and delete one file each.
 */
const work = mkdtempSync(join(tmpdir(), 'souveraen-deploy-'));
const root = join(work, 'dist');
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const target = { bucket: 'site', prefix: 'digest/' };
let server: S3rver | undefined;
let endpoint = '';
let client: S3Client;

const PAGE = '<!doctype html><html lang="de"><head><meta http-equiv="content-security-policy" content="script-src \'self\'"></head><body>Hallo</body></html>';

function write(path: string, body: string | Buffer): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), body);
}

async function object(key: string) {
  const head = await client.send(new HeadObjectCommand({ Bucket: target.bucket, Key: key }));
  const got = await client.send(new GetObjectCommand({ Bucket: target.bucket, Key: key }));
  return { head, body: Buffer.from(await got.Body!.transformToByteArray()) };
}

async function keys(prefix = ''): Promise<string[]> {
  const listed = await client.send(new ListObjectsV2Command({ Bucket: target.bucket, Prefix: prefix }));
  return (listed.Contents ?? []).map((o) => o.Key!).sort();
}

const run = (extra: Partial<DeployOptions> = {}) => deploy({ root, target, endpoint, credentials, ...extra });

beforeAll(async () => {
  write('index.html', PAGE);
  write('de/index.html', PAGE.replace('Hallo', 'Hallo Welt'));
  write('de/rss.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>');
  write('_astro/site.abc123.css', 'body{margin:0}'.repeat(50));
  write('og/de.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
  write('redirects.json', JSON.stringify([{ from: '/de/artikel/alt/', to: '/de/', status: 301 }]));
  await writeHostingOutput(root, undefined, BigInt(Date.now()) * 1_000_000n);

  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: join(work, 's3'), configureBuckets: [{ name: target.bucket, configs: [] }] });
  const address = await server.run();
  endpoint = `http://127.0.0.1:${address.port}`;
  client = createS3Client({ endpoint, credentials });
  await client.send(new PutObjectCommand({ Bucket: target.bucket, Key: 'digest/old-story/index.html', Body: 'gone' }));
  await client.send(new PutObjectCommand({ Bucket: target.bucket, Key: 'elsewhere/keep.txt', Body: 'not ours' }));
}, 60_000);

afterAll(async () => {
  client?.destroy();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('deploy to an S3-compatible store', () => {
  it('uploads the site with type, encoding and cache metadata, and deletes what the build no longer has', async () => {
    const report = await run();
    expect(report.removed).toEqual(['digest/old-story/index.html']);
    expect(await keys()).toEqual([
      'digest/_astro/site.abc123.css',
      'digest/de/artikel/alt/index.html',
      'digest/de/index.html',
      'digest/de/rss.xml',
      'digest/index.html',
      'digest/og/de.png',
      'digest/redirects.json',
      'elsewhere/keep.txt',
    ]);

    const page = await object('digest/de/index.html');
    expect(page.head).toMatchObject({ ContentType: 'text/html; charset=utf-8', ContentEncoding: 'gzip', CacheControl: 'public, max-age=300, must-revalidate' });
    expect(gunzipSync(page.body).toString()).toBe(PAGE.replace('Hallo', 'Hallo Welt'));
    expect((await object('digest/de/rss.xml')).head.ContentType).toBe('application/rss+xml; charset=utf-8');
    expect((await object('digest/_astro/site.abc123.css')).head).toMatchObject({ ContentType: 'text/css; charset=utf-8', CacheControl: 'public, max-age=31536000, immutable' });
    const card = await object('digest/og/de.png');
    expect(card.head.ContentType).toBe('image/png');
    expect(card.head.ContentEncoding).toBeUndefined();
    expect(card.body).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    expect((await object('digest/de/artikel/alt/index.html')).head.WebsiteRedirectLocation).toBe('/digest/de/');
  });

  it('uploads nothing the second time', async () => {
    const report = await run();
    expect(report.uploaded).toEqual([]);
    expect(report.unchanged).toBe(7);
    expect(report.removed).toEqual([]);
  });

  it('uploads only an edited file and deletes a removed one', async () => {
    write('de/index.html', PAGE.replace('Hallo', 'Guten Tag'));
    rmSync(join(root, 'de', 'rss.xml'));
    await writeHostingOutput(root, undefined, BigInt(Date.now()) * 1_000_000n);
    const report = await run();
    expect(report.uploaded).toEqual(['digest/de/index.html']);
    expect(report.removed).toEqual(['digest/de/rss.xml']);
    expect(gunzipSync((await object('digest/de/index.html')).body).toString()).toContain('Guten Tag');
  });

  it('says what it would do on a dry run, and does nothing', async () => {
    write('de/neu/index.html', PAGE);
    const lines: string[] = [];
    const report = await run({ dryRun: true, log: (line) => lines.push(line) });
    expect(report.uploaded).toEqual(['digest/de/neu/index.html']);
    expect(lines[0]).toMatch(/would upload 1 .*6 unchanged, would delete 0/);
    expect(await keys('digest/de/neu/')).toEqual([]);
  });

  // Asynchronous: the store runs in this process, which must keep answering while the CLI runs.
  it('runs as npm run deploy, with credentials from the environment, and fails clearly without them', async () => {
    const cli = (env: Record<string, string>) =>
      promisify(execFile)(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/deploy.ts', '--to', 's3://site/digest', '--endpoint', endpoint, '--root', root], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, ...env },
      }).then(
        ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => ({ status: error.code, stdout: error.stdout, stderr: error.stderr }),
      );
    const done = await cli({ AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' });
    expect(done.stderr).toBe('');
    expect(done.stdout).toMatch(/put digest\/de\/neu\/index.html \(text\/html; charset=utf-8, gzip\)/);
    expect(done.stdout).toMatch(/done: uploaded 1 files .* left 6 unchanged, deleted 0/);
    expect(done.status).toBe(0);
    const refused = await cli({ AWS_ACCESS_KEY_ID: 'S3RVER' });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/AWS_SECRET_ACCESS_KEY is not set/);
  });
});
