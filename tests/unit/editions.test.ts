import { describe, expect, it } from 'vitest';
import type { EditionNote } from '../../src/lib/content/edition-note';
import { readEditionNote } from '../../src/lib/content/edition-note';
import { buildEditionPage } from '../../src/lib/pages/edition';
import { buildEditionsPage } from '../../src/lib/pages/editions';
import { alternatesOf, buildRoutes, languageSwitchOf, type Route } from '../../src/lib/routing';
import { buildSiteModel, type SiteModel } from '../../src/lib/site';
import { makeActor, makeArticle } from './fixtures';

const ACTORS = [makeActor({ id: 'karsten-wildberger' }), makeActor({ id: 'eco', name: { de: 'eco', en: 'eco' } })];
const TODAY = '2026-02-20';
const CONTEXT = { site: new URL('https://example.org/'), today: TODAY };

function model(notes: EditionNote[] = []): SiteModel {
  return buildSiteModel(
    [
      makeArticle({ lang: 'de', slug: 'montag', date: '2026-02-16', actors: ['eco'], topic: 'budget' }),
      makeArticle({ lang: 'de', slug: 'mittwoch', date: '2026-02-18', actors: ['eco', 'karsten-wildberger'] }),
      makeArticle({ lang: 'de', slug: 'samstag-vorwoche', date: '2026-02-14' }),
      makeArticle({ lang: 'de', slug: 'entwurf', date: '2026-02-17', draft: true }),
      makeArticle({ lang: 'de', slug: 'morgen', date: '2026-02-21' }),
      makeArticle({ lang: 'de', slug: 'silvester', date: '2025-12-29' }),
      makeArticle({ lang: 'en', slug: 'monday', date: '2026-02-16', translationKey: 'montag' }),
    ],
    ACTORS,
    { today: TODAY, includeUnpublished: false },
    notes,
  );
}

function editionRoute(m: SiteModel, lang: 'de' | 'en', id: string): Extract<Route, { kind: 'edition' }> {
  const found = buildRoutes(m, { newsroom: false }).find((page) => page.route.kind === 'edition' && page.route.lang === lang && page.route.edition.id === id);
  if (!found || found.route.kind !== 'edition') throw new Error(`no edition ${lang} ${id}`);
  return found.route;
}

describe('editions', () => {
  it('has one edition per ISO week with published stories, newest first; drafts and future stories in none', () => {
    const m = model();
    expect(m.editions.de.map((e) => e.id)).toEqual(['2026-W08', '2026-W07', '2026-W01']);
    expect(m.editions.de[0]!.articles.map((a) => a.slug)).toEqual(['mittwoch', 'montag']);
    expect(m.editions.en.map((e) => e.id)).toEqual(['2026-W08']);
  });

  it('has a page per edition and an archive per language at the URL builder’s paths', () => {
    const paths = buildRoutes(model(), { newsroom: false }).map((page) => page.path);
    expect(paths).toContain('/de/ausgaben/');
    expect(paths).toContain('/de/ausgaben/2026-kw08/');
    expect(paths).toContain('/de/ausgaben/2026-kw01/');
    expect(paths).toContain('/en/editions/2026-w08/');
    expect(paths).not.toContain('/en/editions/2026-w07/');
  });

  it('pairs editions of the same week for hreflang and the switcher', () => {
    const m = model();
    expect(alternatesOf(editionRoute(m, 'de', '2026-W08'), m)).toEqual({ de: '/de/ausgaben/2026-kw08/', en: '/en/editions/2026-w08/' });
    const lonely = editionRoute(m, 'de', '2026-W07');
    expect(alternatesOf(lonely, m)).toEqual({ de: '/de/ausgaben/2026-kw07/' });
    expect(languageSwitchOf(lonely, m)).toEqual({ lang: 'en', href: '/en/editions/', sameContent: false });
  });

  it('opens with the newest story, links neighbours and counts the week’s actors', () => {
    const m = model();
    const data = buildEditionPage(editionRoute(m, 'de', '2026-W08'), m, CONTEXT);
    expect(data.title).toBe('Ausgabe KW 8/2026');
    expect(data.datesText).toBe('16.–22. Februar 2026');
    expect(data.lead.href).toBe('/de/artikel/mittwoch/');
    expect(data.highlights.map((s) => s.id)).toEqual(['de/montag']);
    expect(data.topics.map((g) => [g.topic, g.stories.map((s) => s.id)])).toEqual([
      ['alliance', ['de/mittwoch']],
      ['budget', ['de/montag']],
    ]);
    expect(data.actors.map((a) => [a.id, a.countText])).toEqual([
      ['eco', '2 Artikel'],
      ['karsten-wildberger', '1 Artikel'],
    ]);
    expect(data.previous).toEqual({ href: '/de/ausgaben/2026-kw07/', label: 'KW 7/2026' });
    expect(data.next).toBeUndefined();
    expect(data.intro).toEqual([]);
  });

  it('follows the edition file: intro, lead and order; unpublished stories it names are left out', () => {
    const note = readEditionNote('editions/de/2026-w08.mdx', '---\nlead: montag\norder: [entwurf, mittwoch]\n---\n\nErster Absatz\nin zwei Zeilen.\n\nZweiter <b>Absatz</b>.\n');
    const m = model([note]);
    const data = buildEditionPage(editionRoute(m, 'de', '2026-W08'), m, CONTEXT);
    expect(data.lead.id).toBe('de/montag');
    expect(data.highlights.map((s) => s.id)).toEqual(['de/mittwoch']);
    expect(data.intro).toEqual(['Erster Absatz in zwei Zeilen.', 'Zweiter <b>Absatz</b>.']);
  });

  it('lists the archive by ISO week-year, newest first', () => {
    const m = model();
    const data = buildEditionsPage({ kind: 'editions', lang: 'de' }, m, CONTEXT);
    expect(data.years.map((y) => [y.year, y.editions.map((e) => e.href)])).toEqual([
      [2026, ['/de/ausgaben/2026-kw08/', '/de/ausgaben/2026-kw07/', '/de/ausgaben/2026-kw01/']],
    ]);
    expect(data.years[0]!.editions[0]!.leadTitle).toBe('Title mittwoch');
  });
});

describe('old story URLs (aliases)', () => {
  it('get a redirect page each and a redirect for web servers', async () => {
    const { listRedirects } = await import('../../src/lib/redirects');
    const m = buildSiteModel([makeArticle({ lang: 'de', slug: 'neu', aliases: ['alt', 'uralt'] })], ACTORS, { today: TODAY, includeUnpublished: false });
    expect(listRedirects(buildRoutes(m, { newsroom: false }))).toEqual([
      { from: '/de/artikel/alt/', to: '/de/artikel/neu/', status: 301 },
      { from: '/de/artikel/uralt/', to: '/de/artikel/neu/', status: 301 },
    ]);
  });

  it('stop the build when one would take another page’s path, naming both story files', () => {
    const m = buildSiteModel(
      [makeArticle({ lang: 'de', slug: 'neu', aliases: ['alt'] }), makeArticle({ lang: 'de', slug: 'alt' })],
      ACTORS,
      { today: TODAY, includeUnpublished: false },
    );
    expect(() => buildRoutes(m, { newsroom: false })).toThrow(
      'Two pages would have the path /de/artikel/alt/ (the story articles/de/alt.mdx and aliases: [alt] of articles/de/neu.mdx); remove or change the alias',
    );
  });
});
