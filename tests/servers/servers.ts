import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { serveWithCaddy } from '../../scripts/lib/hosting/caddy-server';
import { serveWithNginx } from '../../scripts/lib/hosting/nginx-server';
import type { RunningServer } from '../../scripts/lib/hosting/server-process';
import { readMetaPolicy } from '../../src/lib/hosting/page-policy';

export const SERVERS = { nginx: serveWithNginx, caddy: serveWithCaddy } as const;
export type ServerName = keyof typeof SERVERS;

/** Starts the server on the folder before the block's tests and stops it after them, also on failure. */
export function useServer(name: ServerName, root: () => string): { readonly origin: string } {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await SERVERS[name]({ root: root() });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
  });
  return {
    get origin() {
      if (!server) throw new Error(`${name} did not start`);
      return server.origin;
    },
  };
}

/** The policy in a built page's meta tag (what the header must repeat). */
export function metaPolicyOf(root: string, file: string): string {
  const policy = readMetaPolicy(readFileSync(join(root, file), 'utf8'));
  if (policy === undefined) throw new Error(`${file} has no CSP meta tag`);
  return policy;
}
