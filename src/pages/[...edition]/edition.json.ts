import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRoutes, loadSite, pageContext } from '../../data/site';
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
    const data = buildEditionPage(route, model, pageContext);
    return [{ params: { edition: editionDataUrl(route.lang, route.edition.week).replace(/^\/|\/edition\.json$/g, '') }, props: { edition: toNewsletterEdition(data, pageContext.site) } }];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: NewsletterEdition }> = ({ props }) =>
  new Response(`${JSON.stringify(props.edition)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
