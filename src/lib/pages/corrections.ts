import type { Lang } from '../../i18n/config';
import { formatDate } from '../dates';
import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { correctionsFeedUrl } from '../urls';
import { toStoryLink, type StoryLink } from './story-link';

export interface CorrectionsPageData {
  kind: 'corrections';
  lang: Lang;
  /** Newest first. */
  corrections: { date: string; dateText: string; note: string; story: StoryLink }[];
  feedHref: string;
}

/** Every correction of a language's published stories, newest first. */
export function buildCorrectionsPage(route: Extract<Route, { kind: 'corrections' }>, model: SiteModel): CorrectionsPageData {
  const { lang } = route;
  return {
    kind: 'corrections',
    lang,
    corrections: model.corrections[lang].map(({ article, date, note }) => ({
      date,
      dateText: formatDate(date, lang),
      note,
      story: toStoryLink(article, lang),
    })),
    feedHref: correctionsFeedUrl(lang),
  };
}
