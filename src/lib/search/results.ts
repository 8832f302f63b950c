import type { Lang } from '../../i18n/config';
import { formatDate } from '../dates';
import type { TopicId } from '../topics';
import { articleUrl, topicUrl } from '../urls';
import type { SearchDoc, SearchEngine, SearchOutcome, TermMatches } from './engine';
import { matchTerm, TermMatch } from './match';
import { tokenize, typedTerms } from './normalize';
import { partitionPoint } from './partition';
import type { IndexStore } from './store';
import { createHitTest, highlight, snippetOf, type Segment } from './snippet';

/** One result as the page renders it: plain data, all text as segments for DOM text nodes. */
export interface ResultView {
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
  topicUrl: string;
  /** Actor names, the words that matched marked. */
  actors: Segment[][];
  /**
   * For query terms that matched this story but none of the words shown (deeper in its text), the
   * story's own word that matched, as the texts spell it (`Bundeswehr` for `Bundeswer`): named
   * under the result, so a reader sees why it matched.
   */
  matchedElsewhere: string[];
  /**
   * For such terms that matched another name of one of the story's actors or of its topic (an
   * alias, the other language's label) rather than its text: that name and whose it is.
   */
  matchedNames: { name: string; of: string }[];
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

/** The positions in `terms` of those no marked word on screen matches. */
function termsNotShown(terms: readonly string[], shown: readonly Segment[], lastResortTerms: readonly string[]): number[] {
  const marked = shown.filter((segment) => segment.hit).map((segment) => segment.text);
  return terms.flatMap((term, position) => {
    const isHit = createHitTest([term], lastResortTerms.includes(term) ? [term] : []);
    return marked.some((text) => highlight(text, [term], isHit).some((segment) => segment.hit)) ? [] : [position];
  });
}

/** The story's best matching word of these (vocabulary positions, best first), as the texts spell it. */
function storyWord(store: IndexStore, words: readonly number[], doc: number): string | undefined {
  for (const word of words) {
    const stories = store.postings(word);
    const at = partitionPoint(stories, (story) => story < doc);
    if (stories[at] === doc) return store.spelling(word);
  }
  return undefined;
}

/** The first of these names with a word the term matches. */
function matchingName(names: readonly string[], term: string, lastResort: boolean): string | undefined {
  return names.find((name) => tokenize(name).some((word) => matchTerm(term, word, lastResort) !== TermMatch.None));
}

/** Why a story not showing a term matched it: a word of its text, else another name of its actors or topic. */
function explainTerm(
  store: IndexStore,
  doc: number,
  meta: SearchDoc,
  term: string,
  matched: TermMatches,
  lastResort: boolean,
): { word: string } | { name: string; of: string } | undefined {
  const word = storyWord(store, matched.words, doc);
  if (word !== undefined) return { word };
  for (const id of meta.actors) {
    const actor = store.actors[id];
    const name = actor && matched.actors.includes(id) ? matchingName(actor.terms, term, lastResort) : undefined;
    if (name !== undefined) return { name, of: actor!.name };
  }
  const topic = store.topics[meta.topic];
  const name = matched.topics.includes(meta.topic) ? matchingName(topic.terms, term, lastResort) : undefined;
  return name === undefined ? undefined : { name, of: topic.label };
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
    const words = [title, snippet, ...actors, highlight(topicLabel, outcome.terms, isHit)].flat();
    const elsewhere = new Set<string>();
    const names = new Map<string, { name: string; of: string }>();
    for (const position of termsNotShown(outcome.terms, words, outcome.lastResortTerms)) {
      const term = outcome.terms[position]!;
      const matched = outcome.matched[position] ?? { words: [], actors: [], topics: [] };
      const why = explainTerm(store, doc, meta, term, matched, outcome.lastResortTerms.includes(term));
      if (why && 'name' in why) names.set(`${why.name}\n${why.of}`, why);
      else elsewhere.add(why?.word ?? typed.get(term) ?? term);
    }
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
      topicUrl: topicUrl(pageLang, meta.topic),
      actors,
      matchedElsewhere: [...elsewhere],
      matchedNames: [...names.values()],
    };
  });
  return { total: outcome.docs.length, offset, results };
}
