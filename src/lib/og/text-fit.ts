/** Measures a string's rendered width in pixels at a font size. */
export type Measure = (text: string, fontSize: number) => number;

/** Splits a word wider than the line into pieces that fit, each but the last ending in a hyphen. */
function breakWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let rest = [...word];
  while (rest.length > 0 && !fits(rest.join(''))) {
    let take = rest.length - 1;
    while (take > 1 && !fits(`${rest.slice(0, take).join('')}-`)) take--;
    pieces.push(`${rest.slice(0, take).join('')}-`);
    rest = rest.slice(take);
  }
  if (rest.length > 0) pieces.push(rest.join(''));
  return pieces;
}

/** Greedy word wrap: as many words per line as fit in `maxWidth`. */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: Measure): string[] {
  const fits = (candidate: string) => measure(candidate, fontSize) <= maxWidth;
  const words = text.trim().split(/\s+/).filter(Boolean).flatMap((word) => breakWord(word, fits));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && !fits(candidate)) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface FitOptions {
  maxWidth: number;
  /** Height the block may take; the line count follows from the line height. */
  maxHeight: number;
  /** Font sizes to try, largest first. */
  sizes: readonly number[];
  /** Line height as a multiple of the font size. */
  lineHeight: number;
}

export interface FittedText {
  fontSize: number;
  lineHeight: number;
  lines: string[];
  /** True when even the smallest size needed shortening with an ellipsis. */
  truncated: boolean;
}

function maxLinesAt(fontSize: number, options: FitOptions): number {
  return Math.max(1, Math.floor(options.maxHeight / (fontSize * options.lineHeight)));
}

/** The largest size at which the wrapped text fits the box; shortened with `…` as a last resort. */
export function fitText(text: string, options: FitOptions, measure: Measure): FittedText {
  for (const fontSize of options.sizes) {
    const lines = wrapText(text, options.maxWidth, fontSize, measure);
    if (lines.length <= maxLinesAt(fontSize, options)) {
      return { fontSize, lineHeight: fontSize * options.lineHeight, lines, truncated: false };
    }
  }
  const fontSize = options.sizes.at(-1)!;
  const maxLines = maxLinesAt(fontSize, options);
  const lines = wrapText(text, options.maxWidth, fontSize, measure).slice(0, maxLines);
  let last = lines[maxLines - 1]!;
  while (last.length > 1 && measure(`${last}…`, fontSize) > options.maxWidth) {
    last = last.slice(0, last.lastIndexOf(' ') > 0 ? last.lastIndexOf(' ') : last.length - 1);
  }
  lines[maxLines - 1] = `${last.replace(/[\s,;:.–-]+$/, '')}…`;
  return { fontSize, lineHeight: fontSize * options.lineHeight, lines, truncated: true };
}
