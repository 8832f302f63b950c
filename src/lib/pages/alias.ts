import { getFixedT } from '../../i18n';
import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { articleUrl } from '../urls';
import { buildFrame, type PageContext, type PageFrame } from './frame';

/** A story's old URL: a page that sends browsers and crawlers to the current one. */
export interface AliasPageData extends PageFrame {
  kind: 'alias';
  /** The story's current path, from the URL builder (made absolute by the view). */
  to: string;
  /** The story's headline. */
  title: string;
  heading: string;
  text: string;
}

export function buildAliasPage(route: Extract<Route, { kind: 'alias' }>, model: SiteModel, context: PageContext): AliasPageData {
  const t = getFixedT(route.lang);
  return {
    kind: 'alias',
    ...buildFrame(route, model, context, t),
    to: articleUrl(route.article),
    title: route.article.title,
    heading: t('redirect.title'),
    text: t('redirect.text'),
  };
}
