import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { contentTypeOf } from '../../src/lib/hosting/file-types';

export interface CountingServer {
  origin: string;
  /** Response body bytes sent (brotli) since the last reset. */
  bytesSent: () => number;
  /** Paths requested since the last reset, in order. */
  requested: () => string[];
  /** Response body bytes (brotli) of the requests since the last reset whose path passes the test. */
  bytesOf: (test: (path: string) => boolean) => number;
  reset: () => void;
  close: () => Promise<void>;
}

/**
 * Serves a folder over loopback with every file brotli-compressed at quality 11 (as a host that
 * precompresses does), with some paths' contents swapped in, and counts the bytes it sends, so a
 * benchmark can tell what a search fetched. Compressed files are kept, so quality 11 is paid once.
 */
export async function serveCountingBrotli(root: string, overrides: ReadonlyMap<string, string | Buffer> = new Map()): Promise<CountingServer> {
  const compressed = new Map<string, { body: Buffer; type: string }>();
  let bytes = 0;
  let paths: string[] = [];
  let sizes: number[] = [];
  const brotli = (body: Buffer) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = decodeURIComponent(url.pathname);
    let found = compressed.get(file);
    if (found === undefined) {
      const override = overrides.get(file);
      let path = normalize(join(root, file));
      if (override === undefined) {
        if (!path.startsWith(root)) return void res.writeHead(403).end();
        if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
        if (!existsSync(path)) return void res.writeHead(404).end();
      }
      found = { body: brotli(override === undefined ? readFileSync(path) : Buffer.from(override)), type: contentTypeOf(path) };
      compressed.set(file, found);
    }
    bytes += found.body.length;
    paths.push(file);
    sizes.push(found.body.length);
    res.writeHead(200, { 'content-type': found.type, 'content-encoding': 'br', 'cache-control': 'no-store' });
    res.end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    bytesSent: () => bytes,
    requested: () => [...paths],
    bytesOf: (test) => paths.reduce((sum, path, i) => sum + (test(path) ? sizes[i]! : 0), 0),
    reset: () => {
      bytes = 0;
      paths = [];
      sizes = [];
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
