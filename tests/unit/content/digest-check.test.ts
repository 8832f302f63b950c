import { describe, expect, it } from 'vitest';
import { validateContent, type ContentError } from '../../../src/lib/content/validate';
import { corpusWith, mdx } from './corpus';

const EDITION = 'editions/de/2026-w08.mdx';
const edition = (frontmatter: string, body = '\nIntro.\n') => ({ path: EDITION, text: `---\n${frontmatter}\n---\n${body}` });
const story = (path: string, overrides: Record<string, string | null>) => ({ path, text: mdx({ translationKey: path, ...overrides }) });

async function errorsOf(...files: Parameters<typeof corpusWith>): Promise<ContentError[]> {
  return validateContent(corpusWith(...files));
}

describe('edition files', () => {
  it('accept a lead and an order of the week’s stories', async () => {
    expect(await errorsOf(edition('lead: etat-steht\norder: [etat-steht]'))).toEqual([]);
    expect(await errorsOf(edition(''))).toEqual([]);
  });

  it('reject a week without stories, naming file and week', async () => {
    const errors = await errorsOf({ path: 'editions/de/2026-w09.mdx', text: '---\nlead: etat-steht\n---\n' });
    expect(errors).toEqual([
      {
        file: 'editions/de/2026-w09.mdx',
        message: expect.stringContaining('no story in articles/de/ is dated in week 2026-W09 (23 February 2026 to 1 March 2026)'),
      },
    ]);
  });

  it('reject an unknown story and a lead outside the week, naming the field and what is allowed', async () => {
    const errors = await errorsOf(
      story('articles/de/vorwoche.mdx', { date: '2026-02-14' }),
      edition('lead: vorwoche\norder: [etat-steht, gibt-es-nicht]'),
    );
    expect(errors.map((e) => [e.file, e.field])).toEqual([
      [EDITION, 'lead'],
      [EDITION, 'order[1]'],
    ]);
    expect(errors[0]!.message).toContain('"vorwoche" is dated 2026-02-14, in week 2026-W07, not in this edition\'s week 2026-W08');
    expect(errors[0]!.message).toContain('allowed: the stories of that week: etat-steht');
    expect(errors[1]!.message).toContain('unknown story "gibt-es-nicht": there is no articles/de/gibt-es-nicht.mdx');
  });

  it('reject unknown fields and file names that are no ISO week', async () => {
    const unknown = await errorsOf(edition('lede: etat-steht'));
    expect(unknown).toEqual([expect.objectContaining({ file: EDITION, field: 'lede', message: expect.stringContaining('allowed fields here: lead, order') })]);
    const names = await errorsOf({ path: 'editions/de/2025-w53.mdx', text: '---\n---\n' }, { path: 'editions/de/2026-w8.mdx', text: '---\n---\n' }, { path: 'editions/fr/2026-w08.mdx', text: '---\n---\n' });
    expect(names.map((e) => e.message)).toEqual([
      'file name "2025-w53.mdx": 2025 has no ISO week 53; weeks run from 1 to 52 or 53',
      expect.stringContaining('(rename it to 2026-w08.mdx)'),
      expect.stringContaining('edition files sit in a language folder'),
    ]);
  });
});

describe('aliases and corrections', () => {
  it('accept an old file name and dated corrections', async () => {
    const errors = await errorsOf(story('articles/de/neu.mdx', { aliases: '[alt]', corrections: '\n  - { date: 2026-02-19, note: "Betrag korrigiert." }' }));
    expect(errors).toEqual([]);
  });

  it('reject an alias that is another story’s file name or another story’s alias, naming both files', async () => {
    const errors = await errorsOf(
      story('articles/de/neu.mdx', { aliases: '[etat-steht, alt]' }),
      story('articles/de/anders.mdx', { aliases: '[alt]' }),
    );
    expect(errors.map((e) => [e.file, e.field])).toEqual([
      ['articles/de/anders.mdx', 'aliases[0]'],
      ['articles/de/neu.mdx', 'aliases[0]'],
      ['articles/de/neu.mdx', 'aliases[1]'],
    ]);
    expect(errors[1]!.message).toContain('"etat-steht" is the file name of articles/de/etat-steht.mdx; both would be /de/artikel/etat-steht/');
    expect(errors[0]!.message).toContain('"alt" is also an alias of articles/de/neu.mdx');
    expect(errors[2]!.message).toContain('"alt" is also an alias of articles/de/anders.mdx');
  });

  it('reject a correction before the story, twice on one day, or without a note', async () => {
    const errors = await errorsOf(
      story('articles/de/neu.mdx', {
        corrections: '\n  - { date: 2026-02-17, note: "Zu früh." }\n  - { date: 2026-02-19, note: "A" }\n  - { date: 2026-02-19, note: "B" }\n  - { date: 2026-02-20, note: "" }',
      }),
    );
    expect(errors.map((e) => e.field)).toEqual(['corrections[3].note', 'corrections[0].date', 'corrections[2].date']);
    expect(errors[1]!.message).toContain('2026-02-17 is before date 2026-02-18');
  });
});

describe('EDITING.md’s edition example', () => {
  it('passes the content check against the site’s stories', async () => {
    const { readFileSync } = await import('node:fs');
    const { readContentFolder } = await import('../../../src/data/content-files');
    const guide = readFileSync('EDITING.md', 'utf8');
    const example = [...guide.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1]!).find((text) => text.startsWith('---\nlead:'))!;
    const files = (await readContentFolder('content')).filter((file: { path: string }) => !file.path.startsWith('editions/'));
    expect(await validateContent([...files, { path: 'editions/de/2026-w08.mdx', text: example }])).toEqual([]);
  });
});
