import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** A file's path relative to the output folder, with `/` separators (`de/index.html`). */
export function toRecordPath(outDir: string, file: string): string {
  return relative(outDir, file).split(sep).join('/');
}

/**
 * Every file in the output folder, as relative paths; none when the folder does not exist.
 * `skip` names top-level folders left out (listed by their owner instead).
 */
export function listFiles(outDir: string, { skip = [] }: { skip?: readonly string[] } = {}): string[] {
  if (!existsSync(outDir)) return [];
  const root = resolve(outDir);
  const files: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) files.push(entry.name);
    else if (!skip.includes(entry.name)) for (const { path } of walkFiles(join(root, entry.name), `${entry.name}/`)) files.push(path);
  }
  return files;
}

/**
 * Every entry but folders under `folder`, recursively: its path below the folder with `/`
 * separators (after `base`) and its full path. Entries come folder by folder, so each folder's
 * prefix is cut once: `path.relative` for each of 50,000 files cost more than reading the folders.
 */
export function* walkFiles(folder: string, base = ''): Generator<{ path: string; full: string; entry: Dirent }> {
  const root = resolve(folder);
  let parent: string | undefined;
  let prefix = base;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    if (entry.parentPath !== parent) {
      parent = entry.parentPath;
      prefix = parent.length > root.length ? `${base}${parent.slice(root.length + 1).split(sep).join('/')}/` : base;
    }
    yield { path: prefix + entry.name, full: `${parent}${sep}${entry.name}`, entry };
  }
}

/**
 * Output folders an integration has just made hold exactly a known list of files (the cards'
 * folder after placing them), so the last integration (hosting) lists the rest only: one listing
 * of the card folder per build instead of one per integration.
 */
export class ListedFolders {
  readonly #folders = new Map<string, string[]>();

  /** `files` relative to the output folder, all under `folder/`. */
  set(folder: string, files: readonly string[]): void {
    this.#folders.set(folder, [...files]);
  }

  /** Every file of the output folder: the listed folders from their lists, the rest read. Forgets the lists. */
  listOutput(outDir: string): string[] {
    const listed = [...this.#folders];
    this.#folders.clear();
    return [...listFiles(outDir, { skip: listed.map(([folder]) => folder) }), ...listed.flatMap(([, files]) => files)];
  }

  /** Forgets the lists (a build starts: nothing is known about the folder yet). */
  clear(): void {
    this.#folders.clear();
  }
}
