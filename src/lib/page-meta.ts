import type { Translate } from '../i18n/index.ts';
import type { Lang } from '../i18n/config.ts';
import type { Route } from './routing.ts';
import type { SiteModel } from './site.ts';
import { editionDescription, editionTitle } from './pages/edition.ts';
import { actorsUrl, editionsUrl, homeUrl, topicUrl, topicsUrl } from './urls.ts';

export interface Crumb {
  label: string;
  href: string;
}

export interface PageMeta {
  /** Page heading's text; the document title adds the site name. */
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  noindex: boolean;
}

function withPageNumber(title: string, page: number, last: number, t: Translate): string {
  return page > 1 ? `${title} (${t('nav.pageOf', { page, last })})` : title;
}

/** Title, description and breadcrumbs of every route, from UI strings and content. */
export function describePage(route: Route, model: SiteModel, t: Translate): PageMeta {
  const lang: Lang = route.lang;
  const home: Crumb = { label: t('nav.home'), href: homeUrl(lang) };
  const topics: Crumb = { label: t('nav.topics'), href: topicsUrl(lang) };
  const actors: Crumb = { label: t('nav.actors'), href: actorsUrl(lang) };
  switch (route.kind) {
    case 'home':
      return {
        title: withPageNumber(t('home.heading'), route.page.page, route.page.lastPage, t),
        description: t('site.description'),
        breadcrumbs: [],
        noindex: false,
      };
    case 'article': {
      const topic: Crumb = { label: t(`topic.${route.article.topic}.label`), href: topicUrl(lang, route.article.topic) };
      return {
        title: route.article.title,
        description: route.article.summary,
        breadcrumbs: [home, topics, topic],
        noindex: route.article.draft,
      };
    }
    case 'topics':
      return { title: t('topics.title'), description: t('topics.intro'), breadcrumbs: [home], noindex: false };
    case 'topic':
      return {
        title: withPageNumber(t(`topic.${route.topic}.label`), route.page.page, route.page.lastPage, t),
        description: t(`topic.${route.topic}.description`),
        breadcrumbs: [home, topics],
        noindex: false,
      };
    case 'actors':
      return { title: t('actors.title'), description: t('actors.intro'), breadcrumbs: [home], noindex: false };
    case 'actor': {
      const actor = model.actors.get(route.actorId);
      const name = actor ? actor.name[lang] : route.actorId;
      return {
        title: withPageNumber(name, route.page.page, route.page.lastPage, t),
        description: actor ? `${name}: ${actor.role[lang]}` : name,
        breadcrumbs: [home, actors],
        noindex: false,
      };
    }
    case 'search':
      return { title: t('search.title'), description: t('search.intro'), breadcrumbs: [home], noindex: true };
    case 'newsroom':
      return { title: t('footer.newsroom'), description: t('newsroom.intro'), breadcrumbs: [home], noindex: true };
    case 'legal':
      return { title: t(`legal.${route.page}.title`), description: t(`legal.${route.page}.description`), breadcrumbs: [home], noindex: false };
    case 'notFound':
      return { title: t('notFound.title'), description: t('notFound.text'), breadcrumbs: [], noindex: true };
    case 'editions':
      return { title: t('editions.title'), description: t('editions.intro'), breadcrumbs: [home], noindex: false };
    case 'edition':
      return {
        title: editionTitle(route.edition),
        description: editionDescription(route.edition),
        breadcrumbs: [home, { label: t('nav.editions'), href: editionsUrl(lang) }],
        noindex: false,
      };
    case 'corrections':
      return { title: t('corrections.title'), description: t('corrections.intro'), breadcrumbs: [home], noindex: false };
    case 'alias':
      return { title: route.article.title, description: route.article.summary, breadcrumbs: [], noindex: true };
  }
}
