import { describe, expect, it } from 'vitest';
import { planStories } from '../../scripts/corpus/corpus';
import type { Actor, Article } from '../../src/lib/content/model';
import { findRelated } from '../../src/lib/listing';
import { findRelatedIndexed } from '../../src/lib/related';
import { buildSiteModel } from '../../src/lib/site';

function article(partial: Partial<Article> & Pick<Article, 'id' | 'topic' | 'actors' | 'date'>): Article {
  const [lang, slug] = partial.id.split('/') as ['de' | 'en', string];
  return { lang, slug, title: slug, summary: '', translationKey: slug, draft: false, readingMinutes: 1, words: 100, kind: 'news', lead: false, text: '', quotedActors: [], sources: [], corrections: [], aliases: [], ...partial };
}

function actor(id: string): Actor {
  return { id, name: { de: id, en: id }, kind: 'person', role: { de: id, en: id }, aliases: [] };
}

describe('findRelatedIndexed', () => {
  it('returns exactly what the full scan returns, on a generated corpus', () => {
    const plans = planStories({ perLang: 300, seed: 11 });
    const articles = plans.flatMap((plan) =>
      plan.langs.map((lang) => article({ id: `${lang}/${plan.key}`, topic: plan.topic, actors: plan.actors, date: plan.date })),
    );
    const actorIds = [...new Set(plans.flatMap((plan) => plan.actors))];
    const model = buildSiteModel(articles, actorIds.map(actor), { today: '2030-01-01', includeUnpublished: false });
    for (const story of model.articles) {
      expect(findRelatedIndexed(story, model).map((a) => a.id)).toEqual(findRelated(story, model.byLang[story.lang]).map((a) => a.id));
    }
  });

  it('ranks shared actors above the topic and breaks ties newest first', () => {
    const me = article({ id: 'en/me', topic: 'budget', actors: ['a', 'b'], date: '2025-01-01' });
    const twoActors = article({ id: 'en/two', topic: 'alliance', actors: ['a', 'b'], date: '2020-01-01' });
    const topicOld = article({ id: 'en/old', topic: 'budget', actors: ['z'], date: '2021-01-01' });
    const topicNew = article({ id: 'en/new', topic: 'budget', actors: ['z'], date: '2024-01-01' });
    const unrelated = article({ id: 'en/none', topic: 'alliance', actors: ['z'], date: '2025-06-01' });
    const german = article({ id: 'de/me', topic: 'budget', actors: ['a', 'b'], date: '2025-01-01' });
    const model = buildSiteModel([me, twoActors, topicOld, topicNew, unrelated, german], ['a', 'b', 'z'].map(actor), {
      today: '2030-01-01',
      includeUnpublished: false,
    });
    expect(findRelatedIndexed(me, model).map((a) => a.id)).toEqual(['en/two', 'en/new', 'en/old']);
    expect(findRelatedIndexed(me, model, 1).map((a) => a.id)).toEqual(['en/two']);
  });

  it('counts an actor listed twice as the full scan does, and ties on date by slug', () => {
    const me = article({ id: 'en/me', topic: 'budget', actors: ['a', 'b'], date: '2025-01-01' });
    const twice = article({ id: 'en/twice', topic: 'alliance', actors: ['a', 'a'], date: '2020-01-01' });
    const both = article({ id: 'en/both', topic: 'alliance', actors: ['a', 'b'], date: '2019-01-01' });
    const sameDayA = article({ id: 'en/alpha', topic: 'alliance', actors: ['b'], date: '2023-03-03' });
    const sameDayB = article({ id: 'en/beta', topic: 'alliance', actors: ['b'], date: '2023-03-03' });
    const model = buildSiteModel([me, twice, both, sameDayA, sameDayB], ['a', 'b'].map(actor), { today: '2030-01-01', includeUnpublished: false });
    const full = findRelated(me, model.byLang.en, 4).map((a) => a.id);
    expect(full).toEqual(['en/twice', 'en/both', 'en/alpha', 'en/beta']);
    expect(findRelatedIndexed(me, model, 4).map((a) => a.id)).toEqual(full);
  });

  it('falls back to the full scan for an actor without an actor file', () => {
    const me = article({ id: 'en/me', topic: 'budget', actors: ['ghost'], date: '2025-01-01' });
    const other = article({ id: 'en/other', topic: 'alliance', actors: ['ghost'], date: '2024-01-01' });
    const model = buildSiteModel([me, other], [], { today: '2030-01-01', includeUnpublished: false });
    expect(findRelatedIndexed(me, model).map((a) => a.id)).toEqual(['en/other']);
  });
});
