import type { SearchEngine, SearchFilters } from './engine';
import { foldText } from './normalize';
import { partitionPoint } from './partition';
import { RESULT_LIMIT } from './results';

const LETTER = /[\p{L}\p{N}]$/u;

/** Positions `[from, to)` of the sorted vocabulary's words that start with `prefix`. */
function prefixRange(vocab: readonly string[], prefix: string): [number, number] {
  // Every word starting with `prefix` sorts before `prefix` followed by the highest code unit.
  const end = `${prefix}\uffff`;
  return [partitionPoint(vocab, (word) => word < prefix), partitionPoint(vocab, (word) => word < end)];
}

/**
 * The letter most likely typed next after the folded word start `term`: of the words that go
 * on from it, the next letter with the most stories (`storyCounts` by vocabulary position).
 * Undefined when no word goes on from it.
 */
export function likelyNextLetter(vocab: readonly string[], storyCounts: ArrayLike<number>, term: string): string | undefined {
  if (term === '') return undefined;
  const [from, to] = prefixRange(vocab, term);
  const stories = new Map<string, number>();
  for (let word = from; word < to; word++) {
    const next = vocab[word]![term.length];
    if (next !== undefined) stories.set(next, (stories.get(next) ?? 0) + storyCounts[word]!);
  }
  let best: string | undefined;
  let most = 0;
  // Ties go to the first letter in vocabulary order, so the answer never depends on map order.
  for (const [letter, count] of [...stories].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (count > most) [best, most] = [letter, count];
  }
  return best;
}

/**
 * The query as it probably reads after the next keystroke, for fetching ahead what it needs
 * while the reader types: the query with the likely next letter of its last word added.
 * Undefined after a space or a mark (a new word could start with anything) or when the last
 * word goes on in no word of the vocabulary.
 */
export function likelyNextQuery(query: string, vocab: readonly string[], storyCounts: ArrayLike<number>): string | undefined {
  if (!LETTER.test(query)) return undefined;
  const last = /[\p{L}\p{N}]+$/u.exec(query)![0];
  const next = likelyNextLetter(vocab, storyCounts, foldText(last));
  return next === undefined ? undefined : query + next;
}

/**
 * Fetches ahead, while the reader types, what the likely next query needs to be answered and
 * shown (postings, story lists, the texts of the stories it ranks and shows), so the next
 * keystroke finds them loaded. Stops once `stillWanted` says a newer query came in; a failed
 * fetch is left for that query to try again.
 */
export async function fetchAhead(
  engine: SearchEngine,
  storyCounts: ArrayLike<number>,
  query: string,
  filters: SearchFilters,
  stillWanted: () => boolean,
): Promise<string | undefined> {
  const next = likelyNextQuery(query, engine.store.vocab, storyCounts);
  if (next === undefined || !stillWanted()) return undefined;
  try {
    const outcome = await engine.search(next, filters);
    if (stillWanted()) await engine.loadDocs(outcome.docs.slice(0, RESULT_LIMIT));
  } catch {
    // Only a guess: the query typed next fetches for itself.
  }
  return next;
}
