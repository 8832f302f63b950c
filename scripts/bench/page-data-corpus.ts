import type { Actor, Article } from '../../src/lib/content/model';
import { buildSiteModel, type SiteModel } from '../../src/lib/site';
import { planStories } from '../corpus/corpus';

/**
 * The site model of the benchmark corpus without a build: the stories' plans (topic, actors,
 * date, languages) as articles with short fixed texts. For measuring how the pure page-data
 * path grows with the archive, not what a page costs to render.
 */
export function benchModel(perLang: number, seed = 7, today = '2026-06-01'): SiteModel {
  const plans = planStories({ perLang, seed });
  const articles = plans.flatMap((plan) =>
    plan.langs.map((lang): Article => ({
      id: `${lang}/${plan.key}`,
      lang,
      slug: plan.key,
      title: `Story ${plan.key}`,
      summary: `What story ${plan.key} is about, in a sentence or two.`,
      date: plan.date,
      topic: plan.topic,
      actors: plan.actors,
      translationKey: plan.key,
      draft: false,
      readingMinutes: 3,
      words: 600,
      kind: 'news',
      lead: false,
      text: 'The opening words of the story.',
      quotedActors: [],
      sources: [{ title: 'A source', url: 'https://example.org/source' }],
      corrections: [],
      aliases: [],
      digest: plan.key,
    })),
  );
  const actorIds = [...new Set(plans.flatMap((plan) => plan.actors))];
  const actors = actorIds.map((id): Actor => ({ id, name: { de: id, en: id }, kind: 'person', role: { de: id, en: id }, aliases: [] }));
  return buildSiteModel(articles, actors, { today, includeUnpublished: false });
}
