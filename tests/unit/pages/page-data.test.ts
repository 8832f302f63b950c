import { describe, expect, it } from 'vitest';
import { buildActorPage } from '../../../src/lib/pages/actor';
import { buildArticlePage } from '../../../src/lib/pages/article';
import { makeArticle } from '../fixtures';
import { allPages, CONTEXT, modelOf, pageAt, routeOf, STORIES } from './fixtures';

const card = (lang: 'de' | 'en', slug: string) => {
  const story = STORIES.find((s) => s.lang === lang && s.slug === slug)!;
  const segment = lang === 'de' ? 'artikel' : 'articles';
  return { href: `/${lang}/${segment}/${slug}/`, lang, title: story.title, summary: story.summary, date: story.date, topic: story.topic, kind: story.kind };
};

describe('page data of every page', () => {
  const pages = allPages();

  it('is plain data (what the cache key digests is all there is), with the page’s own path', () => {
    for (const [path, page] of pages) {
      expect(JSON.parse(JSON.stringify(page)), path).toEqual(page);
      expect(page.path).toBe(path);
      expect(page.head.path).toBe(path);
      expect(page.head.alternates[page.lang]).toBe(path);
    }
  });

  it('is the same when built again from the same model', () => {
    expect(allPages()).toEqual(pages);
  });
});

describe('home page', () => {
  it('lists the page’s stories as cards, the topic counts and the actors with stories in the language', () => {
    const home = pageAt('/de/', 'home');
    expect(home.stories).toEqual([card('de', 'euro'), card('de', 'cloud')]);
    expect(home.topics).toEqual([
      { topic: 'alliance', count: 0 },
      { topic: 'defence-cloud', count: 1 },
      { topic: 'budget', count: 0 },
      { topic: 'digital-euro', count: 1 },
    ]);
    // Ranked over both languages, counted in this one: an actor with stories only in English and
    // an id without an actor file are left out.
    expect(home.topActors).toEqual([
      { href: '/de/akteure/wildberger/', label: 'Karsten Wildberger', count: 2 },
      { href: '/de/akteure/bmds/', label: 'Digitalministerium', count: 1 },
      { href: '/de/akteure/ecb/', label: 'Europäische Zentralbank', count: 1 },
    ]);
    expect(home.pagination).toEqual({ page: 1, lastPage: 1 });
    expect(home.languageSwitch).toEqual({ lang: 'en', href: '/en/', sameContent: true });
    expect(home.breadcrumbs).toEqual([]);
  });

  it('links later pages back and earlier pages on', () => {
    const many = Array.from({ length: 13 }, (_, i) => makeArticle({ lang: 'en', slug: `s${String(i).padStart(2, '0')}`, date: '2026-01-01' }));
    const pages = allPages(modelOf(many));
    expect(pageAt('/en/', 'home', pages).pagination).toEqual({ page: 1, lastPage: 2, next: '/en/2/' });
    expect(pageAt('/en/2/', 'home', pages).pagination).toEqual({ page: 2, lastPage: 2, previous: '/en/' });
    expect(pageAt('/en/2/', 'home', pages).stories.map((s) => s.href)).toEqual(['/en/articles/s12/']);
    expect(pageAt('/en/2/', 'home', pages).head.title).toContain('2');
  });
});

describe('article page', () => {
  it('holds what the story shows, its body by digest, the quoted actors’ names and related stories', () => {
    const page = pageAt('/de/artikel/euro/', 'article');
    expect(page.story).toMatchObject({ title: 'Euro DE', date: '2026-02-16', topic: 'digital-euro', draft: false, scheduled: false, untranslated: false });
    expect(page.story.actors).toEqual([
      { href: '/de/akteure/ecb/', name: 'Europäische Zentralbank' },
      { href: '/de/akteure/wildberger/', name: 'Karsten Wildberger' },
    ]);
    expect(page.body).toEqual({ id: 'de/euro', digest: 'd1' });
    expect(page.quoted).toEqual({ ecb: { href: '/de/akteure/ecb/', name: 'Europäische Zentralbank' } });
    expect(page.related).toEqual([card('de', 'cloud')]);
    expect(page.head.alternates).toEqual({ de: '/de/artikel/euro/', en: '/en/articles/euro-en/' });
    expect(page.breadcrumbs.map((c) => c.href)).toEqual(['/de/', '/de/themen/', '/de/themen/digitaler-euro/']);
  });

  it('names the other edition’s headline in the structured data', () => {
    const graph = pageAt('/de/artikel/euro/', 'article').head.jsonLd!['@graph'] as Record<string, unknown>[];
    const news = graph.find((node) => node['@type'] === 'NewsArticle')!;
    expect(news.headline).toBe('Euro DE');
    expect(news.workTranslation).toMatchObject({ headline: 'Euro EN', url: 'https://example.org/en/articles/euro-en/' });
  });

  it('leads an untranslated story’s switch to its topic and drops actor ids without a file', () => {
    const page = pageAt('/de/artikel/cloud/', 'article');
    expect(page.story.untranslated).toBe(true);
    expect(page.languageSwitch).toEqual({ lang: 'en', href: '/en/topics/defence-cloud/#not-translated', sameContent: false });
    expect(page.story.actors.map((a) => a.name)).toEqual(['Digitalministerium', 'Karsten Wildberger']);
  });

  it('links the weekly edition of the story’s language and ISO week, which lists the story', () => {
    expect(pageAt('/de/artikel/euro/', 'article').edition).toEqual({ href: '/de/ausgaben/2026-kw08/', title: 'Ausgabe KW 8/2026', dates: '16.–22. Februar 2026' });
    expect(pageAt('/en/articles/euro-en/', 'article').edition?.href).toBe('/en/editions/2026-w08/');
    // 30 December 2025 is in ISO week 1 of 2026.
    expect(pageAt('/de/artikel/cloud/', 'article').edition?.href).toBe('/de/ausgaben/2026-kw01/');
    // Every link leads to an edition page that lists the story.
    const pages = allPages();
    for (const [path, page] of pages) {
      if (page.kind !== 'article') continue;
      const edition = pages.get(page.edition!.href);
      expect(edition?.kind, path).toBe('edition');
      expect(JSON.stringify(edition), path).toContain(`"href":"${path}"`);
    }
  });

  it('marks a story dated after the build day as scheduled (dev server only)', () => {
    const model = modelOf(STORIES, '2026-02-16', true);
    const scheduled = buildArticlePage(routeOf(model, '/en/articles/euro-en/') as never, model, { ...CONTEXT, today: '2026-02-16' });
    const today = buildArticlePage(routeOf(model, '/de/artikel/euro/') as never, model, { ...CONTEXT, today: '2026-02-16' });
    expect(scheduled.story.scheduled).toBe(true);
    expect(today.story.scheduled).toBe(false);
  });
});

describe('topic pages', () => {
  it('group the page’s stories by month and link the feed', () => {
    const page = pageAt('/de/themen/digitaler-euro/', 'topic');
    expect(page.topic).toBe('digital-euro');
    expect(page.months).toEqual([{ month: '2026-02', stories: [card('de', 'euro')] }]);
    expect(page.feedUrl).toBe('/de/themen/digitaler-euro/rss.xml');
  });

  it('list every topic with its count', () => {
    expect(pageAt('/en/topics/', 'topics').topics.map((t) => t.count)).toEqual([0, 0, 1, 1]);
  });

  it('are empty where a language has no story of the topic', () => {
    expect(pageAt('/en/topics/alliance/', 'topic').months).toEqual([]);
  });
});

describe('actor pages', () => {
  it('group actors by kind with their counts in the language', () => {
    expect(pageAt('/en/actors/', 'actors').groups).toEqual([
      {
        kind: 'person',
        actors: [
          { href: '/en/actors/wildberger/', label: 'Karsten Wildberger', count: 1 },
          { href: '/en/actors/idle/', label: 'Nobody', count: 1 },
          { href: '/en/actors/unquoted/', label: 'Unnamed', count: 0 },
        ],
      },
      {
        kind: 'institution',
        actors: [
          { href: '/en/actors/bmds/', label: 'Digital ministry', count: 1 },
          { href: '/en/actors/ecb/', label: 'European Central Bank', count: 1 },
        ],
      },
    ]);
  });

  it('name actors in the page’s language', () => {
    expect(pageAt('/de/akteure/', 'actors').groups[1]!.actors.map((a) => a.label)).toEqual(['Digitalministerium', 'Europäische Zentralbank']);
  });

  it('show the actor, its stories and the actors it shares stories with', () => {
    const page = pageAt('/de/akteure/wildberger/', 'actor');
    expect(page.actor).toEqual({ id: 'wildberger', kind: 'person', name: 'Karsten Wildberger', role: 'Minister' });
    expect(page.stories).toEqual([card('de', 'euro'), card('de', 'cloud')]);
    expect(page.coActors).toEqual([
      { href: '/de/akteure/bmds/', label: 'Digitalministerium', count: 1 },
      { href: '/de/akteure/ecb/', label: 'Europäische Zentralbank', count: 1 },
    ]);
    expect(page.feedUrl).toBe('/de/akteure/wildberger/rss.xml');
  });

  it('refuse an actor without a file rather than print an empty page', () => {
    const model = modelOf();
    expect(() => buildActorPage({ kind: 'actor', lang: 'de', actorId: 'unknown', page: { items: [], page: 1, lastPage: 1 } }, model, CONTEXT)).toThrow(/unknown/);
  });
});

describe('search page', () => {
  it('offers the years of every story the index holds, newest first, with the other language’s untranslated ones', () => {
    // 2025 is only the German-only story's year, which the English search finds too.
    expect(pageAt('/en/search/', 'search').years).toEqual(['2026', '2025']);
    expect(pageAt('/en/search/', 'search').indexUrl).toBe('/search/en/index.json');
    expect(pageAt('/de/suche/', 'search').topics[0]).toEqual({ topic: 'alliance', href: '/de/themen/allianz/' });
  });

  it('changes its years when a story moves into another year', () => {
    const moved = STORIES.map((s) => (s.slug === 'cloud' ? { ...s, date: '2026-01-02' } : s));
    expect(pageAt('/en/search/', 'search', allPages(modelOf(moved))).years).toEqual(['2026']);
  });

  it('leaves drafts’ years out (the dev server builds drafts)', () => {
    const draft = makeArticle({ lang: 'en', slug: 'draft', date: '2019-05-05', draft: true });
    expect(pageAt('/en/search/', 'search', allPages(modelOf([...STORIES, draft], CONTEXT.today, true))).years).toEqual(['2026', '2025']);
  });
});

describe('newsroom and not-found pages', () => {
  it('report each story’s editions with links, last change and which one is behind', () => {
    const page = pageAt('/en/newsroom/', 'newsroom');
    const euro = page.stories.find((s) => s.translationKey === 'euro')!;
    expect(euro.editions).toEqual({
      de: { href: '/de/artikel/euro/', title: 'Euro DE', lastChanged: '2026-02-16', behind: { lang: 'en', lastChanged: '2026-02-17' } },
      en: { href: '/en/articles/euro-en/', title: 'Euro EN', lastChanged: '2026-02-17' },
    });
    expect(page.counts).toMatchObject({ stories: 3, upToDate: 0, missing: { de: 1, en: 1 }, outdated: { de: 1, en: 0 } });
    expect(page.head.noindex).toBe(true);
  });

  it('keep the not-found page out of search engines', () => {
    const page = pageAt('/de/nicht-gefunden/', 'notFound');
    expect(page.head.noindex).toBe(true);
    expect(page.head.title).toBe('Seite nicht gefunden');
  });
});
