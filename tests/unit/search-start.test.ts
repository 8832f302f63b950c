import { describe, expect, it } from 'vitest';
import { selectSearchStart } from '../../src/lib/pages/search-start';
import { buildSiteModel } from '../../src/lib/site';
import { makeActor, makeArticle } from './fixtures';

describe('selectSearchStart', () => {
  const stories = [
    makeArticle({ lang: 'de', slug: 'a', date: '2026-02-19', topic: 'budget', actors: ['eco', 'bmds'] }),
    makeArticle({ lang: 'de', slug: 'b', date: '2026-02-18', topic: 'budget', actors: ['eco'] }),
    makeArticle({ lang: 'en', slug: 'c', date: '2026-02-17', topic: 'alliance', actors: ['canada'] }),
  ];
  const actors = [
    makeActor({ id: 'eco', name: { de: 'eco', en: 'eco' } }),
    makeActor({ id: 'bmds', name: { de: 'Bundesministerium für Digitales und Staatsmodernisierung', en: 'Digital ministry' } }),
    makeActor({ id: 'canada', name: { de: 'Kanada', en: 'Canada' } }),
  ];
  const model = buildSiteModel(stories, actors, { today: '2030-01-01', includeUnpublished: false });

  it('offers the newest stories, the topics that have stories and short actor names of that language', () => {
    const start = selectSearchStart(model, 'de');
    expect(start.latest.map((s) => s.slug)).toEqual(['a', 'b']);
    expect(start.topics).toEqual(['budget']);
    // Kanada appears only in English stories; the ministry's German name is too long for an example.
    expect(start.examples).toEqual(['eco']);
    expect(selectSearchStart(model, 'en').examples).toEqual(['Canada']);
  });
});
