import { describe, expect, it } from 'vitest';
import { buildTranslationReport, lastChangedOf, type EditionInput } from '../../src/lib/translation-status';
import { formatTranslationReport, hasProblems, readEditions } from '../../scripts/lib/translation-text';
import { mdx } from './content/corpus';

const edition = (lang: 'de' | 'en', translationKey: string, date: string, updated?: string): EditionInput => ({
  lang, slug: `${translationKey}-${lang}`, title: translationKey, translationKey, date, updated,
});

describe('buildTranslationReport', () => {
  const report = buildTranslationReport([
    edition('de', 'complete', '2026-02-10'),
    edition('en', 'complete', '2026-02-10'),
    edition('de', 'german-only', '2026-02-12'),
    edition('de', 'de-updated', '2026-02-01', '2026-02-20'),
    edition('en', 'de-updated', '2026-02-02'),
    edition('en', 'english-only', '2026-02-03'),
  ]);
  const byKey = (key: string) => report.stories.find((s) => s.translationKey === key)!;

  it('lists which languages exist per story', () => {
    expect(byKey('complete').missing).toEqual([]);
    expect(byKey('german-only').missing).toEqual(['en']);
    expect(byKey('english-only').missing).toEqual(['de']);
  });

  it('marks the edition whose counterpart was updated later as out of date', () => {
    const story = byKey('de-updated');
    expect(story.outdated).toEqual(['en']);
    expect(story.editions.en?.behind).toEqual({ lang: 'de', lastChanged: '2026-02-20' });
    expect(story.editions.de?.behind).toBeUndefined();
    expect(byKey('complete').outdated).toEqual([]);
  });

  it('counts stories, complete ones, missing and outdated per language', () => {
    expect(report.counts).toEqual({ stories: 4, upToDate: 1, missing: { de: 1, en: 1 }, outdated: { de: 0, en: 1 }, uncorrected: { de: 0, en: 0 } });
  });

  it('puts stories needing work first, newest first', () => {
    expect(report.stories.map((s) => s.translationKey)).toEqual(['de-updated', 'german-only', 'english-only', 'complete']);
  });

  it('counts a later commit as a change when git history is given', () => {
    expect(lastChangedOf({ ...edition('en', 'k', '2026-02-01'), committed: '2026-03-01' })).toBe('2026-03-01');
    expect(lastChangedOf({ ...edition('en', 'k', '2026-02-01', '2026-02-05'), committed: '2026-01-01' })).toBe('2026-02-05');
  });
});

describe('translation report text', () => {
  it('reads editions from raw files and skips broken frontmatter', () => {
    const { editions, skipped } = readEditions([
      { path: 'articles/de/etat.mdx', text: mdx({ updated: '2026-02-20' }) },
      { path: 'articles/en/broken.mdx', text: 'no frontmatter' },
      { path: 'actors/eco.yaml', text: 'name: eco' },
    ]);
    expect(editions).toEqual([
      { lang: 'de', slug: 'etat', title: 'Digitalministerium bekommt 1,36 Milliarden', translationKey: 'bmds-budget', date: '2026-02-18', updated: '2026-02-20', draft: false, corrections: [] },
    ]);
    expect(skipped).toEqual(['articles/en/broken.mdx']);
  });

  it('prints status per story and the counts', () => {
    const report = buildTranslationReport([edition('de', 'a', '2026-02-01', '2026-02-09'), edition('en', 'a', '2026-02-01'), edition('de', 'b', '2026-02-01')]);
    const text = formatTranslationReport(report);
    expect(text).toContain('! a\n    de  a-de  2026-02-09\n    en  a-en  2026-02-01  (OUT OF DATE: de changed 2026-02-09)');
    expect(text).toContain('✗ b\n    de  b-de  2026-02-01\n    en  missing');
    expect(text).toContain('2 stories, 0 complete and up to date.\nGerman: 0 missing, 0 out of date, 0 lacking a correction.\nEnglish: 1 missing, 1 out of date, 0 lacking a correction.');
    expect(hasProblems(report)).toBe(true);
    expect(hasProblems(buildTranslationReport([edition('de', 'c', '2026-02-01'), edition('en', 'c', '2026-02-01')]))).toBe(false);
  });
});

describe('corrections across editions', () => {
  it('flags the edition that lacks a correction its counterpart has, and the CLI text names the day', () => {
    const { editions } = readEditions([
      { path: 'articles/de/a.mdx', text: mdx({ translationKey: 'a', corrections: '\n  - { date: 2026-02-19, note: "x" }' }) },
      { path: 'articles/en/a.mdx', text: mdx({ translationKey: 'a' }) },
      { path: 'articles/de/b.mdx', text: mdx({ translationKey: 'b', corrections: '\n  - { date: 2026-02-19, note: "x" }' }) },
      { path: 'articles/en/b.mdx', text: mdx({ translationKey: 'b', corrections: '\n  - { date: 2026-02-19, note: "y" }' }) },
      { path: 'articles/de/c.mdx', text: mdx({ translationKey: 'c', corrections: '\n  - { date: 2026-02-19, note: "x" }' }) },
    ]);
    const report = buildTranslationReport(editions);
    const story = (key: string) => report.stories.find((s) => s.translationKey === key)!;
    expect(story('a').uncorrected).toEqual({ en: ['2026-02-19'] });
    expect(story('b').uncorrected).toEqual({});
    expect(story('c').uncorrected).toEqual({});
    expect(report.counts.uncorrected).toEqual({ de: 0, en: 1 });
    expect(hasProblems(buildTranslationReport(editions.filter((e) => e.translationKey === 'b')))).toBe(false);
    expect(hasProblems(buildTranslationReport(editions.filter((e) => e.translationKey === 'a')))).toBe(true);
    expect(formatTranslationReport(report)).toContain('CORRECTION MISSING: the other edition was corrected on 2026-02-19');
  });
});
