import { describe, expect, it } from 'vitest';
import { findRelated, groupByMonth, paginate, rankActors, rankActorsOnce, rankCoActors, sortNewestFirst } from '../../src/lib/listing';
import { makeArticle } from './fixtures';

describe('listing', () => {
  const a = makeArticle({ lang: 'de', slug: 'a', date: '2026-01-20' });
  const b = makeArticle({ lang: 'de', slug: 'b', date: '2026-02-14' });
  const c = makeArticle({ lang: 'de', slug: 'c', date: '2026-02-16' });
  const d = makeArticle({ lang: 'de', slug: 'd', date: '2025-12-01' });

  it('sorts newest first with a stable tie-break by slug', () => {
    const tie = makeArticle({ lang: 'de', slug: 'aa', date: '2026-02-16' });
    expect(sortNewestFirst([a, b, c, d, tie]).map((x) => x.slug)).toEqual(['aa', 'c', 'b', 'a', 'd']);
  });

  it('groups a sorted list by month, keeping order', () => {
    const groups = groupByMonth(sortNewestFirst([a, b, c, d]));
    expect(groups.map((g) => g.month)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(groups[0]!.articles.map((x) => x.slug)).toEqual(['c', 'b']);
  });

  it('paginates with at least one (possibly empty) page', () => {
    expect(paginate([], 10)).toEqual([{ items: [], page: 1, lastPage: 1 }]);
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.every((p) => p.lastPage === 3)).toBe(true);
  });

  it('finds related stories by shared topic and actors, same language only', () => {
    const base = makeArticle({ lang: 'en', slug: 'base', topic: 'budget', actors: ['eco', 'bmds'] });
    const sameBoth = makeArticle({ lang: 'en', slug: 'both', topic: 'budget', actors: ['bmds'] });
    const actorsOnly = makeArticle({ lang: 'en', slug: 'actors', topic: 'alliance', actors: ['eco', 'bmds'] });
    const topicOnly = makeArticle({ lang: 'en', slug: 'topic', topic: 'budget', actors: ['x'] });
    const unrelated = makeArticle({ lang: 'en', slug: 'none', topic: 'alliance', actors: ['y'] });
    const otherLang = makeArticle({ lang: 'de', slug: 'de', topic: 'budget', actors: ['eco', 'bmds'] });
    const related = findRelated(base, [base, sameBoth, actorsOnly, topicOnly, unrelated, otherLang], 5);
    expect(related.map((x) => x.slug)).toEqual(['both', 'actors', 'topic']);
  });

  it('ranks actors by number of stories and co-actors of one actor', () => {
    const s1 = makeArticle({ lang: 'de', slug: 's1', actors: ['wildberger', 'solomon'] });
    const s2 = makeArticle({ lang: 'de', slug: 's2', actors: ['wildberger', 'msc', 'solomon'] });
    const s3 = makeArticle({ lang: 'de', slug: 's3', actors: ['wildberger', 'eco', 'eco'] });
    expect(rankActors([s1, s2, s3])).toEqual([
      { id: 'wildberger', count: 3 },
      { id: 'solomon', count: 2 },
      { id: 'eco', count: 1 },
      { id: 'msc', count: 1 },
    ]);
    expect(rankCoActors('solomon', [s1, s2, s3])).toEqual([
      { id: 'wildberger', count: 2 },
      { id: 'msc', count: 1 },
    ]);
    // Ranked once per story list: later pages of the listing get the same ranking.
    const stories = [s1, s2, s3];
    expect(rankCoActors('solomon', stories)).toBe(rankCoActors('solomon', stories));
    expect(rankCoActors('wildberger', stories)).not.toEqual(rankCoActors('solomon', stories));
  });

  it('ranks a topic list once for all the pages of its listing', () => {
    const stories = [
      makeArticle({ lang: 'de', slug: 's1', actors: ['eco'] }),
      makeArticle({ lang: 'de', slug: 's2', actors: ['eco', 'msc'] }),
    ];
    expect(rankActorsOnce(stories)).toEqual(rankActors(stories));
    expect(rankActorsOnce(stories)).toBe(rankActorsOnce(stories));
    expect(rankActorsOnce([...stories])).not.toBe(rankActorsOnce(stories));
  });
});
