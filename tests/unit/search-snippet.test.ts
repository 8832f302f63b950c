import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/lib/search/normalize';
import { highlight, snippetOf } from '../../src/lib/search/snippet';

const marked = (segments: { text: string; hit: boolean }[]) =>
  segments.map((segment) => (segment.hit ? `[${segment.text}]` : segment.text)).join('');

describe('highlight', () => {
  it('marks whole words, also when the query had a typo or no umlaut', () => {
    expect(marked(highlight('Die Bundeswehr-Cloud der Europäischen Union', ['bundeswer', foldText('europaische')]))).toBe(
      'Die [Bundeswehr]-Cloud der [Europäischen] Union',
    );
  });

  it('never marks stray letters inside unrelated words', () => {
    expect(marked(highlight('Ein Cloudbetreiber und eine Wolke', ['cloud']))).toBe('Ein [Cloudbetreiber] und eine Wolke');
    expect(marked(highlight('Allianz', ['eu']))).toBe('Allianz');
  });

  it('keeps markup in stored text as plain segments', () => {
    const segments = highlight('<img src=x onerror=alert(1)> Cloud', ['cloud']);
    expect(segments.map((segment) => segment.text).join('')).toBe('<img src=x onerror=alert(1)> Cloud');
  });
});

describe('snippetOf', () => {
  it('takes the passage around the first match, with ellipses', () => {
    const body = Array.from({ length: 60 }, (_, i) => (i === 40 ? 'Quantenmessung' : `wort${i}`)).join(' ');
    const snippet = marked(snippetOf(['Kurze Zusammenfassung.', body], ['quantenmessung'], 10));
    expect(snippet).toBe('… wort34 wort35 wort36 wort37 wort38 wort39 [Quantenmessung] wort41 wort42 wort43 …');
  });

  it('marks the same words in a passage as in the whole text, also at its edges', () => {
    const words = Array.from({ length: 50 }, (_, i) => (i % 7 === 0 ? `Souveränität${i}` : `wort${i}`));
    const body = `  ${words.join(' ')}, Ende.  `;
    for (const [terms, maxWords] of [[['souveranitat'], 12], [['wort3'], 20], [['ende'], 8], [['wort1'], 5]] as const) {
      const snippet = snippetOf(['Kurz.', body], terms, maxWords);
      const passage = snippet.map((segment) => segment.text).join('');
      expect(snippet, `${terms[0]} ${maxWords}`).toEqual(highlight(passage, terms));
      expect(snippet.some((segment) => segment.hit)).toBe(true);
    }
  });

  it('falls back to the summary when nothing matches', () => {
    expect(marked(snippetOf(['Kurze Zusammenfassung.', 'Text'], ['allianz']))).toBe('Kurze Zusammenfassung.');
  });
});
