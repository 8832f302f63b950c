import type { Lang } from '../../i18n/config';
import { buildEditionPage } from '../pages/edition';
import type { PageContext } from '../pages/frame';
import { buildRoutes } from '../routing';
import type { SiteModel } from '../site';
import { absoluteUrl, editionUrl, homeUrl } from '../urls';
import { weekId, type IsoWeek } from '../weeks';
import { renderNewsletter, type Newsletter } from './message';

/** An edition's newsletter from the site model: the edition page's data, links absolute on `site`. */
export function newsletterFor(model: SiteModel, week: IsoWeek, lang: Lang, unsubscribe: string, context: PageContext): Newsletter | undefined {
  const site = context.site;
  const route = buildRoutes(model, { newsroom: false }).find(
    (page) => page.route.kind === 'edition' && page.route.lang === lang && page.route.edition.id === weekId(week),
  )?.route;
  if (route?.kind !== 'edition') return undefined;
  return renderNewsletter(buildEditionPage(route, model, context), {
    url: (path) => absoluteUrl(path, site),
    editionPath: editionUrl(lang, week),
    homePath: homeUrl(lang),
    unsubscribe,
  });
}
