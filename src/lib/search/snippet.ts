import { matchTerm, TermMatch } from './match';
import { memoizeByString } from './memo';
import { wordSpans, type WordSpan } from './normalize';

/** A run of text, marked when it is a whole word matching the query. */
export interface Segment {
  text: string;
  hit: boolean;
}

type HitTest = (span: WordSpan) => boolean;

/**
 * Whether a word matches a term, remembered per word: text repeats its words a lot.
 * `lastResortTerms` match as the search matched them, with one typo forgiven.
 */
export function createHitTest(terms: readonly string[], lastResortTerms: readonly string[] = []): HitTest {
  const known = new Map<string, boolean>();
  const lastResort = new Set(lastResortTerms);
  return ({ folded }) => {
    let hit = known.get(folded);
    if (hit === undefined) known.set(folded, (hit = terms.some((term) => matchTerm(term, folded, lastResort.has(term)) !== TermMatch.None)));
    return hit;
  };
}

/**
 * Folding every word is the costly part of a snippet; a story's title, summary and lead
 * come back with almost every keystroke, so their words are remembered.
 */
const spansOf = memoizeByString(wordSpans, 600);

/** Splits text into segments, marking whole matching words (never stray letters). */
export function highlight(text: string, terms: readonly string[], isHit: HitTest = createHitTest(terms)): Segment[] {
  return highlightSpans(text, spansOf(text), 0, isHit);
}

/** `spans` are `text`'s words, each `shift` characters further on than in `text`. */
function highlightSpans(text: string, spans: readonly WordSpan[], shift: number, isHit: HitTest): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (!isHit(span)) continue;
    const start = span.start + shift;
    const end = span.end + shift;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), hit: false });
    segments.push({ text: text.slice(start, end), hit: true });
    cursor = end;
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
 * A short passage from the block (summary, heading or paragraph: fields are split at line
 * breaks) with the most matching words, centred on the first of them; the first field (the
 * summary) when nothing matches. A passage never crosses from one block into the next.
 */
export function snippetOf(
  fields: readonly string[],
  terms: readonly string[],
  maxWords = 32,
  isHit: HitTest = createHitTest(terms),
): Segment[] {
  const blocks = fields.flatMap((field) => field.split('\n'));
  let best = { text: blocks[0] ?? '', spans: spansOf(blocks[0] ?? ''), hits: 0, first: 0 };
  for (const text of blocks) {
    const spans = spansOf(text);
    let hits = 0;
    let first = -1;
    spans.forEach((span, position) => {
      if (!isHit(span)) return;
      hits++;
      if (first === -1) first = position;
    });
    if (hits > best.hits) best = { text, spans, hits, first };
  }
  const { text, spans, first } = best;
  if (spans.length <= maxWords) return highlightSpans(text, spans, 0, isHit);
  const startWord = Math.max(0, Math.min(first - 6, spans.length - maxWords));
  const endWord = Math.min(spans.length, startWord + maxWords);
  const start = startWord === 0 ? 0 : spans[startWord]!.start;
  const end = endWord === spans.length ? text.length : spans[endWord - 1]!.end;
  const cut = text.slice(start, end);
  const body = cut.trim();
  const lead = start > 0 ? `${ELLIPSIS} ` : '';
  const passage = `${lead}${body}${end < text.length ? ` ${ELLIPSIS}` : ''}`;
  // The passage's words are the text's, moved by the cut and the leading ellipsis.
  const shift = lead.length - start - (cut.length - cut.trimStart().length);
  return highlightSpans(passage, spans.slice(startWord, endWord), shift, isHit);
}
