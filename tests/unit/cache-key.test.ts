import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../src/lib/cache-key';
import type { Actor, Article } from '../../src/lib/content/model';
import { buildRoutes, type RoutedPage } from '../../src/lib/routing';
import { buildSiteModel } from '../../src/lib/site';

function article(id: string, topic: Article['topic'], actors: string[], date: string, digest = 'v1'): Article {
  const [lang, slug] = id.split('/') as ['de' | 'en', string];
  return { id, lang, slug, title: slug, summary: 's', date, topic, actors, translationKey: slug, draft: false, readingMinutes: 1, words: 100, kind: 'news', lead: false, text: '', sources: [], digest };
}

function actor(id: string, name = id): Actor {
  return { id, name: { de: name, en: name }, kind: 'person', role: { de: 'r', en: 'r' }, aliases: [] };
}

const STORIES = [
  article('en/a', 'budget', ['x'], '2025-01-05'),
  article('en/b', 'budget', ['x'], '2025-01-04'),
  article('en/c', 'alliance', ['y'], '2025-01-03'),
  article('en/d', 'alliance', ['y'], '2025-01-02'),
  article('de/a', 'budget', ['x'], '2025-01-05'),
];

function keys(stories: Article[], actors = [actor('x'), actor('y')]): Map<string, string> {
  const model = buildSiteModel(stories, actors, { today: '2030-01-01', includeUnpublished: false });
  return new Map(buildRoutes(model, { newsroom: true }).map((page: RoutedPage) => [page.path, pageCacheKey(page.route, model)]));
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([path, key]) => before.get(path) !== key).map(([path]) => path).sort();
}

describe('pageCacheKey', () => {
  const before = keys(STORIES);

  it('is the same for the same content', () => {
    expect(keys(STORIES)).toEqual(before);
  });

  it('changes exactly the pages that show an edited story', () => {
    const edited = STORIES.map((s) => (s.id === 'en/c' ? { ...s, digest: 'v2' } : s));
    expect(changed(before, keys(edited))).toEqual([
      '/en/',
      '/en/actors/y/',
      '/en/articles/d/',
      '/en/newsroom/',
      '/en/topics/alliance/',
      '/en/articles/c/',
      // The search page's start shows the latest stories.
      '/en/search/',
      '/de/redaktion/',
    ].sort());
  });

  it('changes the other edition of an edited story, whose structured data names its headline', () => {
    const edited = STORIES.map((s) => (s.id === 'en/a' ? { ...s, digest: 'v2' } : s));
    expect(changed(before, keys(edited))).toContain('/de/artikel/a/');
  });

  it('changes every page that shows actor names when an actor is renamed', () => {
    const after = keys(STORIES, [actor('x', 'Renamed'), actor('y')]);
    expect(changed(before, after)).toEqual([...before.keys()].sort());
  });

  it('changes the home page when a new story shifts the counts', () => {
    const after = keys([...STORIES, article('de/z', 'alliance', ['y'], '2024-01-01')]);
    expect(changed(before, after)).toContain('/de/');
    expect(changed(before, after)).toContain('/de/themen/');
    expect(changed(before, after)).not.toContain('/en/articles/a/');
  });
});
