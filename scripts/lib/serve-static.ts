import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypeOf, isCompressible } from '../../src/lib/hosting/file-types';
import { CACHE, HASHED_ASSET_PREFIX } from '../../src/lib/hosting/headers';
import { notFoundFileFor } from '../../src/lib/hosting/not-found';

/**
 * Serves dist/ like a plain static host does: directory index, the not-found page of the path's
 * language (as the generated nginx and Caddy configurations do), gzip for text and
 * long caching for hashed assets, so measurements see what readers would get.
 */
export async function serveStatic(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    const found = existsSync(path);
    if (!found) path = join(root, notFoundFileFor(url.pathname));
    const file = `/${relative(root, path).split(sep).join('/')}`;
    let body = readFileSync(path);
    const headers: Record<string, string> = { 'content-type': contentTypeOf(file) };
    if (url.pathname.startsWith(HASHED_ASSET_PREFIX)) headers['cache-control'] = CACHE.immutable;
    if (isCompressible(file) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(found ? 200 : 404, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
