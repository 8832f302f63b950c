import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { actorSchema, createArticleSchema, isCalendarDate } from '../../src/lib/content/schema';

const articleSchema = createArticleSchema(z.string());
const valid = {
  title: 'Titel',
  summary: 'Zusammenfassung',
  date: '2026-02-16',
  topic: 'defence-cloud',
  actors: ['hensoldt'],
  translationKey: 'bundeswehr-cloud',
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('article schema', () => {
  it('accepts a valid article and fills defaults', () => {
    const parsed = articleSchema.parse(valid);
    expect(parsed.draft).toBe(false);
    expect(parsed.sources).toEqual([]);
  });

  it('normalises a YAML Date to YYYY-MM-DD', () => {
    expect(articleSchema.parse({ ...valid, date: new Date('2026-02-16T00:00:00Z') }).date).toBe('2026-02-16');
  });

  it('names the allowed topics', () => {
    const [message] = messages(articleSchema.safeParse({ ...valid, topic: 'weather' }));
    expect(message).toContain('topic');
    expect(message).toContain('"weather"');
    expect(message).toContain('alliance, defence-cloud, budget, digital-euro');
  });

  it('rejects impossible and malformed dates', () => {
    expect(messages(articleSchema.safeParse({ ...valid, date: '2026-02-31' }))[0]).toMatch(/^date: must be a real calendar date/);
    expect(messages(articleSchema.safeParse({ ...valid, date: '16.02.2026' }))[0]).toMatch(/^date:/);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
  });

  it('rejects updated before date and an empty actors list', () => {
    expect(messages(articleSchema.safeParse({ ...valid, updated: '2026-02-01' }))).toEqual([
      'updated: 2026-02-01 is before date 2026-02-16; updated must be on or after date',
    ]);
    expect(messages(articleSchema.safeParse({ ...valid, actors: [] }))[0]).toMatch(/^actors: needs at least one actor/);
  });

  it('rejects unknown fields instead of dropping them', () => {
    expect(messages(articleSchema.safeParse({ ...valid, tags: ['x'] }))[0]).toMatch(/tags/);
  });

  it('needs alt text for images and valid source URLs', () => {
    expect(messages(articleSchema.safeParse({ ...valid, image: { src: './a.png' } }))[0]).toMatch(/^image\.alt/);
    expect(messages(articleSchema.safeParse({ ...valid, sources: [{ title: 'x', url: 'not a url' }] }))[0]).toMatch(/^sources\.0\.url/);
  });
});

describe('actor schema', () => {
  it('accepts plain and localized names', () => {
    expect(actorSchema.parse({ name: 'LawZero', kind: 'organisation', role: { de: 'a', en: 'b' } }).aliases).toEqual([]);
    expect(actorSchema.safeParse({ name: { de: 'EZB', en: 'ECB' }, kind: 'institution', role: { de: 'a', en: 'b' } }).success).toBe(true);
  });

  it('names the allowed kinds', () => {
    const result = actorSchema.safeParse({ name: 'X', kind: 'company', role: { de: 'a', en: 'b' } });
    expect(messages(result)[0]).toContain('person, organisation, institution, country, event');
  });
});
