import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from '../../../src/lib/build/list-files';
import { ENCODINGS, contentTypeOf, isCompressible } from '../../../src/lib/hosting/file-types';
import { cacheControlOf } from '../../../src/lib/hosting/headers';
import { parseRedirects, REDIRECTS_FILE, type Redirect } from '../../../src/lib/hosting/redirects';
import { isHostOnly } from '../../../src/lib/hosting/site';
import { GZIP_LEVEL } from '../../../src/lib/hosting/precompress';
import { md5Of, type LocalObject } from './plan';

/**
 * The objects an upload of the output folder consists of. A store sends one body per key, so text
 * files go up as the build's gzip sibling with `Content-Encoding: gzip` (every client reads gzip;
 * brotli only over HTTPS and not every feed reader); the `.br`/`.gz` siblings and the host
 * configuration stay behind. Each story alias becomes an object the store's website endpoint
 * answers with a 301 (`x-amz-website-redirect-location`), its body a page that forwards too.
 */
export function listLocalObjects(root: string, prefix: string): LocalObject[] {
  const files = new Set(listFiles(root));
  const siblings = new Set([...files].filter((file) => ENCODINGS.some(({ suffix }) => file.endsWith(suffix) && files.has(file.slice(0, -suffix.length)))));
  const objects = new Map<string, LocalObject>();
  for (const file of [...files].sort()) {
    if (siblings.has(file) || isHostOnly(file)) continue;
    const path = `/${file}`;
    const base = { key: `${prefix}${file}`, contentType: contentTypeOf(path), cacheControl: cacheControlOf(path) };
    if (isCompressible(path)) {
      const gz = join(root, `${file}.gz`);
      const body = existsSync(gz) ? readFileSync(gz) : gzipSync(readFileSync(join(root, file)), { level: GZIP_LEVEL });
      objects.set(base.key, { ...base, body, md5: md5Of(body), contentEncoding: 'gzip' });
    } else {
      const body = readFileSync(join(root, file));
      objects.set(base.key, { ...base, body, md5: md5Of(body) });
    }
  }
  for (const redirect of readRedirects(root, files)) {
    const object = redirectObject(redirect, prefix);
    objects.set(object.key, object);
  }
  return [...objects.values()];
}

function readRedirects(root: string, files: ReadonlySet<string>): Redirect[] {
  return files.has(REDIRECTS_FILE) ? parseRedirects(readFileSync(join(root, REDIRECTS_FILE), 'utf8'), join(root, REDIRECTS_FILE)) : [];
}

/** The key a path is stored under: a folder's page is its `index.html`. */
export function keyOf(path: string, prefix: string): string {
  const file = path.replace(/^\//, '');
  return `${prefix}${file === '' || file.endsWith('/') ? `${file}index.html` : file}`;
}

export function redirectObject(redirect: Redirect, prefix: string): LocalObject {
  const target = redirect.to;
  const body = Buffer.from(`<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${target}"><link rel="canonical" href="${target}"><a href="${target}">${target}</a>\n`);
  const path = keyOf(redirect.from, '');
  return { key: `${prefix}${path}`, body, md5: md5Of(body), contentType: contentTypeOf(`/${path}`), cacheControl: cacheControlOf(`/${path}`), redirectTo: `/${prefix}${target.replace(/^\//, '')}` };
}
