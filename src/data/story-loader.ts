import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { classifyContentPath } from '../lib/content/layout.ts';
import { forgetCheckedTexts, listContentFiles, takeCheckedText } from './content-files.ts';
import { storedContentVersion } from './content-version.ts';
import { renderStoryBody } from '../lib/content/body/render-body.ts';
import { parseFrontmatter } from '../lib/content/frontmatter.ts';
import { forgetCheckedRenders, takeCheckedRender } from '../lib/content/mdx-check.ts';
import { countWords, firstWords } from '../lib/content/text.ts';
import { MAX_EXCERPT_WORDS } from '../lib/search/index-data.ts';
import { splitStoryData, storyBodyDir, storyFilesOf, type StoryRecord } from './story-files.ts';

/** Where the loader reads stories and writes their HTML. */
interface StoryPaths {
  root: string;
  /** The content folder. */
  contentDir: string;
  /** `<cacheDir>/story-bodies/`: one HTML and one record file per story, named by its digest (src/data/story-files.ts). */
  bodyDir: string;
  /** Whether a body file is there: one listing of the folder per load (an existence check per file cost seconds at archive size). */
  hasBody: (file: string) => boolean;
  /** A story file's text: in a build as the content check read it, else from the disk. */
  readText: (file: string) => Promise<string>;
}

const readFromDisk = (file: string) => readFile(file, 'utf8');

/**
 * Loads the stories of the content folder (the articles of `listContentFiles`, the list the
 * content check works from) and renders each body to HTML once, when its file is new or
 * changed. Astro's glob loader would instead turn every MDX file into a module that each build
 * bundles again: at 5,000 stories per language that was most of a rebuild after a one-line
 * edit (BENCHMARKS.md, "Rebuild after editing one story"). The HTML and the story's record go
 * to files named by the digest, and Astro's content store keeps only the images and the digest:
 * Astro serialises the store whenever one entry changes, inlines it into every build's bundle
 * and parses it for every getCollection, while a page reads only its own body.
 */
export function storyLoader({ contentDir }: { contentDir: string }): Loader {
  return {
    name: 'story-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const bodyDir = storyBodyDir(fileURLToPath(context.config.cacheDir));
      await mkdir(bodyDir, { recursive: true });
      // Files this load writes are never checked for: a file is checked only for an unchanged story.
      const listed = new Set((await readdir(bodyDir)).map((name) => join(bodyDir, name)));
      const paths: StoryPaths = {
        root,
        contentDir: resolve(root, contentDir),
        bodyDir,
        hasBody: (file) => listed.has(file),
        readText: async (file) => takeCheckedText(file) ?? readFromDisk(file),
      };
      const untouched = new Set(context.store.keys());
      const files = listContentFiles(paths.contentDir)
        .filter((file) => file.what.kind === 'article')
        .map((file) => file.full);
      const batch = 64;
      for (let i = 0; i < files.length; i += batch) {
        const ids = await Promise.all(files.slice(i, i + batch).map((file) => syncStory(context, paths, file)));
        for (const id of ids) untouched.delete(id);
      }
      for (const id of untouched) context.store.delete(id);
      forgetCheckedRenders();
      forgetCheckedTexts();
      await pruneBodies(context, bodyDir, listed);
      // The dev server's later changes check the folder itself.
      watchStories(context, { ...paths, hasBody: existsSync, readText: readFromDisk });
    },
  };
}

/** `articles/de/my-story.mdx` → `de/my-story`, or undefined when the shared policy says it is no story. */
function storyId(contentDir: string, file: string): string | undefined {
  const what = classifyContentPath(relative(contentDir, file).split(sep).join('/'));
  return what.kind === 'article' ? `${what.lang}/${what.slug}` : undefined;
}

async function syncStory(context: LoaderContext, paths: StoryPaths, file: string): Promise<string> {
  const { store, parseData, generateDigest } = context;
  const id = storyId(paths.contentDir, file);
  if (id === undefined) throw new Error(`${file}: not a story file (src/lib/content/layout.ts)`);
  const text = await paths.readText(file);
  const digest = generateDigest(`${storedContentVersion()}\n${text}`);
  const filePath = relative(paths.root, file).split(sep).join('/');
  const files = storyFilesOf(paths.bodyDir, digest);
  const existing = store.get(id);
  // Unchanged, and its files are there: the stored entry stands (Astro lists its images from the
  // stored entries).
  if (existing?.digest === digest && existing.filePath === filePath && paths.hasBody(files.html) && paths.hasBody(files.record)) return id;
  const parsed = parseFrontmatter(text);
  if ('message' in parsed) throw new Error(`${filePath}${parsed.line ? `:${parsed.line}` : ''}: ${parsed.message}`);
  let rendered;
  try {
    // Rendered once per build: by the content check, when it ran in this process.
    rendered = takeCheckedRender(parsed.body) ?? renderStoryBody(parsed.body);
  } catch (error) {
    throw new Error(`${filePath}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const data = await parseData({
    id,
    data: { ...(parsed.data as Record<string, unknown>), bodyImages: rendered.images },
    filePath: file,
  });
  let split;
  try {
    split = splitStoryData(data);
  } catch (error) {
    throw new Error(`${filePath}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  // No raw body in the record either (see storyLoader). The search index needs at most
  // MAX_EXCERPT_WORDS opening words (one more tells it the body goes on); reading time the count.
  const record: StoryRecord = {
    data: split.rest,
    slots: rendered.slots,
    words: countWords(rendered.text),
    lead: firstWords(rendered.text, MAX_EXCERPT_WORDS + 1),
  };
  await Promise.all([writeFile(files.html, rendered.html), writeFile(files.record, JSON.stringify(record))]);
  // Astro's store ignores a set whose digest it already holds. Same text at another path (a
  // file renamed within the checkout) must replace the entry, or it would keep the old path.
  if (existing) store.delete(id);
  store.set({ id, data: split.stored, filePath, digest });
  return id;
}

/**
 * Removes the HTML and records no stored entry's digest names any more (edited or deleted
 * stories), of the files listed before the load: what the load wrote, entries name.
 */
async function pruneBodies(context: LoaderContext, bodyDir: string, listed: ReadonlySet<string>): Promise<void> {
  const kept = new Set(
    context.store.values().flatMap((entry) => (entry.digest === undefined ? [] : Object.values(storyFilesOf(bodyDir, String(entry.digest))))),
  );
  const stale = [...listed].filter((file) => !kept.has(file));
  await Promise.all(stale.map((file) => unlink(file).catch(() => undefined)));
}

function watchStories(context: LoaderContext, paths: StoryPaths): void {
  const { watcher, logger, store } = context;
  const { root, contentDir } = paths;
  if (!watcher) return;
  watcher.add(contentDir);
  const onChange = async (path: string) => {
    // The same policy as the build's file list, symlinks included: the dev server must not read
    // through a link the build refuses.
    const relativePath = relative(contentDir, path).split(sep).join('/');
    // The watcher also reports the project's other files.
    if (relativePath.startsWith('../') || isAbsolute(relativePath)) return;
    const symlink = (await lstat(path).catch(() => undefined))?.isSymbolicLink() === true;
    const what = classifyContentPath(relativePath, { symlink });
    if (what.kind === 'error') {
      logger.error(`${relative(root, path)}: ${what.message}`);
      return;
    }
    if (what.kind !== 'article') return;
    try {
      await syncStory(context, paths, path);
      logger.info(`Reloaded ${relative(root, path)}`);
    } catch (error) {
      logger.error(error instanceof Error ? error.message : String(error));
    }
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', (path) => {
    const id = storyId(contentDir, path);
    if (id !== undefined) store.delete(id);
  });
}
