import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A file's path relative to the output folder, with `/` separators (`de/index.html`). */
export function toRecordPath(outDir: string, file: string): string {
  return relative(outDir, file).split(sep).join('/');
}

/** Every file in the output folder, as relative paths; none when the folder does not exist. */
export function listFiles(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => toRecordPath(outDir, join(entry.parentPath, entry.name)));
}
