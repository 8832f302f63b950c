import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { processShared } from '../lib/process-shared';
import { classifyContentPath, type ContentPathKind } from '../lib/content/layout';
import { MAX_FILE_BYTES, type ContentFile } from '../lib/content/validate';

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
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const full = join(entry.parentPath, entry.name);
    const path = relative(dir, full).split(sep).join('/');
    const symlink = entry.isSymbolicLink();
    files.push({ path, full, symlink, what: classifyContentPath(path, { symlink }) });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * Texts read in this process, by absolute path, until the story loader takes them: the content
 * check reads every file before Astro's content sync, which would read each story again.
 */
const readTexts = processShared('content-texts', () => new Map<string, { mtimeMs: number; size: number; text: string }>());

/** Reads the content folder for the validator: text of articles and actors, paths of the rest. */
export function readContentFolder(dir: string): ContentFile[] {
  return listContentFiles(dir).map(({ path, full, symlink, what }) => {
    if (symlink) return { path, symlink };
    if (what.kind !== 'article' && what.kind !== 'actor') return { path };
    const { mtimeMs, size } = statSync(full);
    if (size > MAX_FILE_BYTES) return { path, size };
    const text = readFileSync(full, 'utf8');
    if (what.kind === 'article') readTexts.set(full, { mtimeMs, size, text });
    return { path, text, size };
  });
}

/** A story's text: the one the content check read when the file has not changed since, else from disk. */
export async function readStoryText(full: string): Promise<string> {
  const known = readTexts.get(full);
  if (known) {
    readTexts.delete(full);
    const now = await stat(full);
    if (now.mtimeMs === known.mtimeMs && now.size === known.size) return known.text;
  }
  return readFile(full, 'utf8');
}
