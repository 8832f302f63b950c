import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { buildActorPage, type ActorPage } from './actor';
import { buildActorsPage, type ActorsPage } from './actors';
import { buildAliasPage, type AliasPageData } from './alias';
import { buildArticlePage, type ArticlePage } from './article';
import { buildCorrectionsPage, type CorrectionsPageData } from './corrections';
import { buildEditionPage, type EditionPageData } from './edition';
import { buildEditionsPage, type EditionsPageData } from './editions';
import type { PageContext } from './frame';
import { buildHomePage, type HomePage } from './home';
import { buildLegalPageData, type LegalPageView } from './legal';
import { buildNewsroomPage, type NewsroomPage } from './newsroom';
import { buildNotFoundPage, type NotFoundPage } from './not-found';
import { buildSearchPage, type SearchPage } from './search';
import { buildTopicPage, type TopicPage } from './topic';
import { buildTopicsPage, type TopicsPage } from './topics';

export type { PageContext } from './frame';

/** Exactly what one page shows: the view renders only this, the incremental build keys on it. */
export type PageData =
  | HomePage
  | ArticlePage
  | TopicsPage
  | TopicPage
  | ActorsPage
  | ActorPage
  | SearchPage
  | NewsroomPage
  | LegalPageView
  | NotFoundPage
  | EditionPageData
  | EditionsPageData
  | CorrectionsPageData
  | AliasPageData;

/** The page data of a route, by its kind (one pure function per kind in this folder). */
export function buildPageData(route: Route, model: SiteModel, context: PageContext): PageData {
  switch (route.kind) {
    case 'home':
      return buildHomePage(route, model, context);
    case 'article':
      return buildArticlePage(route, model, context);
    case 'topics':
      return buildTopicsPage(route, model, context);
    case 'topic':
      return buildTopicPage(route, model, context);
    case 'actors':
      return buildActorsPage(route, model, context);
    case 'actor':
      return buildActorPage(route, model, context);
    case 'search':
      return buildSearchPage(route, model, context);
    case 'newsroom':
      return buildNewsroomPage(route, model, context);
    case 'legal':
      return buildLegalPageData(route, model, context);
    case 'notFound':
      return buildNotFoundPage(route, model, context);
    case 'edition':
      return buildEditionPage(route, model, context);
    case 'editions':
      return buildEditionsPage(route, model, context);
    case 'corrections':
      return buildCorrectionsPage(route, model, context);
    case 'alias':
      return buildAliasPage(route, model, context);
  }
}
