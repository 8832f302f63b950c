import { describe, expect, it } from 'vitest';
import { readingMinutesFor } from '../../src/lib/content/text';
import { describeStoryCredits } from '../../src/lib/pages/story-credits';
import { makeArticle } from './fixtures';

describe('describeStoryCredits', () => {
  it('cites a source without an address by title alone and marks a source in the other language', () => {
    const article = makeArticle({
      lang: 'en',
      slug: 'x',
      sources: [
        { title: 'Deutschland treibt digitale Souveränität mit Allianzen voran', lang: 'de' },
        { title: 'Budget', url: 'https://www.bundestag.de/haushalt', publisher: 'Bundestag', lang: 'en' },
      ],
    });
    expect(describeStoryCredits(article).sources).toEqual([
      { title: 'Deutschland treibt digitale Souveränität mit Allianzen voran', lang: 'de' },
      { title: 'Budget', url: 'https://www.bundestag.de/haushalt', publisher: 'Bundestag' },
    ]);
  });

  it('leaves the byline to the editorial team unless the story names an author', () => {
    expect(describeStoryCredits(makeArticle({ lang: 'de', slug: 'x' })).byline).toBeUndefined();
    expect(describeStoryCredits(makeArticle({ lang: 'de', slug: 'x', byline: 'Jane Doe' })).byline).toBe('Jane Doe');
  });

  it('reads the reading time off the real word count', () => {
    expect([199, 200, 201, 323, 1000].map((words) => readingMinutesFor(words))).toEqual([1, 1, 2, 2, 5]);
    const article = makeArticle({ lang: 'de', slug: 'x', words: 323, readingMinutes: readingMinutesFor(323) });
    expect(describeStoryCredits(article)).toMatchObject({ words: 323, readingMinutes: 2 });
  });
});
