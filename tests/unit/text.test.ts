import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify } from '../../src/lib/content/slug';
import { renderStoryBody } from '../../src/lib/content/body/render-body';
import { countWords, firstWords, readingMinutesFor } from '../../src/lib/content/text';
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

/** The plain text the story loader keeps: from the same tree that renders the body. */
const toPlainText = (body: string) => renderStoryBody(body).text;

describe('plain text and reading time', () => {
  it('is the text the page shows: no markup, link targets or image addresses', () => {
    const text = toPlainText('## Kopf\n\n<Callout title="Kurz">Ein **fett**er [Link](https://x.y) Satz.</Callout>\n\n![Bild](./x.png)\n\n| a | b |\n|---|---|\n| c | d |\n');
    expect(text).toBe('Kopf\nKurz\nEin fetter Link Satz.\na b\nc d');
  });

  it('keeps escaped braces and angle brackets as the page shows them, in the text, the lead and the word count', () => {
    const text = toPlainText('Kosten \\{1,36 Mrd. Euro\\} im Jahr.\n\nEs gilt a \\< b und c > d.\n');
    expect(text).toBe('Kosten {1,36 Mrd. Euro} im Jahr.\nEs gilt a < b und c > d.');
    expect(countWords(text)).toBe(13);
    expect(firstWords(text, 4)).toBe('Kosten {1,36 Mrd. Euro}');
    expect(renderStoryBody('Kosten \\{1,36 Mrd. Euro\\}').html).toBe('<p>Kosten {1,36 Mrd. Euro}</p>');
  });

  it('leaves out the quote attribution the page fills in, and keeps the quote', () => {
    expect(toPlainText('Davor.\n\n<Quote actor="eco">\nMehr Geld.\n</Quote>\n')).toBe('Davor.\nMehr Geld.');
  });

  it('keeps headings, paragraphs and list items apart by one line break, the lines of a paragraph together', () => {
    const text = toPlainText('## Eine Woche, zwei Richtungen\n\nIn der Woche ab dem 14.\nFebruar.\n\n- eins\n- zwei\n');
    expect(text).toBe('Eine Woche, zwei Richtungen\nIn der Woche ab dem 14. Februar.\neins\nzwei');
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
