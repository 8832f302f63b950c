import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LANGS, isLang, type Lang } from '../../src/i18n/config';
import { readContentFolder } from '../../src/data/content-files';
import { parseFrontmatter } from '../../src/lib/content/frontmatter';
import type { ContentState, PlannedFile } from './new-story';

/** What the scaffolding needs to know about the content folder on disk. */
export async function readContentState(dir: string): Promise<ContentState> {
  const files = await readContentFolder(dir);
  const keys = Object.fromEntries(LANGS.map((lang) => [lang, new Set<string>()])) as Record<Lang, Set<string>>;
  const actorIds = new Set<string>();
  const editions = new Map<string, { path: string; topic?: string; actors?: string[] }>();
  for (const file of files) {
    const actor = /^actors\/([^/]+)\.yaml$/.exec(file.path);
    if (actor) actorIds.add(actor[1]!);
    const [folder, lang] = file.path.split('/');
    if (folder !== 'articles' || !isLang(lang) || file.text === undefined) continue;
    const parsed = parseFrontmatter(file.text);
    if ('data' in parsed && parsed.data && typeof parsed.data === 'object') {
      const { translationKey: key, topic, actors } = parsed.data as { translationKey?: unknown; topic?: unknown; actors?: unknown };
      if (typeof key !== 'string') continue;
      keys[lang].add(key);
      if (!editions.has(key)) {
        editions.set(key, {
          path: file.path,
          ...(typeof topic === 'string' && { topic }),
          ...(Array.isArray(actors) && { actors: actors.filter((id): id is string => typeof id === 'string') }),
        });
      }
    }
  }
  return { actorIds, paths: new Set(files.map((file) => file.path)), keys, editions };
}

/** Writes planned files; `wx` refuses to overwrite even if a file appeared meanwhile. */
export function writePlannedFiles(dir: string, files: readonly PlannedFile[]): void {
  for (const file of files) {
    const full = join(dir, file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, file.text, { flag: 'wx' });
  }
}
