import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/config';
import { toActor } from '../lib/content/actor';
import { splitStoryBody, type BodyPart } from '../lib/content/body/slots';
import type { Article } from '../lib/content/model';
import type { EditionNote } from '../lib/content/edition-note';
import { readingMinutesFor } from '../lib/content/text';
import type { StoryMetadata } from './story-loader';
import { mapInBatches } from '../lib/batches';
import { berlinDay } from '../lib/dates';
import type { PageContext } from '../lib/pages';
import { buildRoutes, type RoutedPage } from '../lib/routing';
import { buildSiteModel, type SiteModel } from '../lib/site';
import { buildEnv } from './build-env';

/** The one module that reads collections. Everything is computed once per build and shared. */
export function toArticle(entry: CollectionEntry<'articles'>, lead: string): Article {
  const [lang, slug] = entry.id.split('/') as [Lang, string];
  const { words, slots } = storyMetadataOf(entry);
  const { bodyImages: _bodyImages, ...data } = entry.data;
  return {
    id: entry.id,
    lang,
    slug,
    ...data,
    readingMinutes: readingMinutesFor(words),
    words,
    text: lead,
    quotedActors: [...new Set(slots.flatMap((slot) => ('quote' in slot ? [slot.quote.actor] : [])))],
    ...(entry.digest !== undefined && { digest: String(entry.digest) }),
  };
}

/** Dev server only, whatever NODE_ENV says: see src/integrations/publishing-mode.ts. */
export const isDev = import.meta.env.SHOW_UNPUBLISHED === true;
export const today = berlinDay(buildEnv.buildTime);

/** What every page's data is built with besides the model: the site's address and the build's day. */
export const pageContext: PageContext = { site: new URL(import.meta.env.SITE ?? 'http://localhost/'), today };

let entriesPromise: Promise<CollectionEntry<'articles'>[]> | undefined;

/** The article collection, read once and shared by the model and the story bodies. */
function loadArticleEntries(): Promise<CollectionEntry<'articles'>[]> {
  entriesPromise ??= getCollection('articles');
  return entriesPromise;
}

let modelPromise: Promise<SiteModel> | undefined;

export function loadSite(): Promise<SiteModel> {
  modelPromise ??= (async () => {
    const [articles, actors, editionNotes, publishers] = await Promise.all([loadArticleEntries(), getCollection('actors'), getCollection('editions'), getCollection('publisher')]);
    const leads = await readLeads(articles);
    // Without publisher.yaml every detail is a placeholder (`npm run check:launch` says so).
    const publisher = publishers[0]?.data;
    return buildSiteModel(
      articles.map((entry, i) => toArticle(entry, leads[i]!)),
      actors.map((entry) => toActor(entry.id, entry.data)),
      { today, includeUnpublished: isDev, ...(publisher && { publisher }) },
      editionNotes.map((entry) => entry.data as EditionNote),
    );
  })();
  return modelPromise;
}


let routesPromise: Promise<RoutedPage[]> | undefined;

export function loadRoutes(): Promise<RoutedPage[]> {
  routesPromise ??= loadSite().then((model) => buildRoutes(model, { newsroom: true }));
  return routesPromise;
}

let entriesByIdPromise: Promise<Map<string, CollectionEntry<'articles'>>> | undefined;

/** An article's body as the story loader rendered it, cut at the slots the page fills. */
export async function loadStoryBody(id: string): Promise<{ parts: BodyPart[]; images: CollectionEntry<'articles'>['data']['bodyImages'] }> {
  entriesByIdPromise ??= loadArticleEntries().then((entries) => new Map(entries.map((e) => [e.id, e])));
  const entry = (await entriesByIdPromise).get(id);
  if (!entry) throw new Error(`No article entry with id ${id}`);
  const { slots, htmlFile } = storyMetadataOf(entry);
  const html = await readRendered(id, htmlFile);
  return { parts: splitStoryBody(html, slots), images: entry.data.bodyImages };
}

const LEAD_READS = 64;

/** Every story's lead, as the story loader wrote it (in the order of `entries`). */
function readLeads(entries: readonly CollectionEntry<'articles'>[]): Promise<string[]> {
  return mapInBatches(entries, LEAD_READS, (entry) => readRendered(entry.id, storyMetadataOf(entry).leadFile));
}

function readRendered(id: string, file: string): Promise<string> {
  return readFile(file, 'utf8').catch((error: unknown) => {
    throw new Error(`${id}: ${file}, written by the story loader, is gone; delete the cache folder (node_modules/.astro or CACHE_DIR) and build again`, { cause: error });
  });
}

function storyMetadataOf(entry: CollectionEntry<'articles'>): StoryMetadata {
  const metadata = entry.rendered?.metadata as StoryMetadata | undefined;
  if (!metadata?.slots) throw new Error(`${entry.id}: no rendered body in the content store (src/data/story-loader.ts)`);
  return metadata;
}
