/**
 * Profiles one build of this site and prints the top self-time functions and packages.
 *   npm run bench:profile -- --per-lang 2500
 * Or summarise an existing profile: npm run bench:profile -- --summarise file.cpuprofile
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../corpus/generate';
import { summariseByPackage, summariseProfile, type CpuProfile } from './profile-summary';

const REPO = resolve(import.meta.dirname, '../..');

async function main() {
  const { values } = parseArgs({
    options: {
      'per-lang': { type: 'string', default: '2500' },
      work: { type: 'string', default: '/tmp/souveraen-profile' },
      summarise: { type: 'string' },
      top: { type: 'string', default: '30' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'Usage: npm run bench:profile [-- --per-lang 2500] [--work DIR] [--top 30]\n' +
        '       npm run bench:profile -- --summarise FILE.cpuprofile [--top 30]\n' +
        "One cold build under node --cpu-prof (a generated corpus in --work), then the main thread's top self-time functions and packages.",
    );
    return;
  }
  let file = values.summarise;
  if (!file) {
    const corpus = join(values.work, 'corpus');
    const profiles = join(values.work, 'profiles');
    await rm(profiles, { recursive: true, force: true });
    await writeCorpus(corpus, Number(values['per-lang']), 7);
    const env = { ...process.env, CONTENT_DIR: corpus, OUT_DIR: join(values.work, 'dist'), CACHE_DIR: join(values.work, 'cache'), SOURCE_DATE_EPOCH: '1780272000' };
    await rm(env.CACHE_DIR, { recursive: true, force: true });
    const args = ['--cpu-prof', `--cpu-prof-dir=${profiles}`, join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build'];
    const code = await new Promise<number>((done) =>
      spawn(join(REPO, 'node_modules/.bin/node'), args, { cwd: REPO, env, stdio: ['ignore', 'ignore', 'inherit'] }).on('close', (c) => done(c ?? 1)),
    );
    if (code !== 0) throw new Error(`build failed with exit ${code}`);
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
