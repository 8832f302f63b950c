import { getFixedT } from '../../i18n/index.ts';
import { LANGS, type Lang } from '../../i18n/config.ts';
import type { Article } from '../content/model.ts';
import { formatDate } from '../dates.ts';
import type { Route } from '../routing.ts';
import type { SiteModel } from '../site.ts';
import { TOPIC_IDS, TOPICS } from '../topics.ts';
import { editionDatesText, editionTitle } from '../pages/edition.ts';
import { actorUrl, actorsUrl, articleUrl, editionUrl, editionsUrl, homeUrl, ogImageUrl, rootUrl, topicUrl, topicsUrl } from '../urls.ts';
import type { CardContent } from './card-layout.ts';

/** The site's accent colour, for cards that belong to no topic. */
const SITE_COLOR = '#17457a';

export interface OgCard {
  /** Path of the PNG, from `ogImageUrl`. */
  path: string;
  content: CardContent;
}

/**
 * The card a page shares: its own for stories, topics, actors, home and index pages (later
 * pages of a listing share the first page's card); the language's home card for utility pages.
 */
export function cardPathOf(route: Route): string {
  switch (route.kind) {
    case 'home':
      return ogImageUrl(homeUrl(route.lang));
    case 'article':
      return ogImageUrl(articleUrl(route.article));
    case 'topics':
      return ogImageUrl(topicsUrl(route.lang));
    case 'topic':
      return ogImageUrl(topicUrl(route.lang, route.topic));
    case 'actors':
      return ogImageUrl(actorsUrl(route.lang));
    case 'actor':
      return ogImageUrl(actorUrl(route.lang, route.actorId));
    case 'editions':
      return ogImageUrl(editionsUrl(route.lang));
    case 'edition':
      return ogImageUrl(editionUrl(route.lang, route.edition.week));
    case 'search':
    case 'newsroom':
    case 'legal':
    case 'notFound':
    case 'corrections':
    case 'alias':
      return ogImageUrl(homeUrl(route.lang));
  }
}

/** The language chooser's card at `/`, also used by the bilingual 404 page. */
export function rootCardPath(): string {
  return ogImageUrl(rootUrl());
}

function articleCard(article: Article): OgCard {
  const t = getFixedT(article.lang);
  return {
    path: ogImageUrl(articleUrl(article)),
    content: {
      eyebrow: t(`topic.${article.topic}.label`),
      title: article.title,
      siteName: t('site.name'),
      meta: formatDate(article.date, article.lang),
      color: TOPICS[article.topic].color,
    },
  };
}

function languageCards(lang: Lang, model: SiteModel): OgCard[] {
  const t = getFixedT(lang);
  const siteName = t('site.name');
  const base = { siteName, color: SITE_COLOR };
  const cards: OgCard[] = [
    {
      path: ogImageUrl(homeUrl(lang)),
      content: { ...base, eyebrow: t('home.latest'), title: t('home.heading'), subtitle: t('site.tagline') },
    },
    {
      path: ogImageUrl(topicsUrl(lang)),
      content: { ...base, eyebrow: siteName, title: t('topics.title'), subtitle: t('topics.intro') },
    },
    {
      path: ogImageUrl(actorsUrl(lang)),
      content: { ...base, eyebrow: siteName, title: t('actors.title'), subtitle: t('actors.intro') },
    },
  ];
  for (const topic of TOPIC_IDS) {
    cards.push({
      path: ogImageUrl(topicUrl(lang, topic)),
      content: {
        ...base,
        eyebrow: t('nav.topics'),
        title: t(`topic.${topic}.label`),
        subtitle: t(`topic.${topic}.description`),
        meta: t('article.count', { count: model.byTopic[lang][topic].length }),
        color: TOPICS[topic].color,
      },
    });
  }
  for (const actorId of model.byActor[lang].keys()) {
    const actor = model.actors.get(actorId);
    if (!actor) continue;
    cards.push({
      path: ogImageUrl(actorUrl(lang, actorId)),
      content: {
        ...base,
        eyebrow: t(`actor.kind.${actor.kind}`),
        title: actor.name[lang],
        subtitle: actor.role[lang],
        meta: t('article.count', { count: model.byActor[lang].get(actorId)?.length ?? 0 }),
      },
    });
  }
  cards.push({
    path: ogImageUrl(editionsUrl(lang)),
    content: { ...base, eyebrow: siteName, title: t('editions.title'), subtitle: t('editions.intro') },
  });
  for (const edition of model.editions[lang]) {
    cards.push({
      path: ogImageUrl(editionUrl(lang, edition.week)),
      content: {
        ...base,
        eyebrow: t('edition.kicker'),
        title: editionTitle(edition),
        subtitle: editionDatesText(edition),
        meta: t('edition.stories', { count: edition.articles.length }),
      },
    });
  }
  return [...cards, ...model.byLang[lang].map(articleCard)];
}

/** Every card of the site, one per shareable page and language, plus the chooser's. */
export function listOgCards(model: SiteModel): OgCard[] {
  const de = getFixedT('de');
  const en = getFixedT('en');
  const root: OgCard = {
    path: rootCardPath(),
    content: {
      eyebrow: `${de('lang.name.de')} · ${en('lang.name.en')}`,
      title: de('site.name'),
      subtitle: `${de('site.tagline')} · ${en('site.tagline')}`,
      siteName: de('site.name'),
      color: SITE_COLOR,
    },
  };
  return [root, ...LANGS.flatMap((lang) => languageCards(lang, model))];
}
