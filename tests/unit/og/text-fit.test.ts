import { describe, expect, it } from 'vitest';
import { fitText, wrapText, type Measure } from '../../../src/lib/og/text-fit';

/** Monospace stand-in: every character is half the font size wide. */
const mono: Measure = (text, size) => [...text].length * size * 0.5;

describe('wrapText', () => {
  it('puts as many words on a line as fit', () => {
    // 10 px font → 5 px a character → 40 px holds 8 characters.
    expect(wrapText('eins zwei drei vier', 40, 10, mono)).toEqual(['eins', 'zwei', 'drei', 'vier']);
    expect(wrapText('ab cd ef gh', 40, 10, mono)).toEqual(['ab cd ef', 'gh']);
  });

  it('hyphenates a word longer than the line', () => {
    const lines = wrapText('Digitalministerium', 40, 10, mono);
    expect(lines.join('').replace(/-/g, '')).toBe('Digitalministerium');
    for (const line of lines) expect(mono(line, 10)).toBeLessThanOrEqual(40);
    expect(lines.slice(0, -1).every((line) => line.endsWith('-'))).toBe(true);
  });
});

describe('fitText', () => {
  const options = { maxWidth: 100, maxHeight: 60, sizes: [20, 10], lineHeight: 1 };

  it('keeps the largest size when the text fits', () => {
    expect(fitText('kurz', options, mono)).toMatchObject({ fontSize: 20, lines: ['kurz'], truncated: false });
  });

  it('shrinks for a long title instead of overflowing', () => {
    const fitted = fitText('ein langer Titel mit vielen Wörtern darin', options, mono);
    expect(fitted.fontSize).toBe(10);
    expect(fitted.truncated).toBe(false);
    expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(60);
  });

  it('shortens with an ellipsis only when even the smallest size overflows', () => {
    const fitted = fitText('wort '.repeat(60), options, mono);
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines).toHaveLength(6);
    expect(fitted.lines.at(-1)!.endsWith('…')).toBe(true);
    for (const line of fitted.lines) expect(mono(line, 10)).toBeLessThanOrEqual(100);
  });
});
