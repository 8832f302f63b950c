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

/**
 * Counts each folded word's spellings in a text; a spelling that does not fold to exactly one
 * word is left out (the word then shows folded).
 */
export function countSpellings(text: string, into: Map<string, Map<string, number>>): void {
  for (const [surface] of text.matchAll(SURFACE_WORD)) {
    const folded = foldText(surface);
    if (!WORD.test(folded)) continue;
    let spellings = into.get(folded);
    if (!spellings) into.set(folded, (spellings = new Map()));
    spellings.set(surface, (spellings.get(surface) ?? 0) + 1);
  }
}

/** The most frequent spelling (the first in code-unit order among equals), else the word itself. */
export function commonSpelling(word: string, spellings: ReadonlyMap<string, number> | undefined): string {
  let best = word;
  let bestCount = 0;
  for (const [spelling, count] of spellings ?? []) {
    if (count > bestCount || (count === bestCount && spelling < best)) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}
