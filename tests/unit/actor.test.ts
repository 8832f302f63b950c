import { describe, expect, it } from 'vitest';
import { toActor } from '../../src/lib/content/actor';

describe('toActor', () => {
  const role = { de: 'Rolle', en: 'Role' };

  it('uses a plain name for both languages', () => {
    expect(toActor('lawzero', { name: 'LawZero', kind: 'organisation', role, aliases: [] }).name).toEqual({ de: 'LawZero', en: 'LawZero' });
  });

  it('keeps localized names and the rest of the data', () => {
    const actor = toActor('ecb', { name: { de: 'Europäische Zentralbank', en: 'European Central Bank' }, kind: 'institution', role, aliases: ['EZB'] });
    expect(actor).toEqual({ id: 'ecb', name: { de: 'Europäische Zentralbank', en: 'European Central Bank' }, kind: 'institution', role, aliases: ['EZB'] });
  });
});
