import { getFixedT } from '../i18n/index.ts';
import { BCP47, LANGS, type Lang } from '../i18n/config.ts';
import type { Article } from './content/model.ts';
import { dayToDate } from './dates.ts';
import type { SiteModel } from './site.ts';
import { TOPIC_IDS } from './topics.ts';
import { editionNoteKey, orderEdition } from './editions.ts';
import { editionDatesText, editionTitle } from './pages/edition.ts';
import {
  actorFeedUrl,
  actorUrl,
  articleUrl,
  correctionUrl,
  correctionsFeedUrl,
  correctionsUrl,
  editionUrl,
  editionsFeedUrl,
  editionsUrl,
  feedUrl,
  homeUrl,
  topicFeedUrl,
  topicUrl,
} from './urls.ts';

const FEED_SIZE = 50;

export interface FeedSpec {
  /** Path of the feed file, from the URL builder. */
  path: string;
  lang: Lang;
  title: string;
  description: string;
  /** The HTML page the feed belongs to. */
  pagePath: string;
  articles: Article[];
  /** Items made already, for feeds of editions and corrections (then `articles` is empty). */
  items?: FeedItem[];
}

/** Every feed of the site: one per language, topic and actor. */
export function listFeeds(model: SiteModel): FeedSpec[] {
  const feeds: FeedSpec[] = [];
  for (const lang of LANGS) {
    const t = getFixedT(lang);
    const siteName = t('site.name');
    feeds.push({
      path: feedUrl(lang),
      lang,
      title: siteName,
      description: t('site.description'),
      pagePath: homeUrl(lang),
      articles: model.byLang[lang].slice(0, FEED_SIZE),
    });
    for (const topic of TOPIC_IDS) {
      feeds.push({
        path: topicFeedUrl(lang, topic),
        lang,
        title: `${t(`topic.${topic}.label`)} · ${siteName}`,
        description: t(`topic.${topic}.description`),
        pagePath: topicUrl(lang, topic),
        articles: model.byTopic[lang][topic].slice(0, FEED_SIZE),
      });
    }
    for (const [actorId, articles] of model.byActor[lang]) {
      const actor = model.actors.get(actorId);
      if (!actor) continue;
      feeds.push({
        path: actorFeedUrl(lang, actorId),
        lang,
        title: `${actor.name[lang]} · ${siteName}`,
        description: actor.role[lang],
        pagePath: actorUrl(lang, actorId),
        articles: articles.slice(0, FEED_SIZE),
      });
    }
    feeds.push(editionsFeed(model, lang), correctionsFeed(model, lang));
  }
  return feeds;
}

function editionsFeed(model: SiteModel, lang: Lang): FeedSpec {
  const t = getFixedT(lang);
  return {
    path: editionsFeedUrl(lang),
    lang,
    title: `${t('editions.title')} · ${t('site.name')}`,
    description: t('editions.intro'),
    pagePath: editionsUrl(lang),
    articles: [],
    items: model.editions[lang].slice(0, FEED_SIZE).map((edition) => {
      const lead = orderEdition(edition, model.editionNotes.get(editionNoteKey(lang, edition.id)))[0]!;
      return {
        title: editionTitle(edition),
        description: `${editionDatesText(edition)} · ${t('edition.stories', { count: edition.articles.length })}. ${t('edition.lead')}: ${lead.title}`,
        link: editionUrl(lang, edition.week),
        // The newest story's day: when the edition last grew.
        pubDate: dayToDate(edition.articles[0]!.date),
        categories: [],
      };
    }),
  };
}

function correctionsFeed(model: SiteModel, lang: Lang): FeedSpec {
  const t = getFixedT(lang);
  return {
    path: correctionsFeedUrl(lang),
    lang,
    title: `${t('corrections.title')} · ${t('site.name')}`,
    description: t('corrections.intro'),
    pagePath: correctionsUrl(lang),
    articles: [],
    items: model.corrections[lang].slice(0, FEED_SIZE).map(({ article, date, note }) => ({
      title: t('corrections.feedItem', { title: article.title }),
      description: note,
      link: correctionUrl(article, date),
      pubDate: dayToDate(date),
      categories: [t(`topic.${article.topic}.label`)],
    })),
  };
}

export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
}

/** RSS items: summary as description, topic label and actor names as categories. */
export function toFeedItems(articles: readonly Article[], model: SiteModel, lang: Lang): FeedItem[] {
  const t = getFixedT(lang);
  return articles.map((article) => ({
    title: article.title,
    description: article.summary,
    link: articleUrl(article),
    pubDate: dayToDate(article.date),
    categories: [
      t(`topic.${article.topic}.label`),
      ...article.actors.flatMap((id) => {
        const actor = model.actors.get(id);
        return actor ? [actor.name[lang]] : [];
      }),
    ],
  }));
}

export function feedLanguage(lang: Lang): string {
  return BCP47[lang].toLowerCase();
}
