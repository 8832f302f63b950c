/**
 * Which files of the previous build's output a build may keep. Astro's incremental build leaves
 * a page it can skip untouched when the page's file is still in the output folder, and copies it
 * from its cache otherwise (12,500 copies at 5,000 stories per language: most of a rebuild). So
 * the output folder is kept between builds, with two rules that make the result equal to a build
 * into an empty folder:
 * - before a build, everything but the previous successful build's pages is deleted (bundles,
 *   images, feeds written by integrations: all written again), and everything at all when there
 *   is no record of a successful build into this folder. A folder with an owner that makes it
 *   match the build itself (the Open Graph cards, `syncCardsToOutput`) is left to that owner;
 * - after a build, pages of the previous build that this build did not produce are deleted.
 */
export interface OutputRecord {
  version: typeof OUTPUT_RECORD_VERSION;
  /** Absolute path of the output folder the record describes. */
  outDir: string;
  /** Page files of the last successful build, relative to `outDir`, with `/` separators. */
  pages: string[];
}

const OUTPUT_RECORD_VERSION = 1;

/** Reads a record; anything unreadable counts as no record (the folder is then emptied). */
export function parseOutputRecord(text: string | undefined, outDir: string): OutputRecord | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (!isRecord(value) || value.outDir !== outDir) return undefined;
    return value;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is OutputRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<OutputRecord>;
  return (
    record.version === OUTPUT_RECORD_VERSION &&
    typeof record.outDir === 'string' &&
    Array.isArray(record.pages) &&
    record.pages.every((page) => typeof page === 'string')
  );
}

/** Output files that an integration keeps in step with the build itself. */
export interface OwnedFiles {
  /** Folders (relative, e.g. `og`). */
  folders?: readonly string[];
  /** Other files (e.g. the precompressed `.br`/`.gz` beside each page), by relative path. */
  files?: (file: string) => boolean;
}

/**
 * Files to delete before a build: all but the recorded pages and the owned files (and a `.git`
 * at the top, as Astro keeps it). Without a record, owned files are cleared as well.
 */
export function findFilesToClear(files: readonly string[], record: OutputRecord | undefined, owned: OwnedFiles = {}): string[] {
  const kept = new Set(record?.pages);
  const folders = record ? (owned.folders ?? []).map((folder) => `${folder.replace(/\/$/, '')}/`) : [];
  const isOwned = (record && owned.files) || (() => false);
  return files.filter((file) => !kept.has(file) && !isGitFile(file) && !folders.some((folder) => file.startsWith(folder)) && !isOwned(file));
}

/** Pages of the previous build that this one did not produce: removed stories, shorter listings. */
export function findOrphanPages(record: OutputRecord | undefined, built: readonly string[]): string[] {
  if (!record) return [];
  const current = new Set(built);
  return record.pages.filter((page) => !current.has(page));
}

export function createOutputRecord(outDir: string, pages: readonly string[]): OutputRecord {
  return { version: OUTPUT_RECORD_VERSION, outDir, pages: [...new Set(pages)].sort() };
}

function isGitFile(file: string): boolean {
  return file === '.git' || file.startsWith('.git/');
}
