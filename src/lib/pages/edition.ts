import { getFixedT } from '../../i18n/index.ts';
import { formatDayRange } from '../dates.ts';
import { editionNoteKey, orderEdition, type Edition } from '../editions.ts';
import { rankActors } from '../listing.ts';
import type { Route } from '../routing.ts';
import type { SiteModel } from '../site.ts';
import { TOPIC_IDS, type TopicId } from '../topics.ts';
import { actorUrl, editionUrl, editionsFeedUrl, editionsUrl, topicUrl } from '../urls.ts';
import { buildFrame, type PageContext, type PageFrame } from './frame.ts';
import { toStoryLink, type StoryLink } from './story-link.ts';

/** Stories after the lead that the edition shows with their summary. */
export const EDITION_HIGHLIGHTS = 3;

export interface EditionLink {
  href: string;
  /** `KW 7/2026` */
  label: string;
}

/** Everything an edition page (and the newsletter made from it) shows. */
export interface EditionPageData extends PageFrame {
  kind: 'edition';
  /** `2026-W08` */
  id: string;
  year: number;
  week: number;
  /** `Ausgabe KW 8/2026` */
  title: string;
  /** Monday and Sunday, `YYYY-MM-DD`, and the range as written. */
  start: string;
  end: string;
  datesText: string;
  description: string;
  /** `7 Meldungen` */
  countText: string;
  /** The editor's intro paragraphs (plain text); empty without an edition file. */
  intro: string[];
  lead: StoryLink;
  highlights: StoryLink[];
  /** Every story of the week, per topic, in reading order; topics without a story are left out. */
  topics: { topic: TopicId; label: string; href: string; stories: StoryLink[] }[];
  actors: { id: string; name: string; href: string; countText: string }[];
  previous?: EditionLink;
  next?: EditionLink;
  archiveHref: string;
  feedHref: string;
}

export function editionTitle(edition: Pick<Edition, 'lang' | 'week'>): string {
  return getFixedT(edition.lang)('edition.title', { week: edition.week.week, year: edition.week.year });
}

export function editionDatesText(edition: Pick<Edition, 'lang' | 'start' | 'end'>): string {
  return formatDayRange(edition.start, edition.end, edition.lang);
}

export function editionDescription(edition: Edition): string {
  const { lang } = edition;
  return getFixedT(lang)('edition.description', {
    week: edition.week.week,
    dates: formatDayRange(edition.start, edition.end, lang),
  });
}

function linkTo(edition: Edition | undefined): EditionLink | undefined {
  if (!edition) return undefined;
  const t = getFixedT(edition.lang);
  return { href: editionUrl(edition.lang, edition.week), label: `${t('edition.short', { week: edition.week.week })}/${edition.week.year}` };
}

/** An edition page's data: lead, highlights, topics, actors and neighbours, in the edition's language. */
export function buildEditionPage(route: Extract<Route, { kind: 'edition' }>, model: SiteModel, context: PageContext): EditionPageData {
  const { edition, lang } = route;
  const t = getFixedT(lang);
  const note = model.editionNotes.get(editionNoteKey(lang, edition.id));
  const ordered = orderEdition(edition, note).map((article) => toStoryLink(article, lang));
  const all = model.editions[lang];
  const index = all.findIndex((other) => other.id === edition.id);
  const topics = TOPIC_IDS.map((topic) => ({
    topic,
    label: t(`topic.${topic}.label`),
    href: topicUrl(lang, topic),
    stories: ordered.filter((story) => story.topic === topic),
  })).filter((group) => group.stories.length > 0);
  const actors = rankActors(edition.articles).flatMap(({ id, count }) => {
    const actor = model.actors.get(id);
    return actor ? [{ id, name: actor.name[lang], href: actorUrl(lang, id), countText: t('edition.mentions', { count }) }] : [];
  });
  const previous = linkTo(all[index + 1]);
  const next = linkTo(index > 0 ? all[index - 1] : undefined);
  return {
    kind: 'edition',
    ...buildFrame(route, model, context, t),
    id: edition.id,
    year: edition.week.year,
    week: edition.week.week,
    title: editionTitle(edition),
    start: edition.start,
    end: edition.end,
    datesText: editionDatesText(edition),
    description: editionDescription(edition),
    countText: t('edition.stories', { count: ordered.length }),
    intro: note?.intro ?? [],
    lead: ordered[0]!,
    highlights: ordered.slice(1, 1 + EDITION_HIGHLIGHTS),
    topics,
    actors,
    ...(previous && { previous }),
    ...(next && { next }),
    archiveHref: editionsUrl(lang),
    feedHref: editionsFeedUrl(lang),
  };
}
