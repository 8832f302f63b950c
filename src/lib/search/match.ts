/**
 * How a query term matches a stored word. Used to narrow candidates through the pre-index
 * and to highlight whole words; Fuse does the ranking.
 */
export const TermMatch = { None: 0, Fuzzy: 1, Inside: 2, Prefix: 3, Exact: 4 } as const;
export type TermMatch = (typeof TermMatch)[keyof typeof TermMatch];

/** Shortest term that may match inside a word; shorter ones only as prefix. */
const MIN_INSIDE_LENGTH = 4;
/** Shortest term with a typo forgiven: `bund` must not match `band` or `bunt`. */
const MIN_TYPO_LENGTH = 5;

/** Edits forgiven: one from five letters, two from eight on. */
function allowedEdits(term: string): number {
  if (term.length < MIN_TYPO_LENGTH) return 0;
  return term.length >= 8 ? 2 : 1;
}

let rows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

/**
 * Smallest edit distance (insert, delete, substitute) between `term` and any prefix of
 * `word`, stopping early once it must exceed `max`. A prefix, because the reader may still
 * be typing: `Wildbergr` → `wildberger`, `Bundeswer` → `bundeswehr`.
 */
export function prefixEditDistance(term: string, word: string, max: number): number {
  const n = term.length;
  const m = Math.min(word.length, n + max);
  if (m < n - max) return max + 1;
  // Two rows, reused: the pre-index asks this for every word of its vocabulary per term.
  if (rows[0].length <= m) rows = [new Int32Array(2 * (m + 1)), new Int32Array(2 * (m + 1))];
  let [previous, current] = rows;
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    const letter = term.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cost = letter === word.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  let best = max + 1;
  for (let j = Math.max(0, n - max); j <= m; j++) best = Math.min(best, previous[j]!);
  return best;
}

/**
 * Whether a term may have one typo forgiven as a last resort, when nothing matches it otherwise:
 * four letters, so `clod` finds `cloud` while `bund`, which matches `bundeswehr`, keeps away
 * from `band`.
 */
export function mayForgiveAsLastResort(term: string): boolean {
  return term.length >= MIN_INSIDE_LENGTH && term.length < MIN_TYPO_LENGTH;
}

/**
 * Both arguments are folded (see `foldText`). `lastResort`: the term matched nothing as it is,
 * so a four-letter term gets one edit (see `mayForgiveAsLastResort`).
 */
export function matchTerm(term: string, word: string, lastResort = false): TermMatch {
  if (word === term) return TermMatch.Exact;
  if (word.startsWith(term)) return TermMatch.Prefix;
  if (term.length < MIN_INSIDE_LENGTH) return TermMatch.None;
  if (word.includes(term)) return TermMatch.Inside;
  const edits = lastResort && mayForgiveAsLastResort(term) ? 1 : allowedEdits(term);
  return edits > 0 && prefixEditDistance(term, word, edits) <= edits ? TermMatch.Fuzzy : TermMatch.None;
}

/** Edit distance (insert, delete, substitute) between two whole words: which of several matches is closest. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
    }
    previous = current;
  }
  return previous[b.length]!;
}
