/** Stands for a paragraph break while other whitespace is collapsed (no `\s` matches it). */
const BREAK = '\u0000';

/**
 * Strips MDX/Markdown syntax to readable plain text (for reading time and search). Blocks
 * (headings, paragraphs) stay apart by a line break, so a heading never runs into the paragraph
 * after it in a search snippet; everything else is one space.
 */
export function toPlainText(mdx: string): string {
  return mdx
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/^(#{1,6}\s.*)$/gm, `$1${BREAK}`)
    .replace(/^[ \t]*(?:[-*+]|\d+\.)[ \t]+/gm, '')
    .replace(/\n[ \t]*\n/g, BREAK)
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[#>*_`~|]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ?\u0000[\u0000 ]*/g, '\n')
    .trim();
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes at 200 words a minute, rounded up: 295 words read as 2 minutes. */
export function readingMinutesFor(words: number, wordsPerMinute = 200): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** The first `count` whitespace-separated parts of plain text (as `toPlainText` returns it). */
export function firstWords(text: string, count: number): string {
  const gap = /[ \n]/g;
  let end = -1;
  for (let i = 0; i < count; i++) {
    if (!gap.exec(text)) return text;
    end = gap.lastIndex - 1;
  }
  return text.slice(0, end);
}
