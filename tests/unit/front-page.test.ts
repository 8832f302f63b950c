import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/content/model';
import { selectFrontPage } from '../../src/lib/pages/front-page';
import { TOPIC_IDS, type TopicId } from '../../src/lib/topics';
import { makeArticle } from './fixtures';

function byTopic(stories: Article[]): Record<TopicId, Article[]> {
  return Object.fromEntries(TOPIC_IDS.map((topic) => [topic, stories.filter((s) => s.topic === topic)])) as Record<TopicId, Article[]>;
}

// Newest first, as the site model keeps them.
const STORIES = [
  makeArticle({ lang: 'de', slug: 'a', date: '2026-02-19', topic: 'alliance' }),
  makeArticle({ lang: 'de', slug: 'b', date: '2026-02-18', topic: 'budget' }),
  makeArticle({ lang: 'de', slug: 'c', date: '2026-02-17', topic: 'digital-euro', lead: true }),
  makeArticle({ lang: 'de', slug: 'd', date: '2026-02-16', topic: 'alliance' }),
  makeArticle({ lang: 'de', slug: 'e', date: '2026-02-15', topic: 'alliance' }),
  makeArticle({ lang: 'de', slug: 'f', date: '2026-02-14', topic: 'budget', lead: true }),
  makeArticle({ lang: 'de', slug: 'g', date: '2026-02-13', topic: 'alliance' }),
];

describe('selectFrontPage', () => {
  it('leads with the newest story an editor marked as lead, not simply the newest', () => {
    const front = selectFrontPage(STORIES, byTopic(STORIES));
    expect(front.lead?.slug).toBe('c');
    expect(front.secondary.map((s) => s.slug)).toEqual(['a', 'b', 'd']);
  });

  it('leads with the newest story when no story is marked', () => {
    const plain = STORIES.map((s) => ({ ...s, lead: false }));
    const front = selectFrontPage(plain, byTopic(plain));
    expect(front.lead?.slug).toBe('a');
    expect(front.secondary.map((s) => s.slug)).toEqual(['b', 'c', 'd']);
  });

  it('gives each topic a section of the stories not shown above, and shows every story once', () => {
    const front = selectFrontPage(STORIES, byTopic(STORIES), { secondary: 3, perTopic: 1 });
    expect(front.sections.map((s) => [s.topic, s.stories.map((x) => x.slug), s.total])).toEqual([
      ['alliance', ['e'], 4],
      ['budget', ['f'], 2],
    ]);
    const all = selectFrontPage(STORIES, byTopic(STORIES));
    const shown = [all.lead!, ...all.secondary, ...all.sections.flatMap((s) => s.stories)].map((s) => s.slug);
    expect(shown.sort()).toEqual(STORIES.map((s) => s.slug).sort());
  });

  it('has no lead and no sections for a language without stories', () => {
    expect(selectFrontPage([], byTopic([]))).toEqual({ secondary: [], sections: [] });
  });
});
