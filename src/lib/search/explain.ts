import type { SearchDoc, SearchOutcome, TermMatches } from './engine';
import { matchTerm, TermMatch } from './match';
import { tokenize } from './normalize';
import { partitionPoint } from './partition';
import { createHitTest, highlight, type Segment } from './snippet';
import type { IndexStore } from './store';

/** Why a result matched terms that no word shown with it matches. */
export interface UnshownMatches {
  /**
   * The story's own words that matched further into its text, as its texts spell them
   * (`Bundesregierung` for `Bundeswer`), or a term as the reader typed it.
   */
  matchedElsewhere: string[];
  /** Other names of its actors or topic that matched (an alias, the other language's label), and whose they are. */
  matchedNames: { name: string; of: string }[];
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
 * For each term that none of the words shown matches: the story's word that matched it, or the
 * other name of an actor or the topic; failing both (never expected), the term as the reader
 * typed it (`typed`), else folded.
 */
export function explainUnshownTerms(
  store: IndexStore,
  doc: number,
  meta: SearchDoc,
  outcome: SearchOutcome,
  shown: readonly Segment[],
  typed: ReadonlyMap<string, string>,
): UnshownMatches {
  const elsewhere = new Set<string>();
  const names = new Map<string, { name: string; of: string }>();
  for (const position of termsNotShown(outcome.terms, shown, outcome.lastResortTerms)) {
    const term = outcome.terms[position]!;
    const matched = outcome.matched[position] ?? { words: [], actors: [], topics: [] };
    const why = explainTerm(store, doc, meta, term, matched, outcome.lastResortTerms.includes(term));
    if (why && 'name' in why) names.set(`${why.name}\n${why.of}`, why);
    else elsewhere.add(why?.word ?? typed.get(term) ?? term);
  }
  return { matchedElsewhere: [...elsewhere], matchedNames: [...names.values()] };
}
