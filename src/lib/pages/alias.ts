import { getFixedT } from '../../i18n';
import type { Lang } from '../../i18n/config';
import type { Route } from '../routing';
import { articleUrl } from '../urls';

/** A story's old URL: a page that sends browsers and crawlers to the current one. */
export interface AliasPageData {
  kind: 'alias';
  lang: Lang;
  /** The story's current path, from the URL builder (made absolute by the view). */
  to: string;
  title: string;
  heading: string;
  text: string;
}

export function buildAliasPage(route: Extract<Route, { kind: 'alias' }>): AliasPageData {
  const t = getFixedT(route.lang);
  return {
    kind: 'alias',
    lang: route.lang,
    to: articleUrl(route.article),
    title: route.article.title,
    heading: t('redirect.title'),
    text: t('redirect.text'),
  };
}
