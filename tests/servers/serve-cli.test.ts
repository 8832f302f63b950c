import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../../scripts/lib/hosting/server-process';
import { assertBuilt } from '../build/dist';

/** `npm run serve:nginx` / `serve:caddy` end to end: help, a bad port, and a run stopped with Ctrl-C. */
const TSX = ['node_modules/tsx/dist/cli.mjs'];

describe.each(['nginx', 'caddy'])('serve:%s', (name) => {
  const script = `scripts/serve-${name}.ts`;

  it('prints its usage with --help and refuses a bad port with exit 2', () => {
    const help = spawnSync(process.execPath, [...TSX, script, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(`Usage: npm run serve:${name} -- [--port N]`);
    const bad = spawnSync(process.execPath, [...TSX, script, '--port', '99999'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--port: "99999" is not a port number');
  }, 30_000);

  it('serves dist/ on 127.0.0.1 in the foreground and stops on SIGINT with exit 0', async () => {
    assertBuilt();
    const port = await findFreePort();
    const child = spawn(process.execPath, [...TSX, script, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      await expect.poll(() => output, { timeout: 20_000 }).toContain(`at http://127.0.0.1:${port}/`);
      const response = await fetch(`http://127.0.0.1:${port}/de/`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/de/`)).rejects.toThrow();
  }, 40_000);
});
