import { describe, expect, it } from 'vitest';
import { FIGURES, figureFileName, NARROW_WIDTH } from '../../scripts/lib/figures';
import { LANGS } from '../../src/i18n/config';
import { loadFontMetrics } from '../../src/lib/og/card-fonts';

const fonts = loadFontMetrics(process.cwd());
/** The numbers in a figure's lettering, which both layouts must show alike. */
const numbersOf = (svg: string) => [...svg.replace(/<[^>]+>/g, ' ').matchAll(/\d[\d.,]*/g)].map((m) => m[0]).sort();

describe('story figures', () => {
  it('have a phone layout of the narrow width that shows the same numbers, none cut short', () => {
    for (const figure of FIGURES) {
      for (const lang of LANGS) {
        const wide = figure.render(lang, fonts);
        const narrow = figure.renderNarrow(lang, fonts);
        const where = figureFileName(figure, lang, 'narrow');
        expect(narrow, where).toMatch(new RegExp(`^<svg[^>]* width="${NARROW_WIDTH}" height="\\d+"`));
        expect(narrow, where).not.toContain('…');
        expect(numbersOf(narrow), where).toEqual(numbersOf(wide));
      }
    }
  });

  it('name the phone file after the wide one', () => {
    expect(figureFileName(FIGURES[0]!, 'de')).toBe('timeline-2025-2026-de.png');
    expect(figureFileName(FIGURES[0]!, 'en', 'narrow')).toBe('timeline-2025-2026-en-narrow.png');
  });
});
