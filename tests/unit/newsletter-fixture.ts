import { loadSiteFromDisk } from '../../src/data/content-on-disk';
import type { Lang } from '../../src/i18n/config';
import { newsletterFor } from '../../src/lib/newsletter/edition';
import type { Newsletter } from '../../src/lib/newsletter/message';
import { buildEditionPage, type EditionPageData } from '../../src/lib/pages/edition';
import { buildRoutes } from '../../src/lib/routing';

export const SITE = 'https://souveraen-digest.eu';
export const UNSUBSCRIBE = 'https://lists.example.org/unsubscribe/digest';
/** The site's content as of the Monday after week 8: both of its editions are out. */
export const TODAY = '2026-02-23';
export const W08 = { year: 2026, week: 8 };

/** The newsletter of week 8 and the edition page data it was made from. */
export function week8(lang: Lang): { letter: Newsletter; data: EditionPageData } {
  const model = loadSiteFromDisk('./content', TODAY);
  const route = buildRoutes(model, { newsroom: false }).find((p) => p.route.kind === 'edition' && p.route.lang === lang && p.route.edition.id === '2026-W08')!.route;
  if (route.kind !== 'edition') throw new Error('no edition');
  const context = { site: new URL(SITE), today: TODAY };
  return { letter: newsletterFor(model, W08, lang, UNSUBSCRIBE, context)!, data: buildEditionPage(route, model, context) };
}
