import type { Actor, Article } from '../../src/lib/content/model';

/** A valid article with sensible defaults; override what a test is about. */
export function makeArticle(overrides: Partial<Article> & Pick<Article, 'lang' | 'slug'>): Article {
  return {
    id: `${overrides.lang}/${overrides.slug}`,
    title: `Title ${overrides.slug}`,
    summary: `Summary ${overrides.slug}`,
    date: '2026-02-16',
    topic: 'alliance',
    actors: ['karsten-wildberger'],
    translationKey: overrides.slug,
    draft: false,
    readingMinutes: 2,
    words: 300,
    kind: 'news',
    lead: false,
    text: '',
    quotedActors: [],
    sources: [],
    corrections: [],
    aliases: [],
    ...overrides,
  };
}

export function makeActor(overrides: Partial<Actor> & Pick<Actor, 'id'>): Actor {
  return {
    name: { de: overrides.id, en: overrides.id },
    kind: 'person',
    role: { de: 'Rolle', en: 'Role' },
    aliases: [],
    ...overrides,
  };
}
