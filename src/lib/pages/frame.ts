import { getFixedT, type Translate } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/config.ts';
import type { Article } from '../content/model.ts';
import type { StoryKind } from '../content/schema.ts';
import type { Page } from '../listing.ts';
import { describePage, type Crumb } from '../page-meta.ts';
import { alternatesOf, languageSwitchOf, type LanguageSwitch, type Route } from '../routing.ts';
import type { StoryMeta } from '../seo/head-meta.ts';
import { describeSeo } from '../seo/page-seo.ts';
import type { JsonLdNode } from '../seo/structured-data.ts';
import type { SiteModel } from '../site.ts';
import type { TopicId } from '../topics.ts';
import { articleUrl } from '../urls.ts';

/** What page data is computed from besides the route and the model: no clock or environment reads. */
export interface PageContext {
  /** The site's origin, for absolute URLs in the head and structured data. */
  site: URL;
  /** The build's day in Europe/Berlin (`YYYY-MM-DD`). */
  today: string;
}

/** Everything `Head.astro` prints: title, description, canonical path, hreflang, cards, JSON-LD. */
export interface HeadData {
  lang: Lang;
  /** Page title without the site name. */
  title: string;
  description: string;
  /** Site-relative path of this page, from the URL builder. */
  path: string;
  /** This page in every language where it exists (hreflang). */
  alternates: Partial<Record<Lang, string>>;
  noindex?: boolean;
  /** Site path of the page's Open Graph card; the chooser's card when omitted. */
  ogImagePath?: string;
  /** Publication data of a story: makes `og:type` an article. */
  story?: StoryMeta;
  /** The page's schema.org graph. */
  jsonLd?: JsonLdNode;
}

/** What every routed page shows around its view: head, language switch, breadcrumbs. */
export interface PageFrame {
  lang: Lang;
  path: string;
  head: HeadData;
  languageSwitch: LanguageSwitch;
  breadcrumbs: Crumb[];
}

/** A story as a listing shows it (`ArticleCard.astro`). */
export interface StoryCard {
  href: string;
  lang: Lang;
  title: string;
  summary: string;
  /** `YYYY-MM-DD` */
  date: string;
  topic: TopicId;
  /** News, analysis, week in review or explainer: shown above the headline. */
  kind: StoryKind;
}

/** A link with a number beside it (actors with their stories, co-actors). */
export interface CountedLink {
  href: string;
  label: string;
  count: number;
}

/** Previous and next links of a paginated listing (`Pagination.astro`). */
export interface Pagination {
  page: number;
  lastPage: number;
  previous?: string;
  next?: string;
}

export function buildFrame(route: Route, model: SiteModel, context: PageContext, t: Translate = getFixedT(route.lang)): PageFrame {
  const alternates = alternatesOf(route, model);
  const path = alternates[route.lang];
  if (!path) throw new Error(`No path for a ${route.kind} page in ${route.lang}`);
  const meta = describePage(route, model, t);
  const seo = describeSeo(route, path, meta, { model, t, site: context.site });
  return {
    lang: route.lang,
    path,
    head: { lang: route.lang, title: meta.title, description: meta.description, path, alternates, noindex: meta.noindex, ...seo },
    languageSwitch: languageSwitchOf(route, model),
    breadcrumbs: meta.breadcrumbs,
  };
}

export function toStoryCard(article: Article): StoryCard {
  return { href: articleUrl(article), lang: article.lang, title: article.title, summary: article.summary, date: article.date, topic: article.topic, kind: article.kind };
}

export function paginationOf(page: Page<unknown>, hrefOf: (page: number) => string): Pagination {
  return {
    page: page.page,
    lastPage: page.lastPage,
    ...(page.page > 1 && { previous: hrefOf(page.page - 1) }),
    ...(page.page < page.lastPage && { next: hrefOf(page.page + 1) }),
  };
}
