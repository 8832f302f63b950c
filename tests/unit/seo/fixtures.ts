import type { Actor, Article } from '../../../src/lib/content/model';
import { buildSiteModel, type SiteModel } from '../../../src/lib/site';
import { makeArticle as makeBaseArticle } from '../fixtures';

/** The shared story factory, dated on the day the alliance was signed. */
export function makeArticle(overrides: Partial<Article> & Pick<Article, 'lang' | 'slug'>): Article {
  return makeBaseArticle({ date: '2026-02-14', ...overrides });
}

const ACTORS: Actor[] = [
  {
    id: 'karsten-wildberger',
    name: { de: 'Karsten Wildberger', en: 'Karsten Wildberger' },
    kind: 'person',
    role: { de: 'Bundesdigitalminister', en: 'Federal Minister for Digital Affairs' },
    aliases: [],
  },
  {
    id: 'bmds',
    name: { de: 'BMDS', en: 'BMDS' },
    kind: 'institution',
    role: { de: 'Digitalministerium', en: 'Digital ministry' },
    aliases: [],
  },
];

/** A pair (de+en, the German one first), a German-only story, a draft and a future story. */
export function makeModel(): SiteModel {
  return buildSiteModel(
    [
      makeArticle({ lang: 'de', slug: 'allianz', translationKey: 'pair', date: '2026-02-14', actors: ['karsten-wildberger', 'bmds'] }),
      makeArticle({ lang: 'en', slug: 'alliance', translationKey: 'pair', date: '2026-02-15', updated: '2026-02-17' }),
      makeArticle({ lang: 'de', slug: 'nur-deutsch', translationKey: 'de-only', date: '2026-02-16', topic: 'budget' }),
      makeArticle({ lang: 'en', slug: 'draft', translationKey: 'draft', draft: true }),
      makeArticle({ lang: 'en', slug: 'future', translationKey: 'future', date: '2026-03-01' }),
    ],
    ACTORS,
    { today: '2026-02-20', includeUnpublished: false },
  );
}
