import { describe, expect, it } from 'vitest';
import { isPublished, selectPublished } from '../../src/lib/publishing';
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
});
