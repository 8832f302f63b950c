import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { mapInBatches } from '../lib/batches.ts';
import { walkFiles } from '../lib/build/list-files.ts';
import { classifyContentPath, type ContentPathKind } from '../lib/content/layout.ts';
import { MAX_FILE_BYTES, type ContentFile } from '../lib/content/validate.ts';
import { sharedHandover } from '../lib/handover.ts';

/** A file of the content folder with what the shared policy says it is. */
export interface ListedContentFile {
  /** Relative to the content folder, `/` separators. */
  path: string;
  /** Absolute path on disk. */
  full: string;
  symlink: boolean;
  what: ContentPathKind;
}

/**
 * Every file under the content folder, each classified by `classifyContentPath`: the one list
 * the content check and the story loader both work from, so the loader never publishes a file
 * the check did not see (a dot-file, a symlink) and no file goes unread.
 */
export function listContentFiles(dir: string): ListedContentFile[] {
  if (!existsSync(dir)) return [];
  const files: ListedContentFile[] = [];
  for (const { path, full, entry } of walkFiles(dir)) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const symlink = entry.isSymbolicLink();
    files.push({ path, full, symlink, what: classifyContentPath(path, { symlink }) });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * Story texts a build's content check read, by absolute path, until the story loader of the same
 * process takes them: each file is read once per build, and the loader publishes exactly the
 * text that was checked. Only a build keeps them (`keepTexts`): a dev server's files change
 * after the check, and its loader reads them itself.
 */
const checkedTexts = sharedHandover<string, string>('checked-texts');

/**
 * Files read at a time. The reads go to libuv's threads, which keeps the disk busy when the page
 * cache no longer holds the folder (a first build of the day, a rebuild after a build that wrote
 * gigabytes); when it does, this costs what reading one at a time costs (BENCHMARKS.md,
 * "Archive scale", sixteenth pass).
 */
const TEXT_READS = 64;

/** Reads the content folder for the validator: text of articles, actors, editions and the publisher file, paths of the rest. */
export function readContentFolder(dir: string, { keepTexts = false }: { keepTexts?: boolean } = {}): Promise<ContentFile[]> {
  return mapInBatches(listContentFiles(dir), TEXT_READS, async ({ path, full, symlink, what }): Promise<ContentFile> => {
    if (symlink) return { path, symlink };
    if (what.kind !== 'article' && what.kind !== 'actor' && what.kind !== 'edition' && what.kind !== 'publisher') return { path };
    const text = await readText(full);
    if (text === undefined) return { path, size: (await stat(full)).size };
    const size = text.length * 4 > MAX_FILE_BYTES ? Buffer.byteLength(text) : text.length;
    if (size > MAX_FILE_BYTES) return { path, size };
    if (keepTexts && what.kind === 'article') checkedTexts.keep(full, text);
    return { path, text, size };
  });
}

/** The story's text as this build's content check read it, once; undefined when it did not. */
export function takeCheckedText(full: string): string | undefined {
  return checkedTexts.take(full);
}

export function forgetCheckedTexts(): void {
  checkedTexts.forget();
}

/** The text, or undefined when the file is too large to be one string (a gigabyte). */
async function readText(full: string): Promise<string | undefined> {
  try {
    return await readFile(full, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_FS_FILE_TOO_LARGE' || error instanceof RangeError) return undefined;
    throw error;
  }
}
