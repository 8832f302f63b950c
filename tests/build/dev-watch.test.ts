import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../scripts/lib/hosting/server-process';
import { FIXTURES } from './build-fixture';

// The dev server's watcher (src/data/story-loader.ts) must follow the build's file policy:
// an edited story reloads, a symlinked one is refused with the build's message and not served.
let work: string;
let content: string;
let dev: ChildProcess;
let origin: string;
let output = '';

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 90_000): Promise<T> {
  const end = Date.now() + ms;
  let failure = '';
  while (Date.now() < end) {
    const found = await probe().catch((error: unknown) => {
      failure = `${String(error)} ${String((error as { cause?: unknown }).cause ?? '')}`;
      return undefined;
    });
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what} (${failure}); dev server said:\n${output.slice(-3_000)}`);
}

/** This process's environment without vitest's own variables, which change how Vite serves. */
function parentEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
}

const page = async (path: string) => {
  const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(15_000) });
  return { status: response.status, text: await response.text() };
};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'souveraen-dev-'));
  content = join(work, 'content');
  cpSync(join(FIXTURES, 'digest'), content, { recursive: true });
  const port = await findFreePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...parentEnv(), CONTENT_DIR: content, CACHE_DIR: join(work, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout?.on('data', (chunk) => (output += String(chunk)));
  dev.stderr?.on('data', (chunk) => (output += String(chunk)));
  await until('the first page', async () => ((await page('/de/artikel/kolibri/')).status === 200 ? true : undefined), 150_000);
}, 180_000);

afterAll(() => {
  dev?.kill('SIGTERM');
});

describe('dev server watcher', () => {
  it('reloads an edited story', async () => {
    const file = join(content, 'articles', 'de', 'kolibri.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: "Kolibri: korrigierte Meldung"', 'title: "Kolibri: neu geschrieben"'));
    const text = await until('the new title', async () => {
      const { text } = await page('/de/artikel/kolibri/');
      return text.includes('Kolibri: neu geschrieben') ? text : undefined;
    });
    expect(text).not.toContain('Kolibri: korrigierte Meldung');
  }, 120_000);

  it('refuses a symlinked story, as the build does, and does not serve it', async () => {
    const outside = join(work, 'outside.mdx');
    writeFileSync(outside, readFileSync(join(content, 'articles', 'de', 'kolibri.mdx'), 'utf8').replace('translationKey: kolibri', 'translationKey: verlinkt').replace(/aliases: .*\n/, ''));
    symlinkSync(outside, join(content, 'articles', 'de', 'verlinkt.mdx'));
    await until('the refusal', async () => (/articles\/de\/verlinkt\.mdx: .*symbolic links are not read/.test(output) ? true : undefined), 60_000);
    expect((await page('/de/artikel/verlinkt/')).status).toBe(404);
  }, 120_000);
});
