import type { Article } from '../../../src/lib/content/model';
import { buildPageData, type PageContext, type PageData } from '../../../src/lib/pages';
import { buildRoutes, type Route } from '../../../src/lib/routing';
import { buildSiteModel, type SiteModel } from '../../../src/lib/site';
import { makeActor, makeArticle } from '../fixtures';

export const CONTEXT: PageContext = { site: new URL('https://example.org/'), today: '2026-03-01' };

export const ACTORS = [
  makeActor({ id: 'ecb', kind: 'institution', name: { de: 'Europäische Zentralbank', en: 'European Central Bank' }, role: { de: 'Notenbank', en: 'Central bank' } }),
  makeActor({ id: 'wildberger', kind: 'person', name: { de: 'Karsten Wildberger', en: 'Karsten Wildberger' }, role: { de: 'Minister', en: 'Minister' } }),
  makeActor({ id: 'bmds', kind: 'institution', name: { de: 'Digitalministerium', en: 'Digital ministry' } }),
  makeActor({ id: 'idle', kind: 'person', name: { de: 'Niemand', en: 'Nobody' } }),
  makeActor({ id: 'unquoted', kind: 'person', name: { de: 'Ungenannt', en: 'Unnamed' } }),
];

/** Two paired stories, one German-only story from the year before, one English-only story. */
export const STORIES: Article[] = [
  makeArticle({ lang: 'de', slug: 'euro', translationKey: 'euro', title: 'Euro DE', date: '2026-02-16', topic: 'digital-euro', actors: ['ecb', 'wildberger'], digest: 'd1', quotedActors: ['ecb'] }),
  makeArticle({ lang: 'en', slug: 'euro-en', translationKey: 'euro', title: 'Euro EN', date: '2026-02-17', topic: 'digital-euro', actors: ['ecb', 'wildberger'], digest: 'd2' }),
  makeArticle({ lang: 'de', slug: 'cloud', translationKey: 'cloud', title: 'Cloud DE', date: '2025-12-30', topic: 'defence-cloud', actors: ['bmds', 'wildberger', 'unknown'], digest: 'd3' }),
  makeArticle({ lang: 'en', slug: 'budget', translationKey: 'budget', title: 'Budget EN', date: '2026-01-05', topic: 'budget', actors: ['bmds', 'idle'], digest: 'd4' }),
];

export function modelOf(stories: readonly Article[] = STORIES, today = CONTEXT.today, includeUnpublished = false): SiteModel {
  return buildSiteModel(stories, ACTORS, { today, includeUnpublished });
}

/** Every page of the model with its data, by path. */
export function allPages(model: SiteModel = modelOf(), context: PageContext = CONTEXT): Map<string, PageData> {
  return new Map(buildRoutes(model, { newsroom: true }).map(({ path, route }) => [path, buildPageData(route, model, context)]));
}

export function pageAt<K extends PageData['kind']>(path: string, kind: K, pages = allPages()): Extract<PageData, { kind: K }> {
  const page = pages.get(path);
  if (!page) throw new Error(`no page at ${path}`);
  if (page.kind !== kind) throw new Error(`${path} is a ${page.kind} page`);
  return page as Extract<PageData, { kind: K }>;
}

export function routeOf(model: SiteModel, path: string): Route {
  const found = buildRoutes(model, { newsroom: true }).find((page) => page.path === path);
  if (!found) throw new Error(`no route at ${path}`);
  return found.route;
}
