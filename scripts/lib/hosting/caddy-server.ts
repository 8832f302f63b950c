import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HOSTING_FILES } from '../../../src/lib/hosting/site';
import { assertHostingBuilt, findFreePort, LOOPBACK, makeRunFolder, requireProgram, startServer, type RunningServer } from './server-process';
import type { ServeOptions } from './nginx-server';

const INSTALL = 'apt-get install -y caddy';

/**
 * A complete Caddyfile around the build's site snippet: plain HTTP on 127.0.0.1 only, no admin
 * endpoint, no certificates, no saved state outside `runFolder`.
 */
export function renderCaddyMain({ root, port, runFolder }: { root: string; port: number; runFolder: string }): string {
  return [
    '{',
    '\tadmin off',
    '\tauto_https off',
    `\tstorage file_system ${join(runFolder, 'data')}`,
    '}',
    `http://${LOOPBACK}:${port} {`,
    `\tbind ${LOOPBACK}`,
    `\troot * ${root}`,
    `\timport ${join(root, HOSTING_FILES.caddy)}`,
    '}',
    '',
  ].join('\n');
}

/** Serves the output folder through Caddy with the build's configuration. */
export async function serveWithCaddy({ root, port, inheritOutput }: ServeOptions): Promise<RunningServer> {
  const caddy = requireProgram('caddy', INSTALL);
  const absoluteRoot = resolve(root);
  assertHostingBuilt(absoluteRoot, [HOSTING_FILES.caddy]);
  const listenPort = port ?? (await findFreePort());
  const runFolder = makeRunFolder('caddy');
  for (const folder of ['data', 'config', 'home']) mkdirSync(join(runFolder, folder));
  const config = join(runFolder, 'Caddyfile');
  writeFileSync(config, renderCaddyMain({ root: absoluteRoot, port: listenPort, runFolder }));
  return startServer({
    name: 'caddy',
    command: caddy,
    args: ['run', '--config', config, '--adapter', 'caddyfile'],
    env: { ...process.env, HOME: join(runFolder, 'home'), XDG_DATA_HOME: join(runFolder, 'data'), XDG_CONFIG_HOME: join(runFolder, 'config') },
    origin: `http://${LOOPBACK}:${listenPort}`,
    runFolder,
    stopSignal: 'SIGTERM',
    inheritOutput,
  });
}
