import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ACTOR_FIELDS, ACTOR_FIELD_RULES, ARTICLE_FIELDS, ARTICLE_FIELD_RULES, displayPath, rulePath } from '../../../src/lib/content/field-rules';
import { actorSchema, createArticleSchema } from '../../../src/lib/content/schema';

describe('field rules', () => {
  it('list exactly the fields the schemas accept, each with a rule', () => {
    const articleKeys = Object.keys(createArticleSchema(z.string()).shape);
    expect([...(ARTICLE_FIELDS[''] ?? [])].sort()).toEqual(articleKeys.sort());
    expect([...(ACTOR_FIELDS[''] ?? [])].sort()).toEqual(Object.keys(actorSchema.shape).sort());
    for (const key of articleKeys) expect(ARTICLE_FIELD_RULES[key], key).toBeTruthy();
    for (const key of Object.keys(actorSchema.shape)) expect(ACTOR_FIELD_RULES[key], key).toBeTruthy();
  });

  it('address list items by index for editors and by * for rules', () => {
    expect(displayPath(['sources', 0, 'url'])).toBe('sources[0].url');
    expect(rulePath(['sources', 0, 'url'])).toBe('sources.*.url');
  });
});
