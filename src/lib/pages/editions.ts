import { getFixedT } from '../../i18n';
import { orderEdition, editionNoteKey } from '../editions';
import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { editionUrl, editionsFeedUrl } from '../urls';
import { editionDatesText, editionTitle } from './edition';
import { buildFrame, type PageContext, type PageFrame } from './frame';

export interface EditionsPageData extends PageFrame {
  kind: 'editions';
  /** Newest year first, each year's editions newest first. */
  years: {
    year: number;
    editions: { id: string; href: string; title: string; datesText: string; countText: string; leadTitle: string }[];
  }[];
  feedHref: string;
}

/** The archive of a language's editions, by year. */
export function buildEditionsPage(route: Extract<Route, { kind: 'editions' }>, model: SiteModel, context: PageContext): EditionsPageData {
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
  return { kind: 'editions', ...buildFrame(route, model, context, t), years, feedHref: editionsFeedUrl(lang) };
}
