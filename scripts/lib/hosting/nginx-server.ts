import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { HOSTING_FILES } from '../../../src/lib/hosting/site';
import { assertHostingBuilt, findFreePort, LOOPBACK, makeRunFolder, requireProgram, startServer, type RunningServer } from './server-process';

const INSTALL = 'apt-get install -y nginx libnginx-mod-http-brotli-static';
const BROTLI_MODULE = 'ngx_http_brotli_static_module.so';

export interface NginxMainOptions {
  root: string;
  port: number;
  runFolder: string;
  /** The brotli static module's file, loaded here so the system's nginx.conf is not needed. */
  brotliModule: string;
  /** Started as root, nginx's workers would drop to `nobody`, who may not read a private output folder: they stay this user. */
  user?: string | undefined;
}

/**
 * A complete nginx.conf around the build's two include files: in the foreground, one worker, on
 * 127.0.0.1 only, every pid/log/temporary path in `runFolder`.
 */
export function renderNginxMain({ root, port, runFolder, brotliModule, user }: NginxMainOptions): string {
  const temp = (name: string) => join(runFolder, name);
  return [
    `load_module ${brotliModule};`,
    ...(user ? [`user ${user};`] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid ${temp('nginx.pid')};`,
    `error_log ${temp('error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '    access_log off;',
    '    sendfile on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${temp(kind)};`),
    `    include ${join(root, HOSTING_FILES.nginxHttp)};`,
    '    server {',
    `        listen ${LOOPBACK}:${port};`,
    '        server_name localhost;',
    `        root ${root};`,
    `        include ${join(root, HOSTING_FILES.nginxServer)};`,
    '    }',
    '}',
    '',
  ].join('\n');
}

/** Debian's module folder, from `nginx -V`; the brotli module must be in it. */
export function findBrotliModule(nginx: string): string {
  const version = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const folder = `${version.stderr}${version.stdout}`.match(/--modules-path=(\S+)/)?.[1] ?? '/usr/lib/nginx/modules';
  const module = join(folder, BROTLI_MODULE);
  if (!existsSync(module)) throw new Error(`nginx has no brotli static module (${module}): ${INSTALL}`);
  return module;
}

export interface ServeOptions {
  root: string;
  /** A free port is chosen when none is given. */
  port?: number | undefined;
  inheritOutput?: boolean;
}

/** Serves the output folder through nginx with the build's configuration. */
export async function serveWithNginx({ root, port, inheritOutput }: ServeOptions): Promise<RunningServer> {
  const nginx = requireProgram('nginx', INSTALL);
  const brotliModule = findBrotliModule(nginx);
  const absoluteRoot = resolve(root);
  assertHostingBuilt(absoluteRoot, [HOSTING_FILES.nginxHttp, HOSTING_FILES.nginxServer]);
  const listenPort = port ?? (await findFreePort());
  const runFolder = makeRunFolder('nginx');
  for (const kind of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(runFolder, kind));
  const config = join(runFolder, 'nginx.conf');
  const user = process.getuid?.() === 0 ? userInfo().username : undefined;
  writeFileSync(config, renderNginxMain({ root: absoluteRoot, port: listenPort, runFolder, brotliModule, user }));
  return startServer({
    name: 'nginx',
    command: nginx,
    // -e: the error log before the configuration is read, so nothing is written under /var/log.
    args: ['-p', runFolder, '-c', config, '-e', join(runFolder, 'error.log')],
    origin: `http://${LOOPBACK}:${listenPort}`,
    runFolder,
    logFile: join(runFolder, 'error.log'),
    stopSignal: 'SIGQUIT',
    inheritOutput,
  });
}
