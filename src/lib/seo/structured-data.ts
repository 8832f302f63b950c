import type { ActorKind } from '../content/schema.ts';

/**
 * Pure schema.org builders. Inputs are plain values with absolute URLs already resolved,
 * so each builder is a small mapping that tests can check field by field.
 */
export type JsonLdNode = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

export interface LinkedItem {
  name: string;
  /** Absolute URL. */
  url: string;
}

export interface EntityRef {
  kind: ActorKind;
  name: string;
  /** Absolute URL of the actor's page on this site. */
  url: string;
}

/** schema.org type of an actor: people and organisations as the issue asks, the rest as what they are. */
export function schemaTypeOf(kind: ActorKind): string {
  switch (kind) {
    case 'person':
      return 'Person';
    case 'organisation':
      return 'Organization';
    case 'institution':
      return 'GovernmentOrganization';
    case 'country':
      return 'Country';
    case 'event':
      return 'Event';
  }
}

export function buildEntity(entity: EntityRef): JsonLdNode {
  return { '@type': schemaTypeOf(entity.kind), name: entity.name, url: entity.url };
}

export interface WebSiteInput {
  name: string;
  description: string;
  /** BCP 47 tag. */
  inLanguage: string;
  /** Absolute URL of the language's home page. */
  url: string;
  /** Absolute URL of the search page; the query goes into `q`. */
  searchUrl: string;
}

function websiteId(homeUrl: string): string {
  return `${homeUrl}#website`;
}

function publisherId(homeUrl: string): string {
  return `${homeUrl}#publisher`;
}

/** The site in one language, with a SearchAction pointing at its search page. */
export function buildWebSite(input: WebSiteInput): JsonLdNode {
  const target = new URL(input.searchUrl);
  target.search = 'q=';
  return {
    '@type': 'WebSite',
    '@id': websiteId(input.url),
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: input.inLanguage,
    publisher: { '@id': publisherId(input.url) },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${target.href}{search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** Side of the square publisher logo in pixels (search engines ask for at least 112). */
export const PUBLISHER_LOGO_SIZE = 512;

export function buildPublisher(name: string, homeUrl: string, logoUrl: string): JsonLdNode {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': publisherId(homeUrl),
    name,
    url: homeUrl,
    logo: { '@type': 'ImageObject', url: logoUrl, width: PUBLISHER_LOGO_SIZE, height: PUBLISHER_LOGO_SIZE },
  };
}

interface EditionRef {
  /** Absolute URL of the other edition. */
  url: string;
  /** BCP 47 tag. */
  inLanguage: string;
  headline: string;
}

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  /** ISO 8601 instants. */
  datePublished: string;
  dateModified: string;
  inLanguage: string;
  /** Absolute image URLs, the Open Graph card first. */
  images: string[];
  about: LinkedItem;
  mentions: EntityRef[];
  /** Absolute URL of the language's home page (the publisher's and website's id base). */
  homeUrl: string;
  /** The other language edition and whether this edition is the original or its translation. */
  edition?: { relation: 'workTranslation' | 'translationOfWork'; other: EditionRef };
  /** Dated corrections, newest first; `datePublished` is an ISO 8601 instant. */
  corrections?: { text: string; datePublished: string }[];
}

export function buildNewsArticle(input: NewsArticleInput): JsonLdNode {
  const node: JsonLdNode = {
    '@type': 'NewsArticle',
    '@id': `${input.url}#article`,
    url: input.url,
    mainEntityOfPage: input.url,
    headline: input.headline,
    description: input.description,
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    inLanguage: input.inLanguage,
    image: input.images,
    about: { '@type': 'Thing', name: input.about.name, url: input.about.url },
    mentions: input.mentions.map(buildEntity),
    author: { '@id': publisherId(input.homeUrl) },
    publisher: { '@id': publisherId(input.homeUrl) },
    isPartOf: { '@id': websiteId(input.homeUrl) },
  };
  if (input.corrections && input.corrections.length > 0) {
    node.correction = input.corrections.map((correction) => ({ '@type': 'CorrectionComment', ...correction }));
  }
  if (input.edition) {
    node[input.edition.relation] = {
      '@type': 'NewsArticle',
      '@id': `${input.edition.other.url}#article`,
      url: input.edition.other.url,
      headline: input.edition.other.headline,
      inLanguage: input.edition.other.inLanguage,
    };
  }
  return node;
}

export interface CollectionPageInput {
  url: string;
  name: string;
  description: string;
  inLanguage: string;
  homeUrl: string;
  /** What the collection is about: a topic or an actor. */
  about?: JsonLdNode;
  items: LinkedItem[];
  /** Position of the first item (pages after the first continue the count). */
  firstPosition?: number;
  /** The period a collection covers, e.g. an edition's week: `2026-02-16/2026-02-22`. */
  temporalCoverage?: string;
}

/** A topic or actor page: the listed stories as an ItemList. */
export function buildCollectionPage(input: CollectionPageInput): JsonLdNode {
  const first = input.firstPosition ?? 1;
  const node: JsonLdNode = {
    '@type': 'CollectionPage',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: input.inLanguage,
    isPartOf: { '@id': websiteId(input.homeUrl) },
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: input.items.map((item, index) => ({
        '@type': 'ListItem',
        position: first + index,
        url: item.url,
        name: item.name,
      })),
    },
  };
  if (input.about) node.about = input.about;
  if (input.temporalCoverage) node.temporalCoverage = input.temporalCoverage;
  return node;
}

/** Breadcrumb trail; the last item is the page itself. */
export function buildBreadcrumbList(items: LinkedItem[]): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** One JSON-LD document holding every node of a page. */
export function buildGraph(nodes: JsonLdNode[]): JsonLdNode {
  return { '@context': CONTEXT, '@graph': nodes };
}
