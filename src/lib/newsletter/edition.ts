import type { EditionPageData } from '../pages/edition';
import { absoluteUrl, homeUrl } from '../urls';
import { renderNewsletter, type Newsletter } from './message';

/**
 * What the build writes for the newsletter (`editionDataUrl`): the edition page's own data,
 * without the head and navigation only a web page has, and the origin its links belong to.
 */
export type NewsletterEdition = Omit<EditionPageData, 'head' | 'languageSwitch' | 'breadcrumbs'> & { siteUrl: string };

export function toNewsletterEdition(data: EditionPageData, site: URL | string): NewsletterEdition {
  const { head: _head, languageSwitch: _switch, breadcrumbs: _crumbs, ...edition } = data;
  return { ...edition, siteUrl: new URL(site).href };
}

/** The edition's newsletter, links absolute on the origin the build used. */
export function newsletterOf(edition: NewsletterEdition, unsubscribe: string): Newsletter {
  return renderNewsletter(edition, {
    url: (path) => absoluteUrl(path, edition.siteUrl),
    editionPath: edition.path,
    homePath: homeUrl(edition.lang),
    unsubscribe,
  });
}
