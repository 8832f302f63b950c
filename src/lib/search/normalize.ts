/**
 * Text folding shared by the build-time pre-index, the Fuse tokenizer, the query and the
 * highlighter, so that every side compares the same forms.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const NON_ASCII = /[^\u0000-\u007f]/;
const DIGRAPHS = /([aou])e/g;

/**
 * Lower-cases, strips diacritics, writes ß as ss and folds the German digraphs ae/oe/ue to
 * a/o/u, so `europäische`, `europaische` and `europaeische` all become `europaische`.
 * Folding the digraphs everywhere (also in `Quelle` → `qulle`) is harmless because both the
 * stored text and the query go through the same function.
 */
export function foldText(text: string): string {
  let folded = text.toLowerCase();
  // Unicode normalisation is the slow part; plain ASCII words skip it.
  if (NON_ASCII.test(folded)) folded = folded.normalize('NFD').replace(COMBINING_MARKS, '').replace(/ß/g, 'ss');
  return folded.replace(DIGRAPHS, '$1');
}

const COMBINING_DIACRITICS = /[\u0300-\u036f]+/g;
/** Letters without a decomposition that Fuse's `ignoreDiacritics` replaces (lower case). */
const FUSE_LETTERS: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ŧ: 't', ı: 'i', ß: 'ss' };
const FUSE_LETTER = new RegExp(`[${Object.keys(FUSE_LETTERS).join('')}]`, 'g');

/**
 * Lower case with the common diacritics split off and dropped and `ß` as `ss`: the steps
 * Fuse takes (not case sensitive, `ignoreDiacritics`) before every comparison with a text,
 * done once per story instead. Fuse's own steps then leave the text as it is, so it ranks
 * exactly as with the original text, only without redoing Unicode normalisation per field
 * and term.
 */
export function prefoldForFuse(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING_DIACRITICS, '').replace(FUSE_LETTER, (letter) => FUSE_LETTERS[letter]!);
}

/** Folded words of a text, in order (duplicates kept). */
export function tokenize(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/** Words with their position in the original text, for highlighting whole words. */
export interface WordSpan {
  start: number;
  end: number;
  folded: string;
}

export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    spans.push({ start: match.index, end: match.index + match[0].length, folded: foldText(match[0]) });
  }
  return spans;
}

/**
 * Function words that carry no meaning for search. They stay in the stored text (snippets
 * read naturally) but are neither pre-indexed nor required in a query.
 */
const STOP_WORDS = new Set(
  [
    // German
    'der die das den dem des ein eine einer eines einem einen und oder aber im in am an auf aus bei mit',
    'nach von vom zu zum zur fur uber unter vor ist sind war wird werden wurde hat haben sich nicht auch',
    'als wie dass so es er sie wir ihr man noch nur schon mehr sein seine ihre bis um durch gegen ohne',
    // English
    'the a an and or but of to in on at by for with from as is are was were be been has have had it its',
    'this that these those not also than then into over under about after before their there which who will would',
  ]
    .join(' ')
    .split(' ')
    .map(foldText),
);

function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

/** Worth indexing or requiring: no function word, no single letter (a folded word). */
function isSignificant(folded: string): boolean {
  return folded.length > 1 && !isStopWord(folded);
}

/** Words worth indexing or requiring. */
export function significantTokens(text: string): string[] {
  return tokenize(text).filter(isSignificant);
}

/** The distinct terms of a query that every result must match. */
export function queryTerms(query: string): string[] {
  return [...new Set(significantTokens(query))];
}

/**
 * Each term of the query as the reader wrote it (its first spelling), so what the page names
 * is the reader's word, not its folded form (`europäische`, not `europaische`).
 */
export function typedTerms(query: string): Map<string, string> {
  const typed = new Map<string, string>();
  for (const [word] of query.matchAll(WORD)) {
    const folded = foldText(word);
    if (isSignificant(folded) && !typed.has(folded)) typed.set(folded, word);
  }
  return typed;
}
