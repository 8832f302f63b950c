import { describe, expect, it } from 'vitest';
import { readSearchParams, writeSearchParams } from '../../src/lib/search/params';

describe('search address parameters', () => {
  it('read query, topic, year, month and sort', () => {
    expect(readSearchParams(new URLSearchParams('q=cloud&sort=date&year=2026&month=02&topic=budget'))).toEqual({
      query: 'cloud',
      filters: { topic: 'budget', year: '2026', month: '02', sort: 'date' },
    });
  });

  it('leave out what is malformed, and a month without a year', () => {
    expect(readSearchParams(new URLSearchParams('topic=nope&year=26&month=13&sort=oldest')).filters).toEqual({
      topic: undefined,
      year: undefined,
      month: undefined,
      sort: undefined,
    });
    expect(readSearchParams(new URLSearchParams('month=02')).filters.month).toBeUndefined();
    expect(readSearchParams(new URLSearchParams('year=2025&month=2')).filters).toMatchObject({ year: '2025', month: undefined });
  });

  it('write only what is set, keep other parameters, and read back the same', () => {
    const state = { query: 'Cloud Bundeswehr', filters: { topic: 'defence-cloud' as const, year: '2026', month: '03', sort: 'date' as const } };
    const written = writeSearchParams(new URLSearchParams('utm=x&q=old&sort=date'), state);
    expect(written.toString()).toBe('utm=x&q=Cloud+Bundeswehr&sort=date&topic=defence-cloud&year=2026&month=03');
    expect(readSearchParams(written)).toEqual(state);
    const cleared = writeSearchParams(written, { query: '', filters: { month: '03', sort: 'relevance' } });
    expect(cleared.toString()).toBe('utm=x');
  });
});
