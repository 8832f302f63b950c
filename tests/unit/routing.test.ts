import { describe, expect, it } from 'vitest';
import { alternatesOf, buildRoutes, languageSwitchOf, PAGE_SIZE, UNTRANSLATED_ANCHOR } from '../../src/lib/routing';
import { buildSiteModel } from '../../src/lib/site';
import { makeActor, makeArticle } from './fixtures';

const de = makeArticle({ lang: 'de', slug: 'cloud-fuer-die-bundeswehr', translationKey: 'cloud', topic: 'defence-cloud', actors: ['hensoldt'] });
const en = makeArticle({ lang: 'en', slug: 'cloud-for-the-bundeswehr', translationKey: 'cloud', topic: 'defence-cloud', actors: ['hensoldt'] });
const onlyDe = makeArticle({ lang: 'de', slug: 'gigabit-gipfel', translationKey: 'gigabit', topic: 'budget', actors: ['bmds'] });
const draft = makeArticle({ lang: 'en', slug: 'secret', translationKey: 'secret', draft: true, actors: ['bmds'] });
const actors = [makeActor({ id: 'hensoldt', kind: 'organisation' }), makeActor({ id: 'bmds', kind: 'institution' })];
const model = buildSiteModel([de, en, onlyDe, draft], actors, { today: '2026-03-01', includeUnpublished: false });
const routes = buildRoutes(model, { newsroom: false });
const paths = routes.map((r) => r.path);

describe('routes', () => {
  it('creates every page of the URL contract in both languages', () => {
    for (const path of [
      '/de/', '/en/',
      '/de/artikel/cloud-fuer-die-bundeswehr/', '/en/articles/cloud-for-the-bundeswehr/', '/de/artikel/gigabit-gipfel/',
      '/de/themen/', '/en/topics/',
      '/de/themen/allianz/', '/de/themen/verteidigungscloud/', '/de/themen/haushalt/', '/de/themen/digitaler-euro/',
      '/en/topics/alliance/', '/en/topics/defence-cloud/', '/en/topics/budget/', '/en/topics/digital-euro/',
      '/de/akteure/', '/en/actors/', '/de/akteure/hensoldt/', '/en/actors/bmds/',
      '/de/suche/', '/en/search/', '/de/nicht-gefunden/', '/en/not-found/',
    ]) {
      expect(paths, path).toContain(path);
    }
  });

  it('never publishes a story under the other language or a draft at all', () => {
    expect(paths).not.toContain('/en/articles/gigabit-gipfel/');
    expect(paths.some((p) => p.includes('secret'))).toBe(false);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('paginates long listings as …/2/', () => {
    const many = Array.from({ length: PAGE_SIZE.topic + 1 }, (_, i) =>
      makeArticle({ lang: 'en', slug: `s${i}`, topic: 'budget', actors: ['bmds'], date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` }),
    );
    const big = buildSiteModel(many, actors, { today: '2026-03-01', includeUnpublished: false });
    const bigPaths = buildRoutes(big, { newsroom: false }).map((r) => r.path);
    expect(bigPaths).toContain('/en/topics/budget/2/');
    expect(bigPaths).not.toContain('/en/topics/budget/3/');
    expect(bigPaths).toContain('/en/2/');
    expect(bigPaths).toContain('/en/actors/bmds/2/');
  });

  it('keeps every page when the home listing reaches page 404, and every path is unique', () => {
    const count = PAGE_SIZE.home * 404;
    const many = Array.from({ length: count }, (_, i) => makeArticle({ lang: 'en', slug: `s${i}`, actors: ['bmds'], date: '2026-01-01' }));
    const bigPaths = buildRoutes(buildSiteModel(many, actors, { today: '2026-03-01', includeUnpublished: false }), { newsroom: false }).map((r) => r.path);
    expect(bigPaths).toContain('/en/404/');
    expect(bigPaths).toContain('/en/not-found/');
    expect(new Set(bigPaths).size).toBe(bigPaths.length);
  });
});

describe('alternates and the language switch', () => {
  const routeOf = (path: string) => routes.find((r) => r.path === path)!.route;

  it('links a story to its translation with a different slug', () => {
    const route = routeOf('/de/artikel/cloud-fuer-die-bundeswehr/');
    expect(alternatesOf(route, model)).toEqual({ de: '/de/artikel/cloud-fuer-die-bundeswehr/', en: '/en/articles/cloud-for-the-bundeswehr/' });
    expect(languageSwitchOf(route, model)).toEqual({ lang: 'en', href: '/en/articles/cloud-for-the-bundeswehr/', sameContent: true });
  });

  it('sends an untranslated story to its topic in the other language with a note', () => {
    const route = routeOf('/de/artikel/gigabit-gipfel/');
    expect(alternatesOf(route, model)).toEqual({ de: '/de/artikel/gigabit-gipfel/' });
    expect(languageSwitchOf(route, model)).toEqual({ lang: 'en', href: `/en/topics/budget/#${UNTRANSLATED_ANCHOR}`, sameContent: false });
  });

  it('maps index pages to their localized counterparts', () => {
    expect(alternatesOf(routeOf('/en/topics/defence-cloud/'), model)).toEqual({ de: '/de/themen/verteidigungscloud/', en: '/en/topics/defence-cloud/' });
    expect(languageSwitchOf(routeOf('/en/actors/bmds/'), model).href).toBe('/de/akteure/bmds/');
    expect(languageSwitchOf(routeOf('/de/suche/'), model).href).toBe('/en/search/');
  });
});

describe('site model', () => {
  it('indexes published stories by language, topic and actor', () => {
    expect(model.byLang.de.map((a) => a.slug)).toEqual(['cloud-fuer-die-bundeswehr', 'gigabit-gipfel']);
    expect(model.byLang.en.map((a) => a.slug)).toEqual(['cloud-for-the-bundeswehr']);
    expect(model.byTopic.de.budget.map((a) => a.slug)).toEqual(['gigabit-gipfel']);
    expect(model.byActor.en.get('bmds')).toEqual([]);
    expect(model.actorRanking[0]).toEqual({ id: 'hensoldt', count: 2 });
  });
});

describe('the language switch on a later page the other language does not have', () => {
  const many = Array.from({ length: PAGE_SIZE.topic + 1 }, (_, i) =>
    makeArticle({ lang: 'en', slug: `s${i}`, translationKey: `k${i}`, topic: 'budget', actors: ['bmds'], date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` }),
  );
  const oneDe = makeArticle({ lang: 'de', slug: 'eins', translationKey: 'k0', topic: 'budget', actors: ['bmds'], date: '2026-01-01' });
  const big = buildSiteModel([...many, oneDe], actors, { today: '2026-03-01', includeUnpublished: false });
  const bigRoutes = buildRoutes(big, { newsroom: true });
  const routeOf = (path: string) => bigRoutes.find((r) => r.path === path)!.route;

  it('leads to the first page of the same topic, actor or home, not marked as the same content', () => {
    expect(languageSwitchOf(routeOf('/en/topics/budget/2/'), big)).toEqual({ lang: 'de', href: '/de/themen/haushalt/', sameContent: false });
    expect(languageSwitchOf(routeOf('/en/actors/bmds/2/'), big)).toEqual({ lang: 'de', href: '/de/akteure/bmds/', sameContent: false });
    expect(languageSwitchOf(routeOf('/en/2/'), big)).toEqual({ lang: 'de', href: '/de/', sameContent: false });
    expect(alternatesOf(routeOf('/en/topics/budget/2/'), big)).toEqual({ en: '/en/topics/budget/2/' });
  });

  it('leads from an actor page to the same actor, page 1 existing in both languages', () => {
    expect(languageSwitchOf(routeOf('/en/actors/bmds/'), big)).toEqual({ lang: 'de', href: '/de/akteure/bmds/', sameContent: true });
    expect(alternatesOf(routeOf('/de/redaktion/'), big)).toEqual({ de: '/de/redaktion/', en: '/en/newsroom/' });
  });

  it('has no newsroom unless asked for', () => {
    expect(bigRoutes.some((r) => r.route.kind === 'newsroom')).toBe(true);
    expect(buildRoutes(big, { newsroom: false }).some((r) => r.route.kind === 'newsroom')).toBe(false);
  });
});
