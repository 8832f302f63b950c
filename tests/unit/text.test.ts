import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify } from '../../src/lib/content/slug';
import { countWords, estimateReadingMinutes, toPlainText } from '../../src/lib/content/text';

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
    expect(text).toBe('Kopf Ein fetter Link Satz.');
  });

  it('counts words and rounds reading time to at least one minute', () => {
    expect(countWords('eins zwei – drei')).toBe(3);
    expect(estimateReadingMinutes('wort '.repeat(50))).toBe(1);
    expect(estimateReadingMinutes('wort '.repeat(295))).toBe(2);
    expect(estimateReadingMinutes('wort '.repeat(700))).toBe(4);
  });
});
