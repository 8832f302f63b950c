import { describe, expect, it } from 'vitest';
import { buildPairMap, editionLangs, findTranslation } from '../../src/lib/translations';
import { makeArticle } from './fixtures';

describe('translation pairs', () => {
  const de = makeArticle({ lang: 'de', slug: 'allianz-besiegelt', translationKey: 'alliance-signed' });
  const en = makeArticle({ lang: 'en', slug: 'alliance-signed', translationKey: 'alliance-signed' });
  const onlyDe = makeArticle({ lang: 'de', slug: 'gigabit-gipfel', translationKey: 'gigabit-summit' });
  const pairs = buildPairMap([de, en, onlyDe]);

  it('pairs editions with different slugs by translationKey', () => {
    expect(pairs.get('alliance-signed')).toEqual({ de, en });
    expect(findTranslation(pairs, de, 'en')).toBe(en);
    expect(findTranslation(pairs, en, 'de')).toBe(de);
  });

  it('reports missing editions', () => {
    expect(findTranslation(pairs, onlyDe, 'en')).toBeUndefined();
    expect(editionLangs(pairs, onlyDe)).toEqual(['de']);
    expect(editionLangs(pairs, en)).toEqual(['de', 'en']);
  });
});
