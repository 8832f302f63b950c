/**
 * Build-scale benchmark: generates the corpus at each size and builds it with this site, a bare
 * Astro project and Hugo, each under `/usr/bin/time -v`. Prints Markdown tables and writes JSON.
 *
 *   npm run bench                                   # 500, 2,500 and 5,000 stories per language
 *   npm run bench -- --sizes 500,2500 --tools ours,bare --no-rebuild
 *   npm run bench -- --sizes 20000,50000 --tools ours,rebuild --rebuilds 1 --work /work/bench
 *     (archive scale: about 20 and 45 minutes on two quiet cores; keep --work outside the checkout)
 *   npm run bench -- --rebuilds 5   (edit-and-rebuild cycles per size, median recorded; default 3)
 *   npm run bench -- --from .bench/build-scale-….json   # print the tables of a saved run
 */
import { spawn } from 'node:child_process';
import { appendFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseCommandLine } from '../lib/cli';
import { editOneStory, writeCorpus } from '../corpus/generate';
import { FLOOR_PAGES_VARIABLE, writeAstroFloor } from './astro-floor';
import { writeBareAstro } from './bare-astro';
import { readBuildNodeFlags } from './build-flags';
import { writeHugoSite } from './hugo-site';
import { flushWrites, readLoadAverage, sampleMemory, summariseCurve, type MemorySample } from './memory-curve';
import {
  computeRatios,
  formatRatiosTable,
  formatResultsTable,
  medianByWall,
  parseSizes,
  parseTimeVerbose,
  type Measurement,
  type Tool,
  type Usage,
} from './measure';

const REPO = resolve(import.meta.dirname, '../..');
const NODE = join(REPO, 'node_modules/.bin/node');
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
// As `npm run build` (Node's default 4 GB heap is too small for Astro's state at 50,000 stories
// per language), for bare Astro too: both measured with the same runtime settings.
const NODE_FLAGS = readBuildNodeFlags(REPO);
/** Fixed build instant (2026-06-01), so every run publishes the same stories. */
const SOURCE_DATE_EPOCH = '1780272000';

interface Options {
  sizes: number[];
  tools: Set<Tool | 'rebuild'>;
  seed: number;
  work: string;
  results: string;
  /** Rebuilds after an edit per size; the median is recorded (they vary by a fifth here). */
  rebuilds: number;
  /**
   * Cold builds per tool and size, ours and bare Astro taking turns; the median is recorded.
   * One cold build of the same corpus varies by half here, so a single pair can say 1.2× or 2×.
   */
  colds: number;
  from?: string;
}

const USAGE =
  'Usage: npm run bench [-- --sizes 500,2500,5000] [--tools ours,bare,hugo,rebuild,floor] [--no-rebuild] [--rebuilds 3] [--colds 1] [--seed 7] [--work DIR] [--results DIR] [--from FILE]\n' +
  'Sizes are stories per language, any count (20000,50000 for the archive budgets). Each build is timed with /usr/bin/time -v;\n' +
  'its process tree\'s memory and the load average are sampled every 2 s into the results JSON ("curves").\n' +
  '--colds N builds ours and bare Astro cold N times each, taking turns, and records the median of each.\n' +
  "floor: Astro's floor (scripts/bench/astro-floor.ts), as many trivial pages as ours on the same content, cold and rebuilt after each edit.";

function readOptions(): Options {
  const { values } = parseCommandLine(USAGE, {
    options: {
      sizes: { type: 'string', default: '500,2500,5000' },
      tools: { type: 'string', default: 'ours,bare,hugo,rebuild' },
      'no-rebuild': { type: 'boolean', default: false },
      seed: { type: 'string', default: '7' },
      work: { type: 'string', default: process.env.BENCH_DIR ?? '/tmp/souveraen-bench' },
      results: { type: 'string', default: join(REPO, '.bench') },
      rebuilds: { type: 'string', default: '3' },
      colds: { type: 'string', default: '1' },
      from: { type: 'string' },
    },
  });
  const tools = new Set(values.tools.split(',').map((tool) => tool.trim()) as (Tool | 'rebuild')[]);
  if (values['no-rebuild']) tools.delete('rebuild');
  const rebuilds = Number(values.rebuilds);
  if (!Number.isInteger(rebuilds) || rebuilds < 1) throw new Error(`--rebuilds must be a whole number of at least 1, not ${values.rebuilds}`);
  const colds = Number(values.colds);
  if (!Number.isInteger(colds) || colds < 1) throw new Error(`--colds must be a whole number of at least 1, not ${values.colds}`);
  return { sizes: parseSizes(values.sizes), tools, seed: Number(values.seed), work: values.work, results: values.results, rebuilds, colds, from: values.from };
}

interface TimedRun extends Usage {
  loadStart: number;
  loadMax: number;
  curve: MemorySample[];
}

/** Runs a command under GNU time, sampling its tree's memory and the load; its own output goes to `log`. */
async function timed(command: string[], cwd: string, env: Record<string, string>, log: string): Promise<TimedRun> {
  const report = `${log}.time`;
  await appendFile(log, `\n$ ${command.join(' ')}\n`);
  await flushWrites();
  const loadStart = readLoadAverage();
  let curve: MemorySample[] = [];
  const code = await new Promise<number>((done, fail) => {
    const child = spawn('/usr/bin/time', ['-v', '-o', report, ...command], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const sampler = child.pid === undefined ? undefined : sampleMemory(child.pid);
    child.stdout.on('data', (chunk) => void appendFile(log, chunk));
    child.stderr.on('data', (chunk) => void appendFile(log, chunk));
    child.on('error', fail);
    child.on('close', (status) => {
      curve = sampler?.stop() ?? [];
      done(status ?? 1);
    });
  });
  const usage = parseTimeVerbose(await readFile(report, 'utf8'));
  if (code !== 0 || usage.exitStatus !== 0) throw new Error(`${command.join(' ')} failed (exit ${code}); see ${log}`);
  const loadMax = Math.max(loadStart, ...curve.map((sample) => sample.load1));
  return { ...usage, loadStart, loadMax, curve };
}

async function walk(dir: string): Promise<{ pages: number; bytes: number }> {
  let pages = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === '.prerender') continue;
      const inner = await walk(path);
      pages += inner.pages;
      bytes += inner.bytes;
    } else {
      bytes += (await stat(path)).size;
      if (entry.name.endsWith('.html')) pages += 1;
    }
  }
  return { pages, bytes };
}

/** Memory curves of the run's builds, by `tool@perLang` (of repeated builds, the last one's). */
const curves: Record<string, MemorySample[]> = {};

async function measureOutput(tool: Tool, perLang: number, run: TimedRun, outDir: string): Promise<Measurement> {
  const { pages, bytes } = await walk(outDir);
  const { curve, ...usage } = run;
  curves[`${tool}@${perLang}`] = curve;
  console.log(`  ${tool} memory over time (MB): ${summariseCurve(curve)}`);
  return { tool, perLang, ...usage, pages, distMb: Math.round((bytes / 1024 / 1024) * 10) / 10 };
}

function formatTables(results: readonly Measurement[]): string {
  return `${formatResultsTable(results)}\n\n${formatRatiosTable(computeRatios(results))}\n`;
}

async function main() {
  const options = readOptions();
  if (options.from) {
    const saved = JSON.parse(await readFile(options.from, 'utf8')) as { results: Measurement[] };
    console.log(formatTables(saved.results));
    return;
  }
  await mkdir(options.work, { recursive: true });
  await mkdir(options.results, { recursive: true });
  const log = join(options.work, 'build.log');
  await writeFile(log, '');
  const results: Measurement[] = [];
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const resultsFile = join(options.results, `build-scale-${stamp}.json`);
  // Saved after every build, so a failed or stopped run keeps what it measured.
  const save = () =>
    writeFile(resultsFile, JSON.stringify({ options: { ...options, tools: [...options.tools] }, results, curves }, null, 2));
  const bareDir = join(options.work, 'bare-astro');
  if (options.tools.has('bare')) await writeBareAstro(bareDir, REPO);
  const floorDir = join(options.work, 'astro-floor');
  if (options.tools.has('floor')) await writeAstroFloor(floorDir, REPO);

  for (const perLang of options.sizes) {
    const corpus = join(options.work, `corpus-${perLang}`);
    // Astro writes prerender chunks into the project's .astro/: no other build of this checkout may
    // run meanwhile (copy the checkout elsewhere to keep working, see BENCHMARKS.md).
    const files = await writeCorpus(corpus, perLang, options.seed);
    console.log(`\n${perLang} stories per language (${files} files in ${corpus})`);
    const env = { CONTENT_DIR: corpus, SOURCE_DATE_EPOCH, ASTRO_TELEMETRY_DISABLED: '1' };
    const record = async (m: Measurement) => {
      results.push(m);
      await save();
      console.log(`  ${m.tool}: ${m.wallSeconds} s wall, ${m.cpuSeconds} s CPU (${m.systemSeconds} s of it system), ${m.maxRssMb} MB, ${m.pages} pages, load ${m.loadStart} to ${m.loadMax}`);
    };

    const outDir = join(options.work, `ours-${perLang}`);
    const oursEnv = { ...env, OUT_DIR: outDir, CACHE_DIR: join(options.work, `ours-cache-${perLang}`) };
    const buildOursCold = async () => {
      await rm(outDir, { recursive: true, force: true });
      await rm(oursEnv.CACHE_DIR, { recursive: true, force: true });
      return measureOutput('ours', perLang, await timed([NODE, ...NODE_FLAGS, ASTRO, 'build'], REPO, oursEnv, log), outDir);
    };
    const buildBareCold = async () => {
      // The bare build's output stays inside its project so its chunks find node_modules.
      await rm(join(bareDir, 'dist'), { recursive: true, force: true });
      const cacheDir = join(options.work, `bare-cache-${perLang}`);
      await rm(cacheDir, { recursive: true, force: true });
      const usage = await timed([NODE, ...NODE_FLAGS, ASTRO, 'build'], bareDir, { ...env, CACHE_DIR: cacheDir }, log);
      return measureOutput('bare', perLang, usage, join(bareDir, 'dist'));
    };
    const colds: Record<'ours' | 'bare', Measurement[]> = { ours: [], bare: [] };
    for (let i = 0; i < options.colds; i++) {
      if (options.tools.has('ours')) colds.ours.push(await buildOursCold());
      if (options.tools.has('bare')) colds.bare.push(await buildBareCold());
    }
    for (const tool of ['ours', 'bare'] as const) {
      const runs = colds[tool];
      if (runs.length === 0) continue;
      if (runs.length > 1) console.log(`  ${tool} cold builds: ${runs.map((run) => run.wallSeconds).join(' s, ')} s wall; the median is recorded`);
      await record(medianByWall(runs));
    }
    // The rebuilds start from ours' last cold build, still in its output and cache folders.
    if (options.tools.has('ours') && options.tools.has('rebuild')) {
      const runs: Measurement[] = [];
      for (let i = 0; i < options.rebuilds; i++) {
        await editOneStory(corpus);
        runs.push(await measureOutput('ours-rebuild', perLang, await timed([NODE, ...NODE_FLAGS, ASTRO, 'build'], REPO, oursEnv, log), outDir));
      }
      if (runs.length > 1) console.log(`  rebuilds: ${runs.map((run) => run.wallSeconds).join(' s, ')} s wall; the median is recorded`);
      await record(medianByWall(runs));
    }
    // Astro's floor: as many trivial pages as ours built, cold, then rebuilt after each edit as ours was.
    if (options.tools.has('floor')) {
      const pages = results.find((m) => m.perLang === perLang && m.tool === 'ours')?.pages ?? 2 * perLang;
      const floorOut = join(options.work, `floor-${perLang}`);
      const floorEnv = { ...env, OUT_DIR: floorOut, CACHE_DIR: join(options.work, `floor-cache-${perLang}`), [FLOOR_PAGES_VARIABLE]: String(pages) };
      await rm(floorOut, { recursive: true, force: true });
      await rm(floorEnv.CACHE_DIR, { recursive: true, force: true });
      const floorBuild = async () => timed([NODE, ...NODE_FLAGS, ASTRO, 'build'], floorDir, floorEnv, log);
      await record(await measureOutput('floor', perLang, await floorBuild(), floorOut));
      const runs: Measurement[] = [];
      for (let i = 0; i < options.rebuilds; i++) {
        await editOneStory(corpus);
        runs.push(await measureOutput('floor-rebuild', perLang, await floorBuild(), floorOut));
      }
      if (runs.length > 1) console.log(`  floor rebuilds: ${runs.map((run) => run.wallSeconds).join(' s, ')} s wall; the median is recorded`);
      await record(medianByWall(runs));
    }
    if (options.tools.has('hugo')) {
      const site = join(options.work, `hugo-${perLang}`);
      const outDir = join(options.work, `hugo-out-${perLang}`);
      await writeHugoSite(site, corpus);
      await rm(outDir, { recursive: true, force: true });
      const usage = await timed(['hugo', '--quiet', '-d', outDir], site, {}, log);
      await record(await measureOutput('hugo', perLang, usage, outDir));
    }
  }

  const tables = formatTables(results);
  await save();
  await writeFile(resultsFile.replace(/\.json$/, '.md'), tables);
  console.log(`\n${tables}\nBuild output logged to ${log}; results in ${options.results}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
