import { describe, expect, it } from 'vitest';
import { isPublished, selectPublished } from '../../src/lib/publishing';
import { berlinDay } from '../../src/lib/dates';
import { makeArticle } from './fixtures';

describe('publishing', () => {
  const live = makeArticle({ lang: 'de', slug: 'live', date: '2026-02-16' });
  const draft = makeArticle({ lang: 'de', slug: 'draft', draft: true });
  const scheduled = makeArticle({ lang: 'de', slug: 'later', date: '2026-03-01' });
  const production = { today: '2026-02-20', includeUnpublished: false };

  it('drops drafts and future stories from a production build', () => {
    expect(selectPublished([live, draft, scheduled], production)).toEqual([live]);
  });

  it('publishes a scheduled story on its day', () => {
    expect(isPublished(scheduled, { ...production, today: '2026-02-28' })).toBe(false);
    expect(isPublished(scheduled, { ...production, today: '2026-03-01' })).toBe(true);
  });

  it('shows everything in development', () => {
    expect(selectPublished([live, draft, scheduled], { today: '2026-02-20', includeUnpublished: true })).toHaveLength(3);
  });

  it('never publishes a draft in production, however old its date', () => {
    expect(isPublished(makeArticle({ lang: 'de', slug: 'old-draft', date: '2020-01-01', draft: true }), production)).toBe(false);
  });

  it('publishes on the Berlin calendar day of the build instant', () => {
    // 23:30 UTC on 28 February is already 1 March in Berlin.
    const today = berlinDay(new Date('2026-02-28T23:30:00Z'));
    expect(today).toBe('2026-03-01');
    expect(isPublished(scheduled, { ...production, today })).toBe(true);
    expect(isPublished(scheduled, { ...production, today: berlinDay(new Date('2026-02-28T22:30:00Z')) })).toBe(false);
  });
});
