import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/content/model';
import { isPublished, selectPublished } from '../../src/lib/publishing';
import { berlinDay } from '../../src/lib/dates';

function story(slug: string, date: string, draft = false): Article {
  return {
    id: `de/${slug}`, lang: 'de', slug, title: slug, summary: slug, date, topic: 'budget',
    actors: ['eco'], translationKey: slug, draft, readingMinutes: 1, text: '', sources: [],
  };
}

const production = { today: '2026-03-01', includeUnpublished: false };

describe('isPublished', () => {
  it('publishes a story dated today or earlier', () => {
    expect(isPublished(story('a', '2026-02-18'), production)).toBe(true);
    expect(isPublished(story('b', '2026-03-01'), production)).toBe(true);
  });

  it('holds back a story dated after the build day', () => {
    expect(isPublished(story('c', '2026-03-02'), production)).toBe(false);
  });

  it('never publishes a draft in production, whatever its date', () => {
    expect(isPublished(story('d', '2026-01-01', true), production)).toBe(false);
  });

  it('shows drafts and scheduled stories on the dev server', () => {
    const dev = { ...production, includeUnpublished: true };
    expect(isPublished(story('d', '2026-01-01', true), dev)).toBe(true);
    expect(isPublished(story('c', '2027-01-01'), dev)).toBe(true);
  });
});

describe('selectPublished', () => {
  it('keeps only published stories, in input order', () => {
    const stories = [story('a', '2026-02-18'), story('draft', '2026-02-10', true), story('later', '2026-03-10'), story('b', '2026-01-05')];
    expect(selectPublished(stories, production).map((s) => s.slug)).toEqual(['a', 'b']);
  });

  it('publishes on the Berlin calendar day of the build instant', () => {
    const scheduled = story('later', '2026-03-10');
    // 23:30 UTC on 9 March is already 10 March in Berlin.
    const today = berlinDay(new Date('2026-03-09T23:30:00Z'));
    expect(today).toBe('2026-03-10');
    expect(isPublished(scheduled, { today, includeUnpublished: false })).toBe(true);
    expect(isPublished(scheduled, { today: berlinDay(new Date('2026-03-09T22:30:00Z')), includeUnpublished: false })).toBe(false);
  });
});
