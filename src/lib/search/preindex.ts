import { packNumbers, type PreIndexJson } from './index-data.ts';
import { matchTerm, TermMatch } from './match.ts';
import { significantTokens } from './normalize.ts';
import { countSpellings, encodeSpellings, spellingVariants, storyVariants, variantDigits } from './spelling.ts';

/**
 * Build time: every significant word → the stories (by number) that contain it, and the
 * word as the texts spell it (as each story spells it, where spellings are different words).
 */
export function buildPreIndex(texts: readonly string[]): PreIndexJson {
  const byWord = new Map<string, number[]>();
  const counts = new Map<string, number>();
  texts.forEach((text, doc) => {
    for (const word of new Set(significantTokens(text))) {
      const list = byWord.get(word);
      if (list) list.push(doc);
      else byWord.set(word, [doc]);
    }
    countSpellings(text, counts);
  });
  const vocab = [...byWord.keys()].sort();
  const { spellings, forms } = spellingVariants(counts);
  const withVariants = new Set([...spellings].flatMap(([word, variants]) => (variants.length > 1 ? (byWord.get(word) ?? []) : [])));
  const perStory = storyVariants(texts, forms, withVariants);
  return {
    vocab,
    postings: vocab.map((word) => packNumbers(toGaps(byWord.get(word)!))),
    spellings: vocab.map((word) => encodeSpellings(word, spellings.get(word) ?? [word])),
    variants: vocab.map((word) => variantDigits(byWord.get(word)!, perStory.get(word))),
  };
}

export function toGaps(ascending: readonly number[]): number[] {
  return ascending.map((value, i) => (i === 0 ? value : value - ascending[i - 1]!));
}

export function fromGaps(gaps: readonly number[]): number[] {
  const values: number[] = [];
  let total = 0;
  for (const gap of gaps) values.push((total += gap));
  return values;
}

/**
 * For each story (by number), how well its best word matches the term (see `TermMatch`;
 * 0 = not at all). A flat array: a short prefix can match most of the archive.
 */
export type DocMatches = Uint8Array;

/** Keeps the better match quality for each story. */
export function addMatches(target: DocMatches, docs: Iterable<number>, quality: number): void {
  for (const doc of docs) {
    if (target[doc]! < quality) target[doc] = quality;
  }
}

/** Run time: the words of the vocabulary that match the term (exactly, as prefix, fuzzily), with match quality. */
export function matchVocab(vocab: readonly string[], term: string, lastResort = false): { word: number; quality: TermMatch }[] {
  const hits: { word: number; quality: TermMatch }[] = [];
  vocab.forEach((word, position) => {
    const quality = matchTerm(term, word, lastResort);
    if (quality !== TermMatch.None) hits.push({ word: position, quality });
  });
  return hits;
}
