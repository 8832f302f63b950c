import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { createArticleSchema, isCalendarDate } from '../../../src/lib/content/schema';

// The schema is made inside each test, so mutation testing attributes it to the tests that read it.
const schema = () => createArticleSchema(z.string());
const valid = { title: 'Titel', summary: 'Kurz', date: '2026-02-16', topic: 'budget', actors: ['eco'], translationKey: 'k' };
const problems = (data: unknown) =>
  (schema().safeParse(data).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('article schema, field by field', () => {
  it('fills draft and sources with their defaults', () => {
    expect(schema().parse(valid)).toMatchObject({ draft: false, sources: [] });
  });

  it('rejects blank text fields, no actors and an image without alt text, each with its message', () => {
    expect(problems({ ...valid, title: '  ' })).toEqual(['title: must not be empty']);
    expect(problems({ ...valid, summary: '' })).toEqual(['summary: must not be empty']);
    expect(problems({ ...valid, translationKey: ' ' })).toEqual(['translationKey: must not be empty']);
    expect(problems({ ...valid, actors: [] })).toEqual(['actors: needs at least one actor id (a file name in content/actors/ without .yaml)']);
    expect(problems({ ...valid, image: { src: './a.png', alt: ' ' } })).toEqual(['image.alt: must describe the image']);
  });

  it('keeps long text and several actors, and trims dates', () => {
    expect(schema().parse({ ...valid, title: 'Ein langer Titel', actors: ['eco', 'bmds'], date: ' 2026-02-16 ' })).toMatchObject({
      title: 'Ein langer Titel',
      actors: ['eco', 'bmds'],
      date: '2026-02-16',
    });
  });

  it('allows an update on the day of publication, not before it', () => {
    expect(problems({ ...valid, updated: '2026-02-16' })).toEqual([]);
    expect(problems({ ...valid, updated: '2026-02-15' })).toHaveLength(1);
  });
});

describe('isCalendarDate', () => {
  it('checks month and day against the calendar', () => {
    expect(isCalendarDate('2026-12-31')).toBe(true);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-00-10')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('2026-01-00')).toBe(false);
    expect(isCalendarDate('2027-02-29')).toBe(false);
  });
});
