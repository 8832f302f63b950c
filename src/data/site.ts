import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cacheDir, root } from 'astro:config/server';
import { getCollection, type CollectionEntry } from 'astro:content';
import { LANGS, type Lang } from '../i18n/config';
import { toActor } from '../lib/content/actor';
import { splitStoryBody, type BodyPart } from '../lib/content/body/slots';
import type { Article } from '../lib/content/model';
import type { EditionNote } from '../lib/content/edition-note';
import { readingMinutesFor } from '../lib/content/text';
import { storyBodyDir, storyFilesOf, type StoryRecord } from './story-files';
import { mapInBatches } from '../lib/batches';
import { berlinDay } from '../lib/dates';
import { buildRoutes, type RoutedPage } from '../lib/routing';
import type { PageContext } from '../lib/pages';
import { keyPage, type KeyedRoute } from '../lib/pages/keyed-page';
import { collectSearchRows } from '../lib/search/build';
import { buildSearchFilesInWorker, SEARCH_FILES_WORKER, type SearchFile } from '../lib/search/search-files';
import { searchTopicLabels } from '../lib/search/topic-labels';
import { buildSiteModel, type SiteModel } from '../lib/site';
import { buildEnv } from './build-env';

type ArticleEntry = CollectionEntry<'articles'>;
type ArticleData = ArticleEntry['data'];
/** What Astro's store holds of a story: its images (src/data/story-files.ts). */
type StoredImages = Pick<ArticleData, 'image' | 'bodyImages'>;

/** The one module that reads collections. Everything is computed once per build and shared. */
export function toArticle(entry: ArticleEntry, record: StoryRecord): Article {
  const [lang, slug] = entry.id.split('/') as [Lang, string];
  const { words, slots, lead } = record;
  const { image } = entry.data as StoredImages;
  const data = record.data as Omit<ArticleData, keyof StoredImages>;
  return {
    id: entry.id,
    lang,
    slug,
    ...data,
    ...(image && { image }),
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

/** What every page's data is built with besides the model: the site's origin and the build day. */
export const pageContext: PageContext = { site: new URL(import.meta.env.SITE ?? 'http://localhost/'), today };

const bodyDir = storyBodyDir(fileURLToPath(cacheDir));

interface LoadedStory {
  entry: ArticleEntry;
  record: StoryRecord;
}

let storiesPromise: Promise<LoadedStory[]> | undefined;

/** The article collection and each story's record, read once and shared by the model and the story bodies. */
function loadStories(): Promise<LoadedStory[]> {
  storiesPromise ??= getCollection('articles').then((entries) =>
    mapInBatches(entries, RECORD_READS, async (entry) => ({ entry, record: JSON.parse(await readStoryFile(entry, 'record')) as StoryRecord })),
  );
  return storiesPromise;
}

let modelPromise: Promise<SiteModel> | undefined;

export function loadSite(): Promise<SiteModel> {
  modelPromise ??= (async () => {
    const [stories, actors, editionNotes, publishers] = await Promise.all([loadStories(), getCollection('actors'), getCollection('editions'), getCollection('publisher')]);
    // Without publisher.yaml every detail is a placeholder (`npm run check:launch` says so).
    const publisher = publishers[0]?.data;
    return buildSiteModel(
      stories.map(({ entry, record }) => toArticle(entry, record)),
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

/** What the routes' `getStaticPaths` hand Astro: every page with its key, every search-index file. */
export interface StaticPathData {
  pages: { path: string; keyed: KeyedRoute }[];
  search: Map<Lang, SearchFile[]>;
}

let staticPathsPromise: Promise<StaticPathData> | undefined;

/**
 * Astro asks the routes for their paths one after the other, so both large parts are made here
 * together, whichever route asks first: the search index on a worker thread from rows sent to
 * it, and meanwhile on this thread the data and key of every page.
 */
export function loadStaticPaths(): Promise<StaticPathData> {
  staticPathsPromise ??= (async () => {
    const [model, routes] = await Promise.all([loadSite(), loadRoutes()]);
    const topicLabels = searchTopicLabels();
    const searchFiles = buildSearchFilesInWorker(
      LANGS.map((lang) => collectSearchRows(model, lang, { topicLabels })),
      new URL(SEARCH_FILES_WORKER, root),
    );
    const pages = routes.map(({ path, route }) => ({ path, keyed: keyPage(path, route, model, pageContext) }));
    const files = await searchFiles;
    return { pages, search: new Map(LANGS.map((lang, i) => [lang, files[i]!])) };
  })();
  return staticPathsPromise;
}

let storiesByIdPromise: Promise<Map<string, LoadedStory>> | undefined;

/** An article's body as the story loader rendered it, cut at the slots the page fills. */
export async function loadStoryBody(id: string): Promise<{ parts: BodyPart[]; images: ArticleData['bodyImages'] }> {
  storiesByIdPromise ??= loadStories().then((stories) => new Map(stories.map((story) => [story.entry.id, story])));
  const story = (await storiesByIdPromise).get(id);
  if (!story) throw new Error(`No article entry with id ${id}`);
  const html = await readStoryFile(story.entry, 'html');
  return { parts: splitStoryBody(html, story.record.slots), images: (story.entry.data as StoredImages).bodyImages };
}

const RECORD_READS = 64;

/** One of the files the story loader wrote for an entry, by its digest. */
function readStoryFile(entry: ArticleEntry, which: 'html' | 'record'): Promise<string> {
  if (entry.digest === undefined) throw new Error(`${entry.id}: no digest in the content store (src/data/story-loader.ts)`);
  const file = storyFilesOf(bodyDir, String(entry.digest))[which];
  return readFile(file, 'utf8').catch((error: unknown) => {
    throw new Error(`${entry.id}: ${file}, written by the story loader, is gone; delete the cache folder (node_modules/.astro or CACHE_DIR) and build again`, { cause: error });
  });
}
