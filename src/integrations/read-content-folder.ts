import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../lib/content/validate';

const TEXT_FILE = /\.(mdx|md|ya?ml|json|txt)$/i;

/** Reads the content folder for the validator: text of text files, paths of the rest. */
export function readContentFolder(dir: string): ContentFile[] {
  if (!existsSync(dir)) return [];
  const files: ContentFile[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const path = relative(dir, full).split(sep).join('/');
    files.push(TEXT_FILE.test(entry.name) ? { path, text: readFileSync(full, 'utf8') } : { path });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
