import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRoutes, loadSite, pageContext } from '../../data/site';
import { endpointCacheKey } from '../../lib/cache-key';
import { toNewsletterEdition, type NewsletterEdition } from '../../lib/newsletter/edition';
import { buildEditionPage } from '../../lib/pages/edition';
import { editionDataUrl } from '../../lib/urls';

/**
 * `editionDataUrl(lang, week)`: each edition's page data, which `npm run newsletter` turns into
 * email. The newsletter thus shows exactly what the edition page shows, from the build's model.
 */
export const getStaticPaths = (async () => {
  const [routes, model] = await Promise.all([loadRoutes(), loadSite()]);
  return routes.flatMap(({ route }) => {
    if (route.kind !== 'edition') return [];
    const props = { edition: toNewsletterEdition(buildEditionPage(route, model, pageContext), pageContext.site) };
    // The file is exactly these props: unchanged props, an unchanged file (not written again).
    return [{ params: { edition: editionDataUrl(route.lang, route.edition.week).replace(/^\/|\/edition\.json$/g, '') }, props, cacheKey: endpointCacheKey(props) }];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: NewsletterEdition }> = ({ props }) =>
  new Response(`${JSON.stringify(props.edition)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
