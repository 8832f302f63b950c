import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as frontmatter from '../../../src/lib/content/frontmatter';
import { validateContent, type CheckedFrontmatter, type ContentFile, type FrontmatterCheckMemo } from '../../../src/lib/content/validate';
import { generateCorpus } from '../../../scripts/corpus/corpus';

// Counts the YAML parses, so a test sees whether the memo spared one (the parser itself runs as is).
vi.mock('../../../src/lib/content/frontmatter', async (importOriginal) => {
  const actual = await importOriginal<typeof frontmatter>();
  return { ...actual, parseYaml: vi.fn((...args: Parameters<typeof actual.parseYaml>) => actual.parseYaml(...args)) };
});
const parses = vi.mocked(frontmatter.parseYaml);

const TODAY = '2026-12-01';
const CORPUS: readonly ContentFile[] = generateCorpus({ perLang: 4, seed: 3 });
const ARTICLES = CORPUS.filter((file) => file.path.startsWith('articles/')).map((file) => file.path);
const ACTORS = CORPUS.filter((file) => file.path.startsWith('actors/')).map((file) => file.path);

/** The memo as the content guard keeps it between builds: through JSON. */
function fromDisk(passed: ReadonlyMap<string, CheckedFrontmatter>): FrontmatterCheckMemo {
  return { known: new Map(JSON.parse(JSON.stringify([...passed])) as [string, CheckedFrontmatter][]), passed: new Map() };
}

async function checkWithMemo(files: readonly ContentFile[], known: ReadonlyMap<string, CheckedFrontmatter> = new Map()) {
  const frontmatterMemo = fromDisk(known);
  const errors = await validateContent(files, { today: TODAY, frontmatterMemo });
  return { errors, passed: frontmatterMemo.passed };
}

function edit(files: readonly ContentFile[], path: string, change: (text: string) => string): ContentFile[] {
  return files.map((file) => (file.path === path ? { ...file, text: change(file.text ?? '') } : file));
}

beforeEach(() => {
  parses.mockClear();
});

describe('the content check with a memo of checked frontmatter', () => {
  it('remembers every article whose frontmatter passed, and parses none of them again', async () => {
    const first = await checkWithMemo(CORPUS);
    expect(first.errors).toEqual([]);
    expect(first.passed.size).toBe(ARTICLES.length);
    expect(parses).toHaveBeenCalledTimes(CORPUS.length);
    parses.mockClear();
    const second = await checkWithMemo(CORPUS, first.passed);
    expect(second.errors).toEqual([]);
    // Only the actor files are parsed; the articles' frontmatter comes from the memo, and is kept for the next build.
    expect(parses).toHaveBeenCalledTimes(ACTORS.length);
    expect([...second.passed.keys()].sort()).toEqual([...first.passed.keys()].sort());
  });

  it('catches an edit that breaks a remembered frontmatter, with file and field', async () => {
    const { passed } = await checkWithMemo(CORPUS);
    const [path] = ARTICLES;
    const broken = edit(CORPUS, path!, (text) => text.replace(/^topic: \S+$/m, 'topic: sport').replace(/^date: \S+$/m, 'date: 2026-02-31'));
    const { errors, passed: after } = await checkWithMemo(broken, passed);
    expect(errors).toMatchObject([
      { file: path, field: 'date', message: expect.stringContaining('2026-02-31 is not a real calendar day') },
      { file: path, field: 'topic', message: expect.stringContaining('unknown topic "sport"') },
    ]);
    // A frontmatter that failed is not remembered: it is checked again until it passes.
    expect(after.size).toBe(ARTICLES.length - 1);
  });

  it('checks what lies outside the frontmatter again: a removed actor, the build day', async () => {
    const { passed } = await checkWithMemo(CORPUS);
    const [path] = ARTICLES;
    const actor = /^actors: \[(\w[\w-]*)/m.exec(CORPUS.find((file) => file.path === path)!.text!)![1]!;
    const withoutActor = CORPUS.filter((file) => file.path !== `actors/${actor}.yaml`);
    const removed = await checkWithMemo(withoutActor, passed);
    expect(removed.errors.filter((error) => error.file === path)).toMatchObject([{ field: 'actors[0]', message: expect.stringContaining(`unknown actor id "${actor}"`) }]);
    const updated = edit(CORPUS, path!, (text) => text.replace(/^(date: .*)$/m, '$1\nupdated: 2026-12-01'));
    const remembered = await checkWithMemo(updated, passed);
    expect(remembered.errors).toEqual([]);
    const later = await validateContent(updated, { today: '2026-11-30', frontmatterMemo: fromDisk(remembered.passed) });
    expect(later).toMatchObject([{ file: path, field: 'updated', message: expect.stringContaining('after the build date 2026-11-30') }]);
  });

  it('reports exactly what a check without a memo reports, after any edits', async () => {
    const { passed } = await checkWithMemo(CORPUS);
    const article = fc.constantFrom(...ARTICLES);
    const change = fc.oneof(
      fc.record({ path: article, text: fc.constantFrom('topic: sport', 'topic: budget', 'date: 2026-02-31', 'draft: true', 'lead: yes', 'updated: 2027-01-01', 'title: ""', 'title: [', 'aliases: [streit-um-den-digitalhaushalt-00001]', 'translationKey: story-00002', 'actors: [nobody]', 'unknown: 1') }),
      fc.record({ path: fc.constantFrom(...ACTORS), text: fc.constant(null) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 4 }), async (changes) => {
        let files: ContentFile[] = [...CORPUS];
        for (const { path, text } of changes) {
          if (text === null) files = files.filter((file) => file.path !== path);
          // The line replaces the field it names (or is added when the story has none).
          else {
            const field = text.split(':')[0]!;
            files = edit(files, path, (old) => (new RegExp(`^${field}:.*$`, 'm').test(old) ? old.replace(new RegExp(`^${field}:.*$`, 'm'), text) : old.replace('\n---\n', `\n${text}\n---\n`)));
          }
        }
        const withMemo = await checkWithMemo(files, passed);
        expect(withMemo.errors).toEqual(await validateContent(files, { today: TODAY }));
      }),
      { numRuns: 60, seed: 18 },
    );
  });
});
