import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate';
import { planActor } from '../../scripts/lib/new-actor';
import { planStory, type ContentState, type StoryRequest } from '../../scripts/lib/new-story';
import { ECO, WILDBERGER } from './content/corpus';

const state: ContentState = {
  actorIds: new Set(['eco', 'karsten-wildberger']),
  paths: new Set(['actors/eco.yaml', 'actors/karsten-wildberger.yaml', 'articles/de/alte-meldung.mdx']),
  keys: { de: new Set(['old-story']), en: new Set() },
  editions: new Map([['old-story', { path: 'articles/de/alte-meldung.mdx', topic: 'defence-cloud', actors: ['eco'] }]]),
};
// 23:30 UTC on 31 Dec is already New Year's Day in Berlin.
const now = new Date('2026-12-31T23:30:00Z');
const request: StoryRequest = {
  topic: 'budget',
  actors: 'karsten-wildberger, eco',
  titles: { de: 'Verzögerung beim Haushalt', en: 'Budget delayed' },
  now,
};

describe('planStory', () => {
  it('plans both editions with a shared key, Berlin date, slugs from the titles, as drafts', () => {
    const plan = planStory(request, state);
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(plan.files.map((f) => f.path)).toEqual(['articles/de/verzoegerung-beim-haushalt.mdx', 'articles/en/budget-delayed.mdx']);
    for (const file of plan.files) {
      expect(file.text).toContain('\ndate: 2027-01-01\n');
      expect(file.text).toContain('\ntranslationKey: budget-delayed\n');
      expect(file.text).toContain('\nactors: [karsten-wildberger, eco]\n');
      expect(file.text).toContain('\ntopic: budget\n');
      expect(file.text).toContain('\ndraft: true\n');
    }
    expect(plan.files[0]!.text).toContain('title: "Verzögerung beim Haushalt"');
  });

  it('writes files that pass the content guard', async () => {
    const plan = planStory({ ...request, titles: { de: 'Titel mit "Zitat": und <b>Markup</b>', en: 'Title' } }, state);
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    const corpus = [{ path: 'actors/eco.yaml', text: ECO }, { path: 'actors/karsten-wildberger.yaml', text: WILDBERGER }, ...plan.files];
    expect(await validateContent(corpus)).toEqual([]);
  });

  it('creates one file when only one language is given, keyed by its title', () => {
    const plan = planStory({ ...request, titles: { de: 'Nur auf Deutsch' } }, state);
    expect(plan.ok && plan.files.map((f) => f.path)).toEqual(['articles/de/nur-auf-deutsch.mdx']);
    expect(plan.ok && plan.files[0]!.text).toContain('translationKey: nur-auf-deutsch');
  });

  it('takes an explicit key, e.g. to add a translation to an existing story', () => {
    const plan = planStory({ ...request, titles: { en: 'The old story' }, key: 'old-story' }, state);
    expect(plan.ok && plan.files[0]!.text).toContain('translationKey: old-story');
  });

  it('starts a translation with the existing edition\'s topic and actors unless given', () => {
    const plan = planStory({ titles: { en: 'The old story' }, key: 'old-story', now }, state);
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(plan.copiedFrom).toBe('articles/de/alte-meldung.mdx');
    expect(plan.files[0]!.text).toContain('topic: defence-cloud\nactors: [eco]\ntranslationKey: old-story');
    const own = planStory({ ...request, titles: { en: 'The old story' }, key: 'old-story' }, state);
    expect(own.ok && [own.copiedFrom, own.files[0]!.text.includes('topic: budget')]).toEqual([undefined, true]);
  });

  it('refuses to overwrite an existing file', () => {
    const plan = planStory({ ...request, titles: { de: 'Alte Meldung' } }, state);
    expect(plan).toEqual({ ok: false, errors: ['articles/de/alte-meldung.mdx already exists; not overwritten (choose another title)'] });
  });

  it('refuses a key the language already uses', () => {
    const plan = planStory({ ...request, titles: { de: 'Neue Meldung' }, key: 'old-story' }, state);
    expect(plan.ok ? [] : plan.errors).toEqual(['a de story with translationKey "old-story" already exists; pass another --key']);
  });

  it('rejects an unknown topic and unknown actors with the allowed values, all at once', () => {
    const plan = planStory({ ...request, topic: 'sport', actors: 'eco,niemand' }, state);
    expect(plan.ok ? [] : plan.errors).toEqual([
      'unknown topic "sport"; allowed: alliance, defence-cloud, budget, digital-euro',
      'unknown actor id(s): niemand; add them first with `npm run new:actor` (known: eco, karsten-wildberger)',
    ]);
  });

  it('needs a topic, actors and a title', () => {
    const plan = planStory({ titles: {}, now }, state);
    expect(plan.ok ? 0 : plan.errors.length).toBe(3);
  });
});

describe('planActor', () => {
  const existing = new Set(['actors/eco.yaml']);

  it('plans a valid actor file with one name', async () => {
    const plan = planActor({ id: 'max-muster', kind: 'person', name: 'Max Muster', roleDe: 'Sprecher', roleEn: 'Spokesman' }, existing);
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(plan.file.path).toBe('actors/max-muster.yaml');
    expect(plan.file.text).toContain('name: "Max Muster"\nkind: person\n');
    expect(await validateContent([plan.file])).toEqual([]);
  });

  it('writes per-language names when they differ', async () => {
    const plan = planActor(
      { id: 'bmds', kind: 'institution', nameDe: 'Digitalministerium', nameEn: 'Digital Ministry', roleDe: 'Ministerium', roleEn: 'Ministry' },
      existing,
    );
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(plan.file.text).toContain('name:\n  de: "Digitalministerium"\n  en: "Digital Ministry"\n');
    expect(await validateContent([plan.file])).toEqual([]);
  });

  it('rejects a bad id, an unknown kind, missing names and roles', () => {
    const plan = planActor({ id: 'Max Muster', kind: 'mensch', nameDe: 'Max' }, existing);
    expect(plan.ok ? [] : plan.errors).toEqual([
      'id "Max Muster" is not lowercase ASCII kebab-case; use "max-muster"',
      'unknown kind "mensch"; allowed: person, organisation, institution, country, event',
      'give --name "…" (same in both languages) or both --name-de "…" and --name-en "…"',
      'give the role in both languages: --role-de "…" --role-en "…"',
    ]);
  });

  it('refuses to overwrite an existing actor', () => {
    const plan = planActor({ id: 'eco', kind: 'organisation', name: 'eco', roleDe: 'V', roleEn: 'A' }, existing);
    expect(plan.ok ? [] : plan.errors).toEqual(['actors/eco.yaml already exists; not overwritten']);
  });
});
