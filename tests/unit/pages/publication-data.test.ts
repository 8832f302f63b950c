import { describe, expect, it } from 'vitest';
import { makeArticle } from '../fixtures';
import { allPages, modelOf, pageAt, STORIES } from './fixtures';

// The page data behind the front page, the trust pages, story credits, the search start and the
// topic page's side column: what the views render, and so what the cache keys digest.
describe('publication page data', () => {
  it('gives the first home page a lead, secondary stories with pictures and topic sections, later pages none', () => {
    const lead = makeArticle({ lang: 'de', slug: 'chosen', title: 'Chosen', date: '2026-01-01', topic: 'budget', lead: true });
    const pages = allPages(modelOf([...STORIES, lead]));
    const home = pageAt('/de/', 'home', pages);
    expect(home.front?.lead).toMatchObject({ href: '/de/artikel/chosen/', kind: 'news', readingMinutes: 2 });
    expect(home.front?.secondary.map((s) => s.href)).toEqual(['/de/artikel/euro/', '/de/artikel/cloud/']);
    expect(home.front?.sections).toEqual([]);
    // The newest German edition is linked from the front page, and only from its first page.
    const editions = [...pages].filter(([path, data]) => data.kind === 'edition' && path.startsWith('/de/')).map(([path]) => path).sort();
    expect(editions.length).toBeGreaterThan(1);
    expect(home.latestEdition?.href).toBe(editions.at(-1));
    expect(home.latestEdition?.title).toMatch(/^Ausgabe KW \d+\/\d{4}$/);
  });

  it('builds imprint, privacy and about pages in both languages, with placeholders marked', () => {
    const imprint = pageAt('/de/impressum/', 'legal');
    expect(imprint.title).toBe('Impressum');
    expect(imprint.hasPlaceholders).toBe(true);
    expect(imprint.languageSwitch).toEqual({ lang: 'en', href: '/en/imprint/', sameContent: true });
    expect(pageAt('/en/privacy/', 'legal').title).toBe('Privacy policy');
    expect(pageAt('/en/about/', 'legal').breadcrumbs.map((c) => c.href)).toEqual(['/en/']);
  });

  it('carries the story’s kind and credits', () => {
    const story = pageAt('/de/artikel/euro/', 'article').story;
    expect(story.kind).toBe('news');
    expect(story.credits).toEqual({ readingMinutes: 2, words: 300, sources: [] });
  });

  it('offers example searches, topics and the latest stories on the search page', () => {
    const start = pageAt('/de/suche/', 'search').start;
    expect(start.latest.map((s) => s.href)).toEqual(['/de/artikel/euro/', '/de/artikel/cloud/']);
    expect(start.topics.map((t) => t.topic)).toEqual(['defence-cloud', 'digital-euro']);
    expect(start.examples[0]).toEqual({ label: 'Karsten Wildberger', href: '/de/suche/?q=Karsten+Wildberger' });
  });

  it('lists the topic’s most mentioned actors and the other topics beside its stories', () => {
    const topic = pageAt('/de/themen/digitaler-euro/', 'topic');
    expect(topic.actors.map((a) => a.label)).toEqual(['Europäische Zentralbank', 'Karsten Wildberger']);
    expect(topic.otherTopics.map((o) => [o.topic, o.count])).toEqual([['alliance', 0], ['defence-cloud', 1], ['budget', 0]]);
  });
});
