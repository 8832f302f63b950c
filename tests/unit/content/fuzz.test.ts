import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderStoryBody } from '../../../src/lib/content/body/render-body';
import { parseFrontmatter } from '../../../src/lib/content/frontmatter';
import { validateContent, type ContentFile } from '../../../src/lib/content/validate';
import { documentArbitrary, type GeneratedDocument } from '../../fixtures/guarantees/documents';
import { ECO } from './corpus';

const PATH = 'articles/de/fuzz.mdx';
const CORPUS: ContentFile[] = [
  { path: 'actors/eco.yaml', text: ECO },
  { path: 'actors/bmds.yaml', text: 'name: BMDS\nkind: institution\nrole:\n  de: Ministerium\n  en: Ministry\n' },
  { path: 'images/bild.png' },
  { path: 'articles/de/a.png' },
];
/** Fixed, so a failure can be replayed; FUZZ_SEED=<n> explores other documents. */
const SEED = Number(process.env.FUZZ_SEED ?? 14);
const RUNS = 10_000;

/**
 * What "nothing silently lost" means for one document: either the check names this file (and
 * only it), with messages of readable length, or the document is valid, its title comes through
 * YAML as written, and every marked word of its body is in the rendered HTML.
 */
async function holds(doc: GeneratedDocument): Promise<boolean> {
  const errors = await validateContent([...CORPUS, { path: PATH, text: doc.text }], { today: '2026-12-01' });
  if (errors.length > 0) {
    for (const error of errors) {
      expect(error.file).toBe(PATH);
      expect(error.message.length).toBeGreaterThan(10);
      expect(error.message.length).toBeLessThan(600);
    }
    return false;
  }
  const parsed = parseFrontmatter(doc.text);
  if (!('data' in parsed)) throw new Error('valid, yet the frontmatter does not parse');
  if (doc.title !== undefined) expect((parsed.data as { title: string }).title.trim()).toBe(doc.title.trim());
  const { html } = renderStoryBody(parsed.body);
  for (const word of doc.markers) expect(html, `${word} lost from\n${doc.text}`).toContain(word);
  return true;
}

describe('content check, on generated documents', () => {
  it(`never crashes or hangs, and reports or keeps every one of ${RUNS} documents`, async () => {
    const started = performance.now();
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(documentArbitrary('fuzz'), async (doc) => {
        if (await holds(doc)) valid++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Not a timing test: a sanity bound, far above what a busy machine needs.
    expect(performance.now() - started).toBeLessThan(240_000);
    // Both branches are exercised: about half the documents are careful ones that must pass.
    expect(valid).toBeGreaterThan(RUNS / 4);
  }, 300_000);
});
