import type { Lang } from '../../i18n/config';
import { formatDate } from '../dates';
import type { TopicId } from '../topics';
import { articleUrl, topicUrl } from '../urls';
import type { SearchEngine, SearchOutcome } from './engine';
import { explainUnshownTerms, type UnshownMatches } from './explain';
import { typedTerms } from './normalize';
import { createHitTest, highlight, snippetOf, type Segment } from './snippet';

/**
 * One result as the page renders it: plain data, all text as segments for DOM text nodes; under
 * it, why it matched terms no word shown does (the story's own word, or another name).
 */
export interface ResultView extends UnshownMatches {
  url: string;
  lang: Lang;
  /** True for a story that exists only in the other language. */
  foreign: boolean;
  title: Segment[];
  snippet: Segment[];
  date: string;
  dateLabel: string;
  topic: TopicId;
  topicLabel: string;
  /** The topic label, the words that matched marked (a term can match the topic alone). */
  topicSegments: Segment[];
  topicUrl: string;
  /** Actor names, the words that matched marked. */
  actors: Segment[][];
}

export interface ResultPage {
  total: number;
  /** Position of the first of these results among all of them ("show more" asks from here). */
  offset: number;
  results: ResultView[];
}

/** Results shown at once (and added by each "show more"); the count reports all of them. */
export const RESULT_LIMIT = 20;

/** Intl formatters are costly to create; a corpus has few distinct days per screen. */
const dateLabels = new Map<string, string>();

function dateLabel(day: string, lang: Lang): string {
  const key = `${lang}:${day}`;
  let label = dateLabels.get(key);
  if (label === undefined) dateLabels.set(key, (label = formatDate(day, lang)));
  return label;
}

/**
 * Only the results on screen are presented and posted to the page, never the whole list; their
 * story shards are loaded first.
 */
export async function presentResults(
  engine: SearchEngine,
  outcome: SearchOutcome,
  {
    limit = RESULT_LIMIT,
    offset = 0,
    query,
  }: {
    limit?: number;
    offset?: number;
    /** The query as the reader typed it: a term nothing shown or named explains is named in its spelling (`typedTerms`), else folded. */
    query?: string;
  } = {},
): Promise<ResultPage> {
  const typed = query === undefined ? new Map<string, string>() : typedTerms(query);
  const { store } = engine;
  const pageLang = engine.lang;
  const isHit = createHitTest(outcome.terms, outcome.lastResortTerms);
  const shown = outcome.docs.slice(offset, offset + limit);
  await engine.loadDocs(shown);
  const results = shown.map((doc): ResultView => {
    const meta = engine.meta(doc);
    const text = engine.textOf(doc);
    const title = highlight(text.title, outcome.terms, isHit);
    const snippet = snippetOf([text.summary, text.excerpt], outcome.terms, undefined, isHit);
    const actors = meta.actors.map((id) => highlight(store.actors[id]?.name ?? id, outcome.terms, isHit));
    const topicLabel = store.topics[meta.topic].label;
    const topicSegments = highlight(topicLabel, outcome.terms, isHit);
    const words = [title, snippet, ...actors, topicSegments].flat();
    return {
      url: articleUrl(meta),
      lang: meta.lang,
      foreign: meta.lang !== pageLang,
      title,
      snippet,
      date: meta.date,
      dateLabel: dateLabel(meta.date, pageLang),
      topic: meta.topic,
      topicLabel,
      topicSegments,
      topicUrl: topicUrl(pageLang, meta.topic),
      actors,
      ...explainUnshownTerms(store, doc, meta, outcome, words, typed),
    };
  });
  return { total: outcome.docs.length, offset, results };
}
