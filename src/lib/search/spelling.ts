import { foldText } from './normalize';

/**
 * A word as the texts spell it, for an index word that is folded (`europaische` → `Europäische`).
 * Most spellings are the folded word or the folded word capitalised, so those ship as one mark
 * each; the rest in full.
 */
const SAME = '';
const CAPITALISED = '^';

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function encodeSpelling(word: string, spelling: string): string {
  if (spelling === word) return SAME;
  if (spelling === capitalise(word)) return CAPITALISED;
  return spelling;
}

export function decodeSpelling(word: string, code: string): string {
  if (code === SAME) return word;
  if (code === CAPITALISED) return capitalise(word);
  return code;
}

/** A word with its combining marks, so a text written decomposed (`e` + `◌́`) stays one word. */
const SURFACE_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const WORD = /^[\p{L}\p{N}]+$/u;

/** Counts each spelling of a word in a text (folded later, once per spelling: see `commonSpellings`). */
export function countSpellings(text: string, into: Map<string, number>): void {
  for (const surface of text.match(SURFACE_WORD) ?? []) into.set(surface, (into.get(surface) ?? 0) + 1);
}

/**
 * Each folded word's most frequent spelling (the first in code-unit order among equals). A
 * spelling that does not fold to exactly one word is left out (that word then shows folded).
 */
export function commonSpellings(counts: ReadonlyMap<string, number>): Map<string, string> {
  const best = new Map<string, { spelling: string; count: number }>();
  for (const [spelling, count] of counts) {
    const folded = foldText(spelling);
    if (!WORD.test(folded)) continue;
    const current = best.get(folded);
    if (!current || count > current.count || (count === current.count && spelling < current.spelling)) best.set(folded, { spelling, count });
  }
  return new Map([...best].map(([folded, { spelling }]) => [folded, spelling]));
}
