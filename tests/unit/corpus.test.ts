import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { generateCorpus, planStories } from '../../scripts/corpus/corpus';
import { createRandom } from '../../scripts/corpus/random';
import { actorSchema, createArticleSchema } from '../../src/lib/content/schema';
import { isValidSlug } from '../../src/lib/content/slug';
import { TOPIC_IDS } from '../../src/lib/topics';

const articleSchema = createArticleSchema(z.string());

function frontmatter(text: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return parse(match[1]!);
}

describe('createRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    for (const value of first) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of first) expect(value).toBeLessThan(1);
  });

  it('samples distinct items', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const sample = createRandom(1).sample(items, 4, 2);
    expect(new Set(sample).size).toBe(4);
    for (const item of sample) expect(items).toContain(item);
  });
});

describe('generateCorpus', () => {
  const files = generateCorpus({ perLang: 60, seed: 7 });
  const articles = files.filter((file) => file.path.startsWith('articles/'));
  const actors = files.filter((file) => file.path.startsWith('actors/'));
  const actorIds = new Set(actors.map((file) => file.path.slice('actors/'.length, -'.yaml'.length)));

  it('is deterministic for a seed and changes with the seed', () => {
    expect(generateCorpus({ perLang: 60, seed: 7 })).toEqual(files);
    expect(generateCorpus({ perLang: 60, seed: 8 })).not.toEqual(files);
  });

  it('writes exactly N stories per language with valid slugs', () => {
    for (const lang of ['de', 'en']) {
      const paths = articles.filter((file) => file.path.startsWith(`articles/${lang}/`)).map((file) => file.path);
      expect(paths).toHaveLength(60);
      expect(new Set(paths).size).toBe(60);
      for (const path of paths) expect(isValidSlug(path.split('/')[2]!.replace(/\.mdx$/, ''))).toBe(true);
    }
  });

  it('produces stories and actors that pass the content schemas and reference known actors', () => {
    expect(actors.length).toBeGreaterThanOrEqual(25);
    for (const file of actors) expect(actorSchema.safeParse(parse(file.text)).success).toBe(true);
    for (const file of articles) {
      const result = articleSchema.safeParse(frontmatter(file.text));
      expect(result.success, `${file.path}: ${result.error?.message}`).toBe(true);
      for (const actor of result.data!.actors) expect(actorIds.has(actor), actor).toBe(true);
    }
  });

  it('pairs most stories by translationKey and leaves a few untranslated', () => {
    const langsByKey = new Map<string, string[]>();
    for (const file of articles) {
      const { translationKey } = frontmatter(file.text) as { translationKey: string };
      langsByKey.set(translationKey, [...(langsByKey.get(translationKey) ?? []), file.path.split('/')[1]!]);
    }
    const singles = [...langsByKey.values()].filter((langs) => langs.length === 1);
    expect(singles.length).toBeGreaterThan(0);
    expect(singles.length).toBeLessThan(10);
    expect(singles.some(([lang]) => lang === 'de')).toBe(true);
    expect(singles.some(([lang]) => lang === 'en')).toBe(true);
  });

  it('has bodies of about 600 words', () => {
    for (const file of articles.slice(0, 20)) {
      const body = file.text.replace(/^---\n[\s\S]*?\n---\n/, '');
      const words = body.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThan(400);
      expect(words).toBeLessThan(900);
    }
  });
});

describe('planStories', () => {
  const plans = planStories({ perLang: 400, seed: 3, lastDay: '2026-01-31' });

  it('covers all four topics and spreads dates over five years ending at lastDay', () => {
    expect(new Set(plans.map((plan) => plan.topic))).toEqual(new Set(TOPIC_IDS));
    const dates = plans.map((plan) => plan.date).sort();
    expect(dates.at(-1)! <= '2026-01-31').toBe(true);
    expect(dates[0]! >= '2021-01-31').toBe(true);
    expect(new Set(dates.map((date) => date.slice(0, 4))).size).toBeGreaterThanOrEqual(5);
  });

  it('uses about thirty actors, some much more often than others', () => {
    const counts = new Map<string, number>();
    for (const plan of plans) for (const actor of plan.actors) counts.set(actor, (counts.get(actor) ?? 0) + 1);
    expect(counts.size).toBeGreaterThanOrEqual(25);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(3 * sorted.at(-1)!);
  });
});
