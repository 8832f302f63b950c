import { createHash } from 'node:crypto';
import { otherLang } from '../i18n/config';
import type { Article } from './content/model';
import { rankCoActors } from './listing';
import { selectFrontPage } from './pages/front-page';
import { selectSearchStart } from './pages/search-start';
import { findRelatedIndexed } from './related';
import { alternatesOf, languageSwitchOf, type Route } from './routing';
import type { SiteModel } from './site';
import { findTranslation } from './translations';
import { TOPIC_IDS } from './topics';

/**
 * Astro's incremental build skips a page whose `cacheKey` and code are unchanged since the last
 * build. The key must therefore change whenever anything the page shows changes: the stories it
 * renders or lists (by content digest), its neighbours (related stories, alternates, switcher)
 * and the site-wide counts the home and index pages show. Code and UI strings are tracked by
 * Astro through the module graph, so they are not part of the key.
 */
export function pageCacheKey(route: Route, model: SiteModel): string {
  return createHash('sha256').update(JSON.stringify(pageInputs(route, model))).digest('base64url');
}

/** What a page depends on, as plain data (exported for tests). */
export function pageInputs(route: Route, model: SiteModel): unknown {
  const shared = {
    kind: route.kind,
    lang: route.lang,
    alternates: alternatesOf(route, model),
    languageSwitch: languageSwitchOf(route, model),
    // Actor names appear on cards, chips and quotes; they rarely change, so any edit re-renders all.
    actors: actorsFingerprint(model),
  };
  switch (route.kind) {
    case 'article': {
      // The other edition's headline is in the page's structured data (workTranslation).
      const translation = findTranslation(model.pairs, route.article, otherLang(route.lang));
      return {
        ...shared,
        story: fingerprint(route.article),
        translation: translation && fingerprint(translation),
        related: findRelatedIndexed(route.article, model).map(fingerprint),
      };
    }
    case 'home':
      return { ...shared, page: pageOf(route.page), counts: countsOf(model, route.lang), ranking: model.actorRanking, front: frontOf(route, model) };
    case 'topic':
      return { ...shared, topic: route.topic, page: pageOf(route.page) };
    case 'actor':
      return {
        ...shared,
        actorId: route.actorId,
        page: pageOf(route.page),
        coActors: rankCoActors(route.actorId, model.byActor[route.lang].get(route.actorId) ?? []),
      };
    case 'topics':
    case 'actors':
      return { ...shared, counts: countsOf(model, route.lang) };
    case 'newsroom':
      return { ...shared, pairs: [...model.pairs].map(([key, pair]) => [key, pair.de && fingerprint(pair.de), pair.en && fingerprint(pair.en)]) };
    case 'legal':
      return { ...shared, page: route.page, publisher: model.publisher };
    case 'search': {
      const start = selectSearchStart(model, route.lang);
      return { ...shared, start: { ...start, latest: start.latest.map(fingerprint) } };
    }
    case 'notFound':
      return shared;
  }
}

/** A story's identity and content: the loader's digest of the whole file when there is one. */
function fingerprint(article: Article): string {
  return `${article.id}:${article.digest ?? JSON.stringify(article)}`;
}

/** The first home page shows the lead, secondary stories and topic sections, older stories included. */
function frontOf(route: Extract<Route, { kind: 'home' }>, model: SiteModel) {
  if (route.page.page !== 1) return undefined;
  const front = selectFrontPage(model.byLang[route.lang], model.byTopic[route.lang]);
  return {
    lead: front.lead && fingerprint(front.lead),
    secondary: front.secondary.map(fingerprint),
    sections: front.sections.map((section) => [section.topic, section.total, section.stories.map(fingerprint)]),
  };
}

function pageOf(page: { items: Article[]; page: number; lastPage: number }) {
  return { page: page.page, lastPage: page.lastPage, items: page.items.map(fingerprint) };
}

function countsOf(model: SiteModel, lang: Route['lang']) {
  return {
    topics: TOPIC_IDS.map((topic) => model.byTopic[lang][topic].length),
    actors: [...model.byActor[lang]].map(([id, stories]) => [id, stories.length]),
  };
}

const actorFingerprints = new WeakMap<SiteModel, string>();

function actorsFingerprint(model: SiteModel): string {
  let value = actorFingerprints.get(model);
  if (value === undefined) {
    value = createHash('sha256').update(JSON.stringify([...model.actors])).digest('base64url');
    actorFingerprints.set(model, value);
  }
  return value;
}
