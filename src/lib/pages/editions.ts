import { getFixedT } from '../../i18n';
import type { Lang } from '../../i18n/config';
import { orderEdition, editionNoteKey } from '../editions';
import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { editionUrl, editionsFeedUrl } from '../urls';
import { editionDatesText, editionTitle } from './edition';

export interface EditionsPageData {
  kind: 'editions';
  lang: Lang;
  /** Newest year first, each year's editions newest first. */
  years: {
    year: number;
    editions: { id: string; href: string; title: string; datesText: string; countText: string; leadTitle: string }[];
  }[];
  feedHref: string;
}

/** The archive of a language's editions, by year. */
export function buildEditionsPage(route: Extract<Route, { kind: 'editions' }>, model: SiteModel): EditionsPageData {
  const { lang } = route;
  const t = getFixedT(lang);
  const years: EditionsPageData['years'] = [];
  for (const edition of model.editions[lang]) {
    let group = years.at(-1);
    if (group?.year !== edition.week.year) years.push((group = { year: edition.week.year, editions: [] }));
    const lead = orderEdition(edition, model.editionNotes.get(editionNoteKey(lang, edition.id)))[0]!;
    group.editions.push({
      id: edition.id,
      href: editionUrl(lang, edition.week),
      title: editionTitle(edition),
      datesText: editionDatesText(edition),
      countText: t('edition.stories', { count: edition.articles.length }),
      leadTitle: lead.title,
    });
  }
  return { kind: 'editions', lang, years, feedHref: editionsFeedUrl(lang) };
}
