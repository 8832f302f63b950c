import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { buildAliasPage, type AliasPageData } from './alias';
import { buildCorrectionsPage, type CorrectionsPageData } from './corrections';
import { buildEditionPage, type EditionPageData } from './edition';
import { buildEditionsPage, type EditionsPageData } from './editions';

export type DigestRoute = Extract<Route, { kind: 'edition' | 'editions' | 'corrections' | 'alias' }>;
export type DigestPageData = EditionPageData | EditionsPageData | CorrectionsPageData | AliasPageData;

export function isDigestRoute(route: Route): route is DigestRoute {
  return route.kind === 'edition' || route.kind === 'editions' || route.kind === 'corrections' || route.kind === 'alias';
}

/** Page data of the digest's page kinds: editions, their archive, corrections, old story URLs. */
export function buildDigestPage(route: DigestRoute, model: SiteModel): DigestPageData {
  switch (route.kind) {
    case 'edition':
      return buildEditionPage(route, model);
    case 'editions':
      return buildEditionsPage(route, model);
    case 'corrections':
      return buildCorrectionsPage(route, model);
    case 'alias':
      return buildAliasPage(route);
  }
}
