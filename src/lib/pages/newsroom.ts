import type { Lang } from '../../i18n/config';
import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { buildTranslationReport, type TranslationReport } from '../translation-status';
import { articleUrl } from '../urls';
import { buildFrame, type PageContext, type PageFrame } from './frame';

export interface NewsroomEdition {
  href: string;
  title: string;
  /** `YYYY-MM-DD` */
  lastChanged: string;
  /** Set when the other language changed later. */
  behind?: { lang: Lang; lastChanged: string };
}

export interface NewsroomPage extends PageFrame {
  kind: 'newsroom';
  counts: TranslationReport['counts'];
  /** One row per story; a language without an edition is missing. */
  stories: { translationKey: string; editions: Partial<Record<Lang, NewsroomEdition>> }[];
}

export function buildNewsroomPage(route: Extract<Route, { kind: 'newsroom' }>, model: SiteModel, context: PageContext): NewsroomPage {
  // Published editions only: this page ships, so drafts and scheduled titles must not leak here.
  // `npm run translations` covers drafts too.
  const { stories, counts } = buildTranslationReport(model.articles);
  return {
    kind: 'newsroom',
    ...buildFrame(route, model, context),
    counts,
    stories: stories.map((story) => ({
      translationKey: story.translationKey,
      editions: Object.fromEntries(
        Object.entries(story.editions).map(([lang, { edition, lastChanged, behind }]) => [
          lang,
          { href: articleUrl(edition), title: edition.title, lastChanged, ...(behind && { behind }) },
        ]),
      ),
    })),
  };
}
