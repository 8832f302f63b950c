import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../src/lib/cache-key';
import type { Actor, Article } from '../../src/lib/content/model';
import { buildPageData } from '../../src/lib/pages';
import { buildKeyedPageData, keyPage } from '../../src/lib/pages/keyed-page';
import { buildRoutes, type RoutedPage } from '../../src/lib/routing';
import { buildSiteModel } from '../../src/lib/site';
import { readEditionNote, type EditionNote } from '../../src/lib/content/edition-note';

function article(id: string, topic: Article['topic'], actors: string[], date: string, digest = 'v1'): Article {
  const [lang, slug] = id.split('/') as ['de' | 'en', string];
  return { id, lang, slug, title: slug, summary: 's', date, topic, actors, translationKey: slug, draft: false, readingMinutes: 1, words: 100, kind: 'news', lead: false, text: '', quotedActors: [], sources: [], corrections: [], aliases: [], digest };
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
const CONTEXT = { site: new URL('https://example.org/'), today: '2030-01-01' };

function keys(stories: Article[], actors = [actor('x'), actor('y')], notes: EditionNote[] = []): Map<string, string> {
  const model = buildSiteModel(stories, actors, { today: CONTEXT.today, includeUnpublished: false }, notes);
  return new Map(buildRoutes(model, { newsroom: true }).map((page: RoutedPage) => [page.path, pageCacheKey(buildPageData(page.route, model, CONTEXT))]));
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([path, key]) => before.get(path) !== key).map(([path]) => path).sort();
}

const edit = (id: string, change: Partial<Article>) => STORIES.map((s) => (s.id === id ? { ...s, ...change } : s));

describe('pageCacheKey', () => {
  const before = keys(STORIES);

  it('is the same for the same content', () => {
    expect(keys(STORIES)).toEqual(before);
  });

  it('changes only the story page when only its body changed', () => {
    expect(changed(before, keys(edit('en/c', { digest: 'v2' })))).toEqual(['/en/articles/c/']);
  });

  it('changes exactly the pages that show an edited title', () => {
    expect(changed(before, keys(edit('en/c', { title: 'New title' })))).toEqual(
      [
        '/en/',
        '/en/actors/y/',
        '/en/articles/c/',
        '/en/articles/d/',
        // The week's edition lists the story by its headline.
        '/en/editions/2025-w01/',
        '/en/newsroom/',
        '/en/topics/alliance/',
        // The search page's start lists the latest stories.
        '/en/search/',
        '/de/redaktion/',
      ].sort(),
    );
  });

  it('changes the other edition of an edited story, whose structured data names its headline', () => {
    expect(changed(before, keys(edit('en/a', { title: 'New title' })))).toContain('/de/artikel/a/');
  });

  it('changes every page that shows a renamed actor, and no other', () => {
    const after = changed(before, keys(STORIES, [actor('x', 'Renamed'), actor('y')]));
    expect(after).toContain('/en/articles/a/');
    expect(after).toContain('/en/actors/');
    expect(after).toContain('/en/');
    expect(after).not.toContain('/en/articles/c/');
    // The search page's start offers the most mentioned actors' names as example searches.
    expect(after).toContain('/en/search/');
  });

  it('changes the search page when a story moves into another year, and only pages showing the date', () => {
    const after = changed(before, keys(edit('en/d', { date: '2024-12-31' })));
    expect(after).toContain('/en/search/');
    // en/d has no German edition, so the German search finds it too, with its year.
    expect(after).toContain('/de/suche/');
    expect(after).not.toContain('/en/articles/a/');
  });

  it('changes the home and index pages when a new story shifts the counts', () => {
    const after = changed(before, keys([...STORIES, article('de/z', 'alliance', ['y'], '2024-01-01')]));
    expect(after).toContain('/de/');
    expect(after).toContain('/de/themen/');
    expect(after).not.toContain('/en/articles/a/');
  });

  it('changes an edition page when a headline it shows or its edition file changes, and not for a body edit', () => {
    const retitled = STORIES.map((s) => (s.id === 'en/c' ? { ...s, title: 'New headline' } : s));
    // en/c (2025-01-03) is in ISO week 2025-W01 with en/a, en/b and en/d.
    expect(changed(before, keys(retitled))).toContain('/en/editions/2025-w01/');
    const bodyEdit = STORIES.map((s) => (s.id === 'en/c' ? { ...s, digest: 'v2' } : s));
    expect(changed(before, keys(bodyEdit))).not.toContain('/en/editions/2025-w01/');
    const note = readEditionNote('editions/en/2025-w01.mdx', '---\nlead: c\n---\n\nIntro.\n');
    expect(changed(before, keys(STORIES, undefined, [note]))).toEqual(['/en/editions/', '/en/editions/2025-w01/']);
  });
});

describe('keyPage and buildKeyedPageData (the key made in getStaticPaths, checked at render)', () => {
  const model = () => buildSiteModel(STORIES, [actor('x'), actor('y')], { today: CONTEXT.today, includeUnpublished: false }, []);
  const pages = buildRoutes(model(), { newsroom: true });

  it('renders every page from its route with the data its key was made from', () => {
    const keyedModel = model();
    const renderModel = model();
    for (const { path, route } of pages) {
      const keyed = keyPage(path, route, keyedModel, CONTEXT);
      const data = buildKeyedPageData(keyed, renderModel, CONTEXT);
      expect(data.path).toBe(path);
      expect(keyed.cacheKey).toBe(pageCacheKey(data));
    }
  });

  it('stops the build when a page’s data changed between its key and its rendering', () => {
    // The home page's route is only its language: what it shows comes from the model.
    const story = pages.find(({ path }) => path === '/en/')!;
    const keyed = keyPage(story.path, story.route, model(), CONTEXT);
    const edited = buildSiteModel(edit('en/a', { title: 'Changed while the build ran' }), [actor('x'), actor('y')], { today: CONTEXT.today, includeUnpublished: false }, []);
    expect(() => buildKeyedPageData(keyed, edited, CONTEXT)).toThrow(`Page data for ${story.path} changed between its cache key and its rendering`);
    expect(() => buildKeyedPageData(keyed, model(), { ...CONTEXT, site: new URL('https://elsewhere.example/') })).toThrow('changed between its cache key');
  });

  it('refuses a route whose data claims another path', () => {
    const [first, second] = pages;
    expect(() => keyPage(second!.path, first!.route, model(), CONTEXT)).toThrow(`Page data for ${second!.path} says its path is ${first!.path}`);
  });
});
