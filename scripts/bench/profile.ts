/**
 * Profiles one build of this site and prints the top self-time functions and packages.
 *   npm run bench:profile -- --per-lang 2500
 *   npm run bench:profile -- --per-lang 5000 --rebuild   (a cold build, one edit, the rebuild profiled)
 * Or summarise an existing profile: npm run bench:profile -- --summarise file.cpuprofile
 *   npm run bench:profile -- --per-lang 4000 --heap   (heap snapshots instead, for `npm run bench:heap`)
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseCommandLine } from '../lib/cli';
import { editOneStory, writeCorpus } from '../corpus/generate';
import { readBuildNodeFlags } from './build-flags';
import { parseTimeVerbose } from './measure';
import { flushWrites, readLoadAverage } from './memory-curve';
import { summariseByPackage, summariseProfile, type CpuProfile } from './profile-summary';

const REPO = resolve(import.meta.dirname, '../..');
// As `npm run build`, so the profile is of the build a user runs.
const NODE_FLAGS = readBuildNodeFlags(REPO);

const USAGE =
  'Usage: npm run bench:profile [-- --per-lang 2500] [--work DIR] [--top 30] [--rebuild [--reuse]] [--heap]\n' +
  '       npm run bench:profile -- --summarise FILE.cpuprofile [--top 30]\n' +
  "One cold build under node --cpu-prof (a generated corpus in --work), then the main thread's top self-time functions and packages.\n" +
  '--rebuild: a cold build without the profiler, one story edited, then the rebuild profiled;\n' +
  '--reuse: keep the output and cache of an earlier run in --work (no cold build), edit and profile the rebuild.\n' +
  '--heap: no CPU profile; heap snapshots of live data (after the content sync, after the pages, before the hosting step)\n' +
  '        in --work/heap, for npm run bench:heap (each costs about as much memory again as the heap while it is written).';

async function main() {
  const { values } = parseCommandLine(USAGE, {
    options: {
      'per-lang': { type: 'string', default: '2500' },
      work: { type: 'string', default: '/tmp/souveraen-profile' },
      summarise: { type: 'string' },
      top: { type: 'string', default: '30' },
      rebuild: { type: 'boolean', default: false },
      reuse: { type: 'boolean', default: false },
      heap: { type: 'boolean', default: false },
    },
  });
  let file = values.summarise;
  if (!file) {
    const corpus = join(values.work, 'corpus');
    const profiles = join(values.work, 'profiles');
    await rm(profiles, { recursive: true, force: true });
    // --reuse keeps the corpus as the last run left it (with its edits), so the stores match it.
    if (!(values.rebuild && values.reuse)) await writeCorpus(corpus, Number(values['per-lang']), 7);
    const heapDir = join(values.work, 'heap');
    const env = {
      ...process.env,
      CONTENT_DIR: corpus,
      OUT_DIR: join(values.work, 'dist'),
      CACHE_DIR: join(values.work, 'cache'),
      SOURCE_DATE_EPOCH: '1780272000',
    };
    const astro = join(REPO, 'node_modules/astro/bin/astro.mjs');
    const build = async (args: string[], label: string, extraEnv: Record<string, string> = {}) => {
      const report = join(values.work, `${label}.time`);
      await flushWrites();
      const code = await new Promise<number>((done) =>
        spawn('/usr/bin/time', ['-v', '-o', report, join(REPO, 'node_modules/.bin/node'), ...NODE_FLAGS, ...args, astro, 'build'], {
          cwd: REPO,
          env: { ...env, ...extraEnv },
          stdio: ['ignore', 'ignore', 'inherit'],
        }).on('close', (c) => done(c ?? 1)),
      );
      if (code !== 0) throw new Error(`build failed with exit ${code}`);
      const usage = parseTimeVerbose(await readFile(report, 'utf8'));
      console.log(`${label}: ${usage.wallSeconds} s wall, ${usage.cpuSeconds} s CPU (${usage.systemSeconds} s of it system), ${usage.maxRssMb} MB, load ${readLoadAverage()}`);
    };
    if (!(values.rebuild && values.reuse)) {
      await rm(env.CACHE_DIR, { recursive: true, force: true });
      await rm(env.OUT_DIR, { recursive: true, force: true });
    }
    if (values.rebuild) {
      if (!values.reuse) await build([], 'cold build');
      await editOneStory(corpus);
    }
    const label = values.rebuild ? 'rebuild' : 'cold build';
    if (values.heap) {
      await rm(heapDir, { recursive: true, force: true });
      await mkdir(heapDir, { recursive: true });
      // --expose-gc lets each snapshot collect the garbage first.
      await build(['--expose-gc'], `${label} with heap snapshots`, { HEAP_SNAPSHOT_DIR: heapDir });
      for (const name of (await readdir(heapDir)).sort()) {
        const file = join(heapDir, name);
        console.log(`${file} (${((await stat(file)).size / 1e6).toFixed(0)} MB): npm run bench:heap -- ${file}`);
      }
      return;
    }
    await build(['--cpu-prof', `--cpu-prof-dir=${profiles}`], `profiled ${label}`);
    // The main process writes the largest profile.
    const names = (await readdir(profiles)).filter((name) => name.endsWith('.cpuprofile'));
    const sized = await Promise.all(names.map(async (name) => ({ name, size: (await readFile(join(profiles, name))).length })));
    file = join(profiles, sized.sort((a, b) => b.size - a.size)[0]!.name);
  }
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const top = Number(values.top);
  console.log(`Profile: ${file}\n\n| self ms | share | function | where |\n|---:|---:|---|---|`);
  for (const fn of summariseProfile(profile, top)) console.log(`| ${fn.selfMs} | ${fn.share}% | ${fn.name} | ${fn.where} |`);
  console.log('\n| self ms | share | package or file |\n|---:|---:|---|');
  for (const pkg of summariseByPackage(profile, 15)) console.log(`| ${pkg.selfMs} | ${pkg.share}% | ${pkg.where} |`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
