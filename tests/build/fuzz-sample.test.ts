import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent, type ContentFile } from '../../src/lib/content/validate';
import { carefulDocumentArbitrary, documentArbitrary, type GeneratedDocument } from '../fixtures/guarantees/documents';
import { buildContent, epochOf, type FixtureBuild } from './build-fixture';

// A small sample of the fuzz test's documents through real builds: what the check passes is on
// its page (title and every marked word), what it rejects stops the build naming the file.
const ACTORS: ContentFile[] = [
  { path: 'actors/eco.yaml', text: 'name: eco\nkind: organisation\nrole:\n  de: Verband der Internetwirtschaft\n  en: Internet industry association\n' },
  { path: 'actors/bmds.yaml', text: 'name: BMDS\nkind: institution\nrole:\n  de: Digitalministerium\n  en: Digital ministry\n' },
];
const SEED = 1414;

interface Sampled {
  path: string;
  slug: string;
  doc: GeneratedDocument;
}

function sample(count: number, arbitrary: (key: string) => fc.Arbitrary<GeneratedDocument>, prefix: string): Sampled[] {
  return Array.from({ length: count }, (_, i) => {
    const slug = `${prefix}-${i}`;
    const [doc] = fc.sample(arbitrary(slug), { numRuns: 1, seed: SEED + i });
    return { path: `articles/de/${slug}.mdx`, slug, doc: doc! };
  });
}

async function writeFolder(stories: readonly Sampled[]): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'souveraen-fuzz-')), 'content');
  for (const file of [...ACTORS, ...stories.map((s) => ({ path: s.path, text: s.doc.text }))]) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text!);
  }
  mkdirSync(join(dir, 'images'));
  writeFileSync(join(dir, 'images', 'bild.png'), await sharp({ create: { width: 64, height: 32, channels: 3, background: '#1f5fa8' } }).png().toBuffer());
  return dir;
}

let kept: Sampled[];
let rejected: Sampled[];
let passing: FixtureBuild;
let failing: FixtureBuild;
const folders: string[] = [];

beforeAll(async () => {
  const stories = [...sample(10, carefulDocumentArbitrary, 'sorgfalt'), ...sample(10, documentArbitrary, 'beliebig')];
  const files = [...ACTORS, { path: 'images/bild.png' }];
  const verdicts = await Promise.all(stories.map(async (s) => (await validateContent([...files, { path: s.path, text: s.doc.text }], { today: '2026-03-01' })).length === 0));
  kept = stories.filter((_, i) => verdicts[i]);
  rejected = stories.filter((_, i) => !verdicts[i]);
  const env = { SOURCE_DATE_EPOCH: epochOf('2026-03-01T12:00:00Z') };
  const good = await writeFolder(kept);
  const all = await writeFolder(stories);
  folders.push(good, all);
  passing = buildContent(good, 'fuzz-pass', env);
  failing = buildContent(all, 'fuzz-fail', env);
}, 300_000);

afterAll(() => {
  for (const dir of [...folders, passing?.outDir, failing?.outDir]) if (dir) rmSync(dirname(dir), { recursive: true, force: true });
});

describe('generated stories through a full build', () => {
  it('samples both kinds', () => {
    expect(kept.length).toBeGreaterThanOrEqual(10);
    expect(rejected.length).toBeGreaterThan(0);
  });

  it('builds what the check passes, with each title and every marked word on its page', () => {
    expect(passing.status, passing.output.slice(-3_000)).toBe(0);
    const published = kept.filter((s) => !/^draft: true$/m.test(s.doc.text));
    expect(published.length).toBeGreaterThan(0);
    for (const { slug, doc } of published) {
      const html = readFileSync(join(passing.outDir, 'de', 'artikel', slug, 'index.html'), 'utf8');
      const page = parse(html);
      if (doc.title !== undefined) expect(page.querySelector('h1')?.text.trim(), slug).toBe(doc.title.trim());
      const text = page.querySelector('main')!.text;
      for (const word of doc.markers) expect(text, `${slug}: ${word}`).toContain(word);
    }
  });

  it('stops before rendering when any story is rejected, naming every rejected file', () => {
    expect(failing.status).not.toBe(0);
    for (const { path } of rejected) expect(failing.output).toContain(`content/${path}`);
    for (const { path } of kept) expect(failing.output).not.toContain(`content/${path}\n`);
    expect(failing.output).not.toMatch(/page\(s\) built/);
  });
});
