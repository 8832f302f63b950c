import { matchTerm, TermMatch } from './match';
import { wordSpans, type WordSpan } from './normalize';

/** A run of text, marked when it is a whole word matching the query. */
export interface Segment {
  text: string;
  hit: boolean;
}

type HitTest = (span: WordSpan) => boolean;

/** Whether a word matches a term, remembered per word: text repeats its words a lot. */
export function createHitTest(terms: readonly string[]): HitTest {
  const known = new Map<string, boolean>();
  return ({ folded }) => {
    let hit = known.get(folded);
    if (hit === undefined) known.set(folded, (hit = terms.some((term) => matchTerm(term, folded) !== TermMatch.None)));
    return hit;
  };
}

/** Splits text into segments, marking whole matching words (never stray letters). */
export function highlight(text: string, terms: readonly string[], isHit: HitTest = createHitTest(terms)): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of wordSpans(text)) {
    if (!isHit(span)) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start), hit: false });
    segments.push({ text: text.slice(span.start, span.end), hit: true });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), hit: false });
  return mergePlain(segments);
}

function mergePlain(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last && !last.hit && !segment.hit) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}

const ELLIPSIS = '…';

/**
 * A short passage from the field with the most matching words, centred on the first of
 * them; the first field (the summary) when nothing matches in the text.
 */
export function snippetOf(
  fields: readonly string[],
  terms: readonly string[],
  maxWords = 32,
  isHit: HitTest = createHitTest(terms),
): Segment[] {
  let best = { text: fields[0] ?? '', spans: wordSpans(fields[0] ?? ''), hits: 0, first: 0 };
  for (const text of fields) {
    const spans = wordSpans(text);
    const flags = spans.map(isHit);
    const hits = flags.filter(Boolean).length;
    if (hits > best.hits) best = { text, spans, hits, first: flags.indexOf(true) };
  }
  const { text, spans, first } = best;
  if (spans.length <= maxWords) return highlight(text, terms, isHit);
  const startWord = Math.max(0, Math.min(first - 6, spans.length - maxWords));
  const endWord = Math.min(spans.length, startWord + maxWords);
  const start = startWord === 0 ? 0 : spans[startWord]!.start;
  const end = endWord === spans.length ? text.length : spans[endWord - 1]!.end;
  const passage = `${start > 0 ? `${ELLIPSIS} ` : ''}${text.slice(start, end).trim()}${end < text.length ? ` ${ELLIPSIS}` : ''}`;
  return highlight(passage, terms, isHit);
}
