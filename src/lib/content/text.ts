import type { Root } from 'hast';
import { toText } from 'hast-util-to-text';

/**
 * A rendered body's text as the page shows it, with single spaces; blocks (headings,
 * paragraphs, list items, table rows) stay apart by one line break, so a search snippet never
 * runs a heading into the paragraph after it.
 */
export function plainTextOf(tree: Root): string {
  return toText(tree).replace(/\s*\n\s*/g, '\n').replace(/[^\S\n]+/g, ' ').trim();
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes at 200 words a minute, rounded up: 295 words read as 2 minutes. */
export function readingMinutesFor(words: number, wordsPerMinute = 200): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** The first `count` whitespace-separated parts of plain text (as `plainTextOf` returns it). */
export function firstWords(text: string, count: number): string {
  const gap = /[ \n]/g;
  let end = -1;
  for (let i = 0; i < count; i++) {
    if (!gap.exec(text)) return text;
    end = gap.lastIndex - 1;
  }
  return text.slice(0, end);
}
