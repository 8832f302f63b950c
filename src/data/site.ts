import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/config';
import type { Actor, Article } from '../lib/content/model';
import { estimateReadingMinutes, toPlainText } from '../lib/content/text';
import { berlinDay } from '../lib/dates';
import { buildRoutes, type RoutedPage } from '../lib/routing';
import { buildSiteModel, type SiteModel } from '../lib/site';
import { buildTime } from './build-env';

/** The one module that reads collections. Everything is computed once per build and shared. */
export function toArticle(entry: CollectionEntry<'articles'>): Article {
  const [lang, slug] = entry.id.split('/') as [Lang, string];
  const text = toPlainText(entry.body ?? '');
  return {
    id: entry.id,
    lang,
    slug,
    ...entry.data,
    readingMinutes: estimateReadingMinutes(text),
    text,
    ...(entry.digest !== undefined && { digest: String(entry.digest) }),
  };
}

export function toActor(entry: CollectionEntry<'actors'>): Actor {
  const { name, kind, role, aliases } = entry.data;
  return {
    id: entry.id,
    name: typeof name === 'string' ? { de: name, en: name } : name,
    kind,
    role,
    aliases,
  };
}

/** Dev server only, whatever NODE_ENV says: see src/integrations/publishing-mode.ts. */
export const isDev = import.meta.env.SHOW_UNPUBLISHED === true;
export const today = berlinDay(buildTime);

let modelPromise: Promise<SiteModel> | undefined;

export function loadSite(): Promise<SiteModel> {
  modelPromise ??= (async () => {
    const [articles, actors] = await Promise.all([getCollection('articles'), getCollection('actors')]);
    return buildSiteModel(articles.map(toArticle), actors.map(toActor), {
      today,
      includeUnpublished: isDev,
    });
  })();
  return modelPromise;
}

let routesPromise: Promise<RoutedPage[]> | undefined;

export function loadRoutes(): Promise<RoutedPage[]> {
  routesPromise ??= loadSite().then((model) => buildRoutes(model, { newsroom: true }));
  return routesPromise;
}

let entriesPromise: Promise<Map<string, CollectionEntry<'articles'>>> | undefined;

/** The collection entry behind an article, for rendering its MDX body. */
export async function loadArticleEntry(id: string): Promise<CollectionEntry<'articles'>> {
  entriesPromise ??= getCollection('articles').then((entries) => new Map(entries.map((e) => [e.id, e])));
  const entry = (await entriesPromise).get(id);
  if (!entry) throw new Error(`No article entry with id ${id}`);
  return entry;
}
