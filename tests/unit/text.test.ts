import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify } from '../../src/lib/content/slug';
import { countWords, firstWords, readingMinutesFor, toPlainText } from '../../src/lib/content/text';
import { excerptOf } from '../../src/lib/search/build';

describe('slugs', () => {
  it('accepts lowercase ASCII kebab-case only', () => {
    expect(isValidSlug('bundeswehr-cloud-2026')).toBe(true);
    for (const bad of ['Bundeswehr', 'verzögerung', 'a--b', '-a', 'a_b', 'a b']) expect(isValidSlug(bad), bad).toBe(false);
  });

  it('transliterates German and strips accents', () => {
    expect(slugify('Verzögerung')).toBe('verzoegerung');
    expect(slugify('Größe & Maß: Montréal!')).toBe('groesse-mass-montreal');
    expect(isValidSlug(slugify('  Über -- die Brücke  '))).toBe(true);
  });
});

describe('plain text and reading time', () => {
  it('strips MDX components, links and markup', () => {
    const text = toPlainText('## Kopf\n\n<Callout title="x">Ein **fetter** [Link](https://x.y) Satz.</Callout>\n');
    expect(text).toBe('Kopf\nEin fetter Link Satz.');
  });

  it('keeps headings and paragraphs apart by one line break, lines of a paragraph or list together', () => {
    const text = toPlainText('## Eine Woche, zwei Richtungen\nIn der Woche ab dem 14.\nFebruar.\n\n\n- eins\n- zwei\n\n### Ende');
    expect(text).toBe('Eine Woche, zwei Richtungen\nIn der Woche ab dem 14. Februar.\neins zwei\nEnde');
  });

  it('counts words and rounds reading time to at least one minute', () => {
    expect(countWords('eins zwei – drei')).toBe(3);
    expect(readingMinutesFor(countWords('wort '.repeat(50)))).toBe(1);
    expect(readingMinutesFor(countWords('wort '.repeat(295)))).toBe(2);
    expect(readingMinutesFor(countWords('wort '.repeat(700)))).toBe(4);
    expect(readingMinutesFor(0)).toBe(1);
  });

  it('keeps the opening words the search index can use, and no more', () => {
    const text = toPlainText('## Kopf\n\nEins zwei drei vier fünf sechs.\n\n- sieben\n- acht');
    expect(firstWords(text, 3)).toBe('Kopf\nEins zwei');
    expect(firstWords(text, 50)).toBe(text);
    expect(firstWords('', 3)).toBe('');
    // The stored lead (one word more than the longest excerpt) gives every excerpt unchanged.
    const long = toPlainText(Array.from({ length: 30 }, (_, i) => `Wort${i}`).join(' '));
    for (let words = 1; words <= 8; words++) expect(excerptOf(firstWords(long, 8 + 1), words)).toBe(excerptOf(long, words));
    expect(excerptOf(firstWords(long, 9), 8)).toMatch(/Wort7 …$/);
  });
});
