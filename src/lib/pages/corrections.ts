import { formatDate } from '../dates';
import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { correctionsFeedUrl } from '../urls';
import { buildFrame, type PageContext, type PageFrame } from './frame';
import { toStoryLink, type StoryLink } from './story-link';

export interface CorrectionsPageData extends PageFrame {
  kind: 'corrections';
  /** Newest first. */
  corrections: { date: string; dateText: string; note: string; story: StoryLink }[];
  feedHref: string;
}

/** Every correction of a language's published stories, newest first. */
export function buildCorrectionsPage(route: Extract<Route, { kind: 'corrections' }>, model: SiteModel, context: PageContext): CorrectionsPageData {
  const { lang } = route;
  return {
    kind: 'corrections',
    ...buildFrame(route, model, context),
    corrections: model.corrections[lang].map(({ article, date, note }) => ({
      date,
      dateText: formatDate(date, lang),
      note,
      story: toStoryLink(article, lang),
    })),
    feedHref: correctionsFeedUrl(lang),
  };
}
