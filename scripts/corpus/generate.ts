/**
 * Writes a synthetic content folder for benchmarks.
 * Usage: tsx scripts/corpus/generate.ts --out /tmp/corpus --per-lang 500 [--seed 7]
 */
import { appendFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapInBatches } from '../../src/lib/batches';
import { generateCorpus } from './corpus';
import { parseCommandLine } from '../lib/cli';

export async function writeCorpus(out: string, perLang: number, seed: number): Promise<number> {
  await rm(out, { recursive: true, force: true });
  const files = generateCorpus({ perLang, seed });
  const dirs = new Set(files.map((file) => dirname(join(out, file.path))));
  await Promise.all([...dirs].map((dir) => mkdir(dir, { recursive: true })));
  // In batches: 100,000 files at once (50,000 stories per language) would hold as many open.
  await mapInBatches(files, 256, (file) => writeFile(join(out, file.path), file.text));
  return files.length;
}

/** A one-line change to one story, as an editor would make between two builds. */
export async function editOneStory(corpus: string): Promise<void> {
  const dir = join(corpus, 'articles', 'en');
  const [first] = (await readdir(dir)).sort();
  if (!first) throw new Error(`no stories in ${dir}`);
  await appendFile(join(dir, first), '\nA correction was added after publication.\n');
}

async function main() {
  const USAGE = `Usage: npm run corpus -- --out DIR --per-lang N [--seed S]

Writes a synthetic content folder of N stories per language (and their actors) into DIR, replacing
what is there; the same seed gives the same files. For benchmarks.`;
  const { values } = parseCommandLine(USAGE, {
    options: { out: { type: 'string' }, 'per-lang': { type: 'string' }, seed: { type: 'string', default: '7' } },
  });
  const perLang = Number(values['per-lang']);
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(perLang) || perLang < 1 || !Number.isInteger(seed)) {
    console.error(`--out DIR and a whole --per-lang N are needed\n\n${USAGE}`);
    process.exit(2);
  }
  const count = await writeCorpus(values.out, perLang, seed);
  console.log(`wrote ${count} files to ${values.out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
