/**
 * `npm run lighthouse`: serves dist/, audits a home, a story and a topic page in both languages
 * with Lighthouse (mobile) in Debian's Chromium, records the scores in BENCHMARKS.md and exits
 * non-zero when a target is missed. Build first (`npm run build`). Not part of `npm test`:
 * six audits take a few minutes on two shared cores.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, requireChromium } from './lib/chromium';
import { CATEGORIES, missedTargets, pagesToAudit, renderSection, replaceSection, summarise, type LighthouseResult } from './lib/lighthouse-report';
import { serveStatic } from './lib/serve-static';
import { exitWithUsageIfAsked } from './lib/cli';

const DIST = join(process.cwd(), 'dist');
const BENCHMARKS = join(process.cwd(), 'BENCHMARKS.md');

exitWithUsageIfAsked(`Usage: npm run lighthouse

Serves dist/ (build first with npm run build), audits a home, a story and a topic page in both
languages with Lighthouse (mobile) in Chromium, records the scores in BENCHMARKS.md and exits
with status 1 when a page misses its target. Takes no options; run it on a quiet machine.`);

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [`/${relative(DIST, full).split('\\').join('/')}`];
  });
}

/** Starts Chromium with a DevTools port and resolves with that port once it listens. */
async function launchChromium(executable: string, profile: string) {
  const chrome = spawn(executable, ['--headless', ...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let log = '';
    chrome.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (match) resolve(Number(match[1]));
    });
    chrome.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening:\n${log}`)));
  });
  return { port, stop: () => chrome.kill() };
}

async function main(): Promise<number> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const executable = requireChromium();
  const pages = pagesToAudit(listFiles(DIST));
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
  const server = await serveStatic(DIST);
  const chrome = await launchChromium(executable, profile);
  const rows = [];
  let version = '';
  try {
    for (const page of pages) {
      const result = await lighthouse(server.origin + page.path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const lhr = result.lhr as unknown as LighthouseResult;
      version = lhr.lighthouseVersion;
      const row = summarise(page, lhr);
      rows.push(row);
      console.log(`${page.name.padEnd(9)} ${CATEGORIES.map((c) => `${c} ${row.scores[c]}`).join(', ')}${row.failing.length ? `\n  failing: ${row.failing.join('; ')}` : ''}`);
    }
  } finally {
    chrome.stop();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const chromium = execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/ built on .*/, '');
  const section = renderSection(rows, { date: new Date().toISOString().slice(0, 10), lighthouseVersion: version, chromium });
  writeFileSync(BENCHMARKS, replaceSection(existsSync(BENCHMARKS) ? readFileSync(BENCHMARKS, 'utf8') : '', section));
  console.log('Recorded in BENCHMARKS.md');
  const missed = missedTargets(rows);
  for (const line of missed) console.error(`target missed: ${line}`);
  return missed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
