import { describe, expect, it } from 'vitest';
import { getFixedT } from '../../../src/i18n';
import { describePage } from '../../../src/lib/page-meta';
import { buildRoutes } from '../../../src/lib/routing';
import { describeSeo, originalEdition, withLeadImage } from '../../../src/lib/seo/page-seo';
import {
  buildBreadcrumbList,
  buildCollectionPage,
  buildWebSite,
  schemaTypeOf,
  type JsonLdNode,
} from '../../../src/lib/seo/structured-data';
import { makeArticle, makeModel } from './fixtures';

const SITE = new URL('https://example.org/');

function seoOf(path: string) {
  const model = makeModel();
  const routed = buildRoutes(model, { newsroom: true }).find((page) => page.path === path);
  if (!routed) throw new Error(`no route ${path}`);
  const t = getFixedT(routed.route.lang);
  const meta = describePage(routed.route, model, t);
  return describeSeo(routed.route, path, meta, { model, t, site: SITE });
}

function nodesOf(graph: JsonLdNode): JsonLdNode[] {
  expect(graph['@context']).toBe('https://schema.org');
  return graph['@graph'] as JsonLdNode[];
}

const byType = (nodes: JsonLdNode[], type: string) => nodes.find((node) => node['@type'] === type);

describe('schema.org builders', () => {
  it('maps actor kinds to Person, Organization and what the rest are', () => {
    expect(schemaTypeOf('person')).toBe('Person');
    expect(schemaTypeOf('organisation')).toBe('Organization');
    expect(schemaTypeOf('institution')).toBe('GovernmentOrganization');
  });

  it('points the SearchAction at the search page with a q parameter', () => {
    const site = buildWebSite({
      name: 'S',
      description: 'D',
      inLanguage: 'de-DE',
      url: 'https://example.org/de/',
      searchUrl: 'https://example.org/de/suche/',
    });
    expect(site.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://example.org/de/suche/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });

  it('numbers breadcrumbs and list items from their position', () => {
    const crumbs = buildBreadcrumbList([
      { name: 'Start', url: 'https://example.org/de/' },
      { name: 'Themen', url: 'https://example.org/de/themen/' },
    ]);
    expect((crumbs.itemListElement as JsonLdNode[]).map((item) => [item.position, item.item])).toEqual([
      [1, 'https://example.org/de/'],
      [2, 'https://example.org/de/themen/'],
    ]);
    const page = buildCollectionPage({
      url: 'u',
      name: 'n',
      description: 'd',
      inLanguage: 'de-DE',
      homeUrl: 'h',
      items: [{ name: 'a', url: 'x' }],
      firstPosition: 21,
    });
    expect((page.mainEntity as { itemListElement: JsonLdNode[] }).itemListElement[0]!.position).toBe(21);
  });
});

describe('describeSeo', () => {
  it('gives a story a NewsArticle with dates, language, topic, actors and its card', () => {
    const seo = seoOf('/de/artikel/allianz/');
    const article = byType(nodesOf(seo.jsonLd), 'NewsArticle')!;
    expect(article).toMatchObject({
      url: 'https://example.org/de/artikel/allianz/',
      headline: 'Title allianz',
      description: 'Summary allianz',
      datePublished: '2026-02-14T12:00:00Z',
      dateModified: '2026-02-14T12:00:00Z',
      inLanguage: 'de-DE',
      image: ['https://example.org/og/de/artikel/allianz.png'],
      about: { '@type': 'Thing', url: 'https://example.org/de/themen/allianz/' },
    });
    expect(article.mentions).toEqual([
      { '@type': 'Person', name: 'Karsten Wildberger', url: 'https://example.org/de/akteure/karsten-wildberger/' },
      { '@type': 'GovernmentOrganization', name: 'BMDS', url: 'https://example.org/de/akteure/bmds/' },
    ]);
    expect(seo.ogImagePath).toBe('/og/de/artikel/allianz.png');
    expect(seo.story).toMatchObject({ published: '2026-02-14', modified: '2026-02-14', tags: ['Karsten Wildberger', 'BMDS'] });
  });

  it('adds the lead image after the card to the NewsArticle only, leaving the page data as it was', () => {
    const seo = seoOf('/de/artikel/allianz/');
    const before = JSON.stringify(seo.jsonLd);
    const graph = withLeadImage(seo.jsonLd, 'https://example.org/_astro/lead.webp');
    expect(byType(nodesOf(graph), 'NewsArticle')!.image).toEqual(['https://example.org/og/de/artikel/allianz.png', 'https://example.org/_astro/lead.webp']);
    expect(nodesOf(graph).filter((node) => node['@type'] !== 'NewsArticle')).toEqual(nodesOf(seo.jsonLd).filter((node) => node['@type'] !== 'NewsArticle'));
    expect(JSON.stringify(seo.jsonLd)).toBe(before);
  });

  it('links the editions: the earlier one is the original, the other its translation', () => {
    const de = byType(nodesOf(seoOf('/de/artikel/allianz/').jsonLd), 'NewsArticle')!;
    const en = byType(nodesOf(seoOf('/en/articles/alliance/').jsonLd), 'NewsArticle')!;
    expect(de.workTranslation).toMatchObject({ url: 'https://example.org/en/articles/alliance/', inLanguage: 'en-GB' });
    expect(de.translationOfWork).toBeUndefined();
    expect(en.translationOfWork).toMatchObject({ url: 'https://example.org/de/artikel/allianz/', inLanguage: 'de-DE' });
    expect(en.dateModified).toBe('2026-02-17T12:00:00Z');
  });

  it('leaves out the edition link for an untranslated story', () => {
    const article = byType(nodesOf(seoOf('/de/artikel/nur-deutsch/').jsonLd), 'NewsArticle')!;
    expect(article.workTranslation).toBeUndefined();
    expect(article.translationOfWork).toBeUndefined();
  });

  it('prefers the site language when both editions share a day', () => {
    const de = makeArticle({ lang: 'de', slug: 'a', date: '2026-02-14' });
    const en = makeArticle({ lang: 'en', slug: 'b', date: '2026-02-14' });
    expect(originalEdition(en, de)).toBe(de);
  });

  it('makes topic and actor pages CollectionPages of their stories, with breadcrumbs ending at the page', () => {
    const nodes = nodesOf(seoOf('/de/themen/allianz/').jsonLd);
    const page = byType(nodes, 'CollectionPage')!;
    expect((page.mainEntity as { itemListElement: JsonLdNode[] }).itemListElement.map((item) => item.url)).toEqual([
      'https://example.org/de/artikel/allianz/',
    ]);
    const crumbs = byType(nodes, 'BreadcrumbList')!.itemListElement as JsonLdNode[];
    expect(crumbs.at(-1)).toMatchObject({ item: 'https://example.org/de/themen/allianz/' });

    const actor = byType(nodesOf(seoOf('/de/akteure/bmds/').jsonLd), 'CollectionPage')!;
    expect(actor.about).toMatchObject({ '@type': 'GovernmentOrganization', name: 'BMDS' });
  });

  it('gives every page the WebSite node; utility pages share the home card', () => {
    const search = seoOf('/en/search/');
    expect(byType(nodesOf(search.jsonLd), 'WebSite')).toBeDefined();
    expect(byType(nodesOf(search.jsonLd), 'BreadcrumbList')).toBeUndefined();
    expect(search.ogImagePath).toBe('/og/en.png');
  });
});
