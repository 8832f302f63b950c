import { foldText } from './normalize.ts';
import { partitionPoint } from './partition.ts';

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

/** Spellings of one word that are different words (`Förderung`, `Forderung`) ship joined by this. */
const VARIANT_SEPARATOR = '|';
/** Variants of one word told apart per story, each by one base-36 digit. */
const MAX_VARIANTS = 36;

/** The code of a word's spellings (`encodeSpelling` each), the most frequent first. */
export function encodeSpellings(word: string, spellings: readonly string[]): string {
  return spellings.map((spelling) => encodeSpelling(word, spelling)).join(VARIANT_SEPARATOR);
}

export function decodeSpellings(word: string, code: string): string[] {
  return code.split(VARIANT_SEPARATOR).map((part) => decodeSpelling(word, part));
}

/**
 * Which of a word's spellings each story of its postings has (in posting order), one digit
 * each; `''` when the word has one spelling.
 */
function spellingOf(variants: string, position: number): number {
  return variants === '' ? 0 : parseInt(variants[position] ?? '0', 36);
}

/** A word as a story of its postings (ascending) spells it, from the word's codes. */
export function spellingInPostings(word: string, spellings: string, variants: string, postings: readonly number[], doc: number): string {
  const decoded = decodeSpellings(word, spellings);
  if (variants === '') return decoded[0]!;
  const position = partitionPoint(postings, (story) => story < doc);
  return decoded[spellingOf(variants, position)] ?? decoded[0]!;
}

/** A word with its combining marks, so a text written decomposed (`e` + `◌́`) stays one word. */
const SURFACE_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const WORD = /^[\p{L}\p{N}]+$/u;

function surfaceWords(text: string): string[] {
  return text.match(SURFACE_WORD) ?? [];
}

/** Counts each spelling of a word in a text (folded later, once per spelling: see `spellingVariants`). */
export function countSpellings(text: string, into: Map<string, number>): void {
  for (const surface of surfaceWords(text)) into.set(surface, (into.get(surface) ?? 0) + 1);
}

/** A word's spellings, and for words with several, which variant each written form is. */
interface SpellingVariants {
  /** Per folded word, its spellings (the most frequent first). */
  spellings: Map<string, string[]>;
  /** Each written form of a word with several spellings: the word and its variant. */
  forms: Map<string, { word: string; variant: number }>;
}

/**
 * Each folded word's spellings that are different words, told apart by their letters whatever
 * their case (`Förderung` and `Forderung` fold alike; `Cloud` and `cloud` are one word): each as
 * its most frequent written form, the most frequent word first (the first in code-unit order
 * among equals). A spelling that does not fold to exactly one word is left out (that word then
 * shows folded).
 */
export function spellingVariants(counts: ReadonlyMap<string, number>): SpellingVariants {
  interface Variant {
    spelling: string;
    count: number;
    total: number;
    forms: string[];
  }
  const byWord = new Map<string, Map<string, Variant>>();
  for (const [form, count] of counts) {
    const folded = foldText(form);
    if (!WORD.test(folded)) continue;
    let variants = byWord.get(folded);
    if (!variants) byWord.set(folded, (variants = new Map()));
    const key = form.toLowerCase();
    const variant = variants.get(key);
    if (!variant) variants.set(key, { spelling: form, count, total: count, forms: [form] });
    else {
      variant.total += count;
      variant.forms.push(form);
      if (count > variant.count || (count === variant.count && form < variant.spelling)) Object.assign(variant, { spelling: form, count });
    }
  }
  const spellings = new Map<string, string[]>();
  const forms = new Map<string, { word: string; variant: number }>();
  for (const [word, variants] of byWord) {
    const ordered = [...variants.values()]
      .sort((a, b) => b.total - a.total || (a.spelling < b.spelling ? -1 : a.spelling > b.spelling ? 1 : 0))
      .slice(0, MAX_VARIANTS);
    spellings.set(word, ordered.map(({ spelling }) => spelling));
    if (ordered.length > 1) ordered.forEach((variant, position) => variant.forms.forEach((form) => forms.set(form, { word, variant: position })));
  }
  return { spellings, forms };
}

/**
 * For words with several spellings, which one each story has (its first use of the word):
 * per folded word, story → variant. `storyTexts` by story number; only `stories` (those with
 * such a word) are read again.
 */
export function storyVariants(
  storyTexts: readonly string[],
  forms: SpellingVariants['forms'],
  stories: Iterable<number>,
): Map<string, Map<number, number>> {
  const byWord = new Map<string, Map<number, number>>();
  if (forms.size === 0) return byWord;
  for (const story of stories) {
    for (const surface of surfaceWords(storyTexts[story]!)) {
      const found = forms.get(surface);
      if (!found) continue;
      let variants = byWord.get(found.word);
      if (!variants) byWord.set(found.word, (variants = new Map()));
      if (!variants.has(story)) variants.set(story, found.variant);
    }
  }
  return byWord;
}

/** The digits of `spellingOf` for a word's postings (ascending stories). */
export function variantDigits(stories: readonly number[], variantOf: ReadonlyMap<number, number> | undefined): string {
  return variantOf ? stories.map((story) => (variantOf.get(story) ?? 0).toString(36)).join('') : '';
}
