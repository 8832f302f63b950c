import type { Lang } from '../../i18n/config';
import type { SearchDoc, SearchOutcome, TermHits } from './engine';
import { editDistance, matchTerm, TermMatch } from './match';
import { tokenize } from './normalize';
import { partitionPoint } from './partition';
import { createHitTest, highlight, type Segment } from './snippet';
import type { IndexStore } from './store';

/** Why a result matched terms that no word shown with it matches. */
export interface UnshownMatches {
  /**
   * The story's own words that matched further into its text, as the story spells them
   * (`Bundeswehr` for `Bundeswer`; `Förderung` or `Forderung`, whichever it has, for `fördern`),
   * or a term as the reader typed it.
   */
  matchedElsewhere: string[];
  /**
   * Other names of its actors or topic that matched (an alias, the other language's label), whose
   * they are, and the language of the name (`''` for an alias or a name both languages share).
   */
  matchedNames: OtherName[];
}

export interface OtherName {
  name: string;
  of: string;
  lang: Lang | '';
}

/** The positions in `terms` of those no marked word on screen matches. */
function termsNotShown(terms: readonly string[], shown: readonly Segment[], lastResortTerms: readonly string[]): number[] {
  const marked = shown.filter((segment) => segment.hit).map((segment) => segment.text);
  return terms.flatMap((term, position) => {
    const isHit = createHitTest([term], lastResortTerms.includes(term) ? [term] : []);
    return marked.some((text) => highlight(text, [term], isHit).some((segment) => segment.hit)) ? [] : [position];
  });
}

/** One thing a term matched in a story: a word of its text, or another name of an actor or its topic. */
type Reason = { word: string } | OtherName;

/** How well something matches a term: better quality first, then a name already given, then the closer word. */
interface Rank {
  quality: number;
  given: boolean;
  distance: number;
}

function isBetter(a: Rank, b: Rank | undefined): boolean {
  if (!b) return true;
  if (a.quality !== b.quality) return a.quality > b.quality;
  if (a.given !== b.given) return a.given;
  return a.distance < b.distance;
}

/** Whether a story is among a word's postings (ascending). */
function hasStory(stories: readonly number[], doc: number): boolean {
  return stories[partitionPoint(stories, (story) => story < doc)] === doc;
}

function nameKey({ name, of }: OtherName): string {
  return `${name}\n${of}`;
}

/**
 * Why a story not showing a term matched it: whichever matched it best (match quality, then the
 * fewest edits from the term) of the words of its text, as the story spells them, and the other
 * names of its actors and its topic. At equal quality a name already `given` for an earlier term
 * wins, so `sovereign alliance` names one alias, not two; else a word of the text wins a tie.
 */
function explainTerm(
  store: IndexStore,
  doc: number,
  meta: SearchDoc,
  term: string,
  matched: TermHits,
  lastResort: boolean,
  given: ReadonlyMap<string, unknown>,
): Reason | undefined {
  let bestWord: (Rank & { word: number }) | undefined;
  for (const { word, quality } of matched.words) {
    if ((bestWord && quality < bestWord.quality) || !hasStory(store.postings(word), doc)) continue;
    const candidate = { word, quality, given: false, distance: editDistance(term, store.vocab[word]!) };
    if (isBetter(candidate, bestWord)) bestWord = candidate;
  }
  let best: (Rank & { reason: Reason }) | undefined = bestWord && { ...bestWord, reason: { word: store.spellingIn(bestWord.word, doc) } };
  const owners = [
    ...meta.actors.flatMap((id) => {
      const actor = store.actors[id];
      return actor && matched.actors.some((hit) => hit.id === id) ? [{ found: actor, of: actor.name }] : [];
    }),
    ...(matched.topics.some((hit) => hit.id === meta.topic) ? [{ found: store.topics[meta.topic], of: store.topics[meta.topic].label }] : []),
  ];
  for (const { found, of } of owners) {
    for (const [position, name] of found.terms.entries()) {
      const reason = { name, of, lang: found.termLangs[position] ?? '' };
      for (const token of tokenize(name)) {
        const quality = matchTerm(term, token, lastResort);
        const candidate = { reason, quality, given: given.has(nameKey(reason)), distance: editDistance(term, token) };
        if (quality !== TermMatch.None && isBetter(candidate, best)) best = candidate;
      }
    }
  }
  return best?.reason;
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
  const names = new Map<string, OtherName>();
  for (const position of termsNotShown(outcome.terms, shown, outcome.lastResortTerms)) {
    const term = outcome.terms[position]!;
    const matched = outcome.matched[position] ?? { words: [], actors: [], topics: [] };
    const why = explainTerm(store, doc, meta, term, matched, outcome.lastResortTerms.includes(term), names);
    if (why && 'name' in why) names.set(nameKey(why), why);
    else elsewhere.add(why?.word ?? typed.get(term) ?? term);
  }
  return { matchedElsewhere: [...elsewhere], matchedNames: [...names.values()] };
}
