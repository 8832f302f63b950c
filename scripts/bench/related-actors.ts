/**
 * CPU per story of the related-stories ranking on an archive shaped like the real stories (3 to 10
 * actors each, from 60), which the benchmark corpus (1 to 4 actors from 30) does not show:
 * groups of more than MAX_INDEXED_ACTORS actors walk their actors' lists.
 *   npm run bench:related-actors -- --sizes 5000,20000
 */
import type { Actor, Article } from '../../src/lib/content/model';
import { findRelatedIndexed } from '../../src/lib/related';
import { buildSiteModel } from '../../src/lib/site';
import { TOPIC_IDS } from '../../src/lib/topics';
import { createRandom } from '../corpus/random';
import { parseCommandLine } from '../lib/cli';
import { parseSizes } from './measure';

const USAGE = `Usage: npm run bench:related-actors [-- --sizes 5000,20000]

Builds one language's site model of N stories naming 3 to 10 of 60 actors (skewed, so a few
actors are in most stories) and times the related stories of every story, in CPU µs per story.`;

/** Actors per story, drawn uniformly from this list: mostly 4 to 6, like content/. */
const ACTOR_COUNTS = [3, 4, 4, 5, 5, 5, 6, 6, 7, 8, 10];

const { values } = parseCommandLine(USAGE, { options: { sizes: { type: 'string', default: '5000,20000' } } });
for (const size of parseSizes(values.sizes)) {
  const random = createRandom(3);
  const actorIds = Array.from({ length: 60 }, (_, n) => `actor-${n}`);
  const articles = Array.from({ length: size }, (_, n): Article => {
    const day = new Date(Date.UTC(2021, 0, 1) + Math.floor((n / size) * 1800) * 86_400_000).toISOString().slice(0, 10);
    const slug = `story-${n}`;
    return {
      id: `en/${slug}`, lang: 'en', slug, title: slug, summary: '', date: day, translationKey: slug, draft: false,
      readingMinutes: 1, words: 100, kind: 'news', lead: false, text: '', quotedActors: [], sources: [], corrections: [], aliases: [],
      topic: random.pick(TOPIC_IDS),
      actors: random.sample(actorIds, random.pick(ACTOR_COUNTS), 2),
    };
  });
  const actors = actorIds.map((id): Actor => ({ id, name: { de: id, en: id }, kind: 'person', role: { de: id, en: id }, aliases: [] }));
  const model = buildSiteModel(articles, actors, { today: '2030-01-01', includeUnpublished: false });
  const started = process.cpuUsage();
  for (const story of model.articles) findRelatedIndexed(story, model);
  const used = process.cpuUsage(started);
  console.log(`${size} stories: related stories ${((used.user + used.system) / 1000).toFixed(0)} CPU ms, ${((used.user + used.system) / size).toFixed(0)} µs per story`);
}
