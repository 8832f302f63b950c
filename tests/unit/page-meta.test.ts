import { describe, expect, it } from 'vitest';
import { getFixedT } from '../../src/i18n';
import { groupActorsByKind } from '../../src/lib/actors';
import { describePage } from '../../src/lib/page-meta';
import { buildSiteModel } from '../../src/lib/site';
import { makeActor, makeArticle } from './fixtures';

const article = makeArticle({ lang: 'en', slug: 'x', title: '<b>Bold</b> claim', summary: 'Dek', topic: 'digital-euro', actors: ['ecb'] });
const actors = [
  makeActor({ id: 'ecb', kind: 'institution', name: { de: 'Europäische Zentralbank', en: 'European Central Bank' }, role: { de: 'Notenbank', en: 'Central bank' } }),
  makeActor({ id: 'wildberger', kind: 'person', name: { de: 'Karsten Wildberger', en: 'Karsten Wildberger' } }),
  makeActor({ id: 'bmds', kind: 'institution', name: { de: 'Digitalministerium', en: 'Digital ministry' } }),
];
const model = buildSiteModel([article], actors, { today: '2026-03-01', includeUnpublished: false });

describe('page metadata', () => {
  it('uses the summary and topic breadcrumb for stories, keeping the raw title text', () => {
    const meta = describePage({ kind: 'article', lang: 'en', article }, model, getFixedT('en'));
    expect(meta.title).toBe('<b>Bold</b> claim');
    expect(meta.description).toBe('Dek');
    expect(meta.breadcrumbs.map((c) => c.href)).toEqual(['/en/', '/en/topics/', '/en/topics/digital-euro/']);
  });

  it('localizes actor pages and numbers later pages', () => {
    const meta = describePage({ kind: 'actor', lang: 'de', actorId: 'ecb', page: { items: [], page: 2, lastPage: 3 } }, model, getFixedT('de'));
    expect(meta.title).toBe('Europäische Zentralbank (Seite 2 von 3)');
    expect(meta.description).toBe('Europäische Zentralbank: Notenbank');
  });

  it('marks search and 404 pages noindex', () => {
    expect(describePage({ kind: 'search', lang: 'de' }, model, getFixedT('de')).noindex).toBe(true);
    expect(describePage({ kind: 'topics', lang: 'de' }, model, getFixedT('de')).noindex).toBe(false);
  });
});

describe('actor overview', () => {
  it('groups by kind in a fixed order, sorted by localized name, with counts', () => {
    const groups = groupActorsByKind(actors, 'de', (id) => (id === 'ecb' ? 4 : 0));
    expect(groups.map((g) => g.kind)).toEqual(['person', 'institution']);
    expect(groups[1]!.actors.map((a) => [a.actor.id, a.count])).toEqual([['bmds', 0], ['ecb', 4]]);
  });
});
