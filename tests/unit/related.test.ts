import { describe, expect, it } from 'vitest';
import { planStories } from '../../scripts/corpus/corpus';
import { createRandom } from '../../scripts/corpus/random';
import type { Actor, Article } from '../../src/lib/content/model';
import { findRelated } from '../../src/lib/listing';
import { findRelatedIndexed, MAX_INDEXED_ACTORS } from '../../src/lib/related';
import { buildSiteModel } from '../../src/lib/site';
import { TOPIC_IDS } from '../../src/lib/topics';

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

  it('returns exactly what the full scan returns, on random archives with skewed actors, repeats and ties', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const random = createRandom(seed);
      // A few actors in most stories, many in a handful: lists from huge to tiny.
      const actorIds = Array.from({ length: 5 + random.int(0, 15) }, (_, n) => `actor-${n}`);
      const topics = TOPIC_IDS.slice(0, 1 + random.int(0, TOPIC_IDS.length - 1));
      const articles = Array.from({ length: 150 + random.int(0, 150) }, (_, n) => {
        const count = random.next() < 0.3 ? MAX_INDEXED_ACTORS + random.int(1, 3) : random.int(1, MAX_INDEXED_ACTORS);
        const actors = random.sample(actorIds, count, 3);
        if (random.next() < 0.05) actors.push(actors[0]!);
        return article({
          id: `${random.next() < 0.5 ? 'de' : 'en'}/s${n}`,
          topic: random.pick(topics),
          actors,
          // Few days, so many stories tie on score and date and are ordered by slug.
          date: `2025-01-0${random.int(1, 4)}`,
        });
      });
      // The last actor has no actor file in every other archive: its stories take the fallback.
      const actorFiles = seed % 2 === 0 ? actorIds.slice(0, -1) : actorIds;
      const model = buildSiteModel(articles, actorFiles.map(actor), { today: '2030-01-01', includeUnpublished: false });
      for (const limit of [1, 3, 6]) {
        for (const story of model.articles) {
          const expected = findRelated(story, model.byLang[story.lang], limit).map((a) => a.id);
          expect(findRelatedIndexed(story, model, limit).map((a) => a.id), `seed ${seed}, ${story.id}, limit ${limit}`).toEqual(expected);
        }
      }
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
