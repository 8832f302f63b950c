import type { Article } from '../content/model';
import { sortedCorrections } from '../corrections';
import { formatDate } from '../dates';
import type { StoryKind } from '../content/schema';
import { describeStoryCredits, type StoryCredits } from './story-credits';
import { findRelatedIndexed } from '../related';
import type { Route } from '../routing';
import type { SiteModel } from '../site';
import type { TopicId } from '../topics';
import { actorUrl, editionUrl } from '../urls';
import { editionDatesText, editionTitle } from './edition';
import { buildFrame, toStoryCard, type PageContext, type PageFrame, type StoryCard } from './frame';

export interface ArticlePage extends PageFrame {
  kind: 'article';
  story: {
    title: string;
    summary: string;
    /** `YYYY-MM-DD` */
    date: string;
    updated?: string;
    topic: TopicId;
    kind: StoryKind;
    /** Byline, reading time from the word count, and the sources as the page cites them. */
    credits: StoryCredits;
    readingMinutes: number;
    draft: boolean;
    /** Dated after the build's day (shown only by the dev server, with a banner). */
    scheduled: boolean;
    /** No edition in the other language: the switch leads to the topic instead. */
    untranslated: boolean;
    image?: Article['image'];
    sources: Article['sources'];
    /** The actor chips under the story. */
    actors: { href: string; name: string }[];
    /** Dated corrections, newest first (the correction box). */
    corrections: { date: string; dateText: string; note: string }[];
  };
  /**
   * The body the story loader rendered, read when the page renders (`loadStoryBody`): its id,
   * and its digest (source file and loader code), so the page data changes whenever it does.
   */
  body: { id: string; digest: string | undefined };
  /** Names of the actors the body quotes, for the attributions the page fills in. */
  quoted: Record<string, { href: string; name: string }>;
  related: StoryCard[];
  /** The weekly edition of the story's language that lists it. */
  edition?: { href: string; title: string; dates: string };
}

export function buildArticlePage(route: Extract<Route, { kind: 'article' }>, model: SiteModel, context: PageContext): ArticlePage {
  const { article } = route;
  const { lang } = article;
  const frame = buildFrame(route, model, context);
  const link = (id: string) => {
    const actor = model.actors.get(id);
    return actor && { href: actorUrl(lang, id), name: actor.name[lang] };
  };
  return {
    kind: 'article',
    ...frame,
    story: {
      title: article.title,
      summary: article.summary,
      date: article.date,
      ...(article.updated && { updated: article.updated }),
      topic: article.topic,
      kind: article.kind,
      credits: describeStoryCredits(article),
      readingMinutes: article.readingMinutes,
      draft: article.draft,
      scheduled: article.date > context.today,
      untranslated: !frame.languageSwitch.sameContent,
      ...(article.image && { image: article.image }),
      sources: article.sources,
      actors: article.actors.flatMap((id) => link(id) ?? []),
      corrections: sortedCorrections(article).map((correction) => ({ ...correction, dateText: formatDate(correction.date, lang) })),
    },
    body: { id: article.id, digest: article.digest },
    quoted: Object.fromEntries(article.quotedActors.flatMap((id) => {
      const actor = link(id);
      return actor ? [[id, actor]] : [];
    })),
    related: findRelatedIndexed(article, model).map(toStoryCard),
    ...editionOf(article, model),
  };
}

/** The edition of the story's week, if the story is one of its (published) stories. */
function editionOf(article: Article, model: SiteModel): Pick<ArticlePage, 'edition'> {
  const edition = model.editionOfStory.get(article.id);
  if (!edition) return {};
  return { edition: { href: editionUrl(article.lang, edition.week), title: editionTitle(edition), dates: editionDatesText(edition) } };
}
