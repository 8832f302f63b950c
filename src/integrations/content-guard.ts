import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentCheckVersion } from '../data/content-version.ts';
import type { BodyCheckMemo, BodyFacts } from '../lib/content/mdx-check.ts';
import type { CheckedFrontmatter, FrontmatterCheckMemo } from '../lib/content/validate.ts';
import { formatContentReport } from '../lib/content/report.ts';
import { checkContentFolder } from '../data/check-content-folder.ts';

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

async function checkFolder(dir: string, label: string, logger: AstroIntegrationLogger, memoFile: string, keepTexts = false): Promise<number> {
  const memos = await readMemo(memoFile);
  // The story loader of this process renders nothing the check already rendered (and in a build reads no file again).
  const { errors } = await checkContentFolder(dir, { ...memos, keepRenders: true, keepTexts });
  await writeMemo(memoFile, memos);
  if (errors.length === 0) logger.info(`content check passed (${label})`);
  else logger.error(`\n${formatContentReport(errors, label)}\n`);
  return errors.length;
}

interface CheckMemos {
  memo: BodyCheckMemo;
  frontmatterMemo: FrontmatterCheckMemo;
}

/**
 * Bodies and frontmatter that passed the last check (by hash) are not rendered or parsed
 * again: at 5,000 stories per language that was seconds of every build. Dropped whole when
 * the checker's source or its parsers changed (`contentCheckVersion`).
 */
async function readMemo(file: string): Promise<CheckMemos> {
  type Saved = { version?: string; bodies?: [string, BodyFacts][]; frontmatter?: [string, CheckedFrontmatter][] };
  // A missing or unreadable memo only means every file is checked.
  const saved: Saved = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as Saved)
    .catch(() => ({}));
  const current = saved.version === contentCheckVersion();
  const bodies = current && Array.isArray(saved.bodies) ? new Map(saved.bodies) : new Map<string, BodyFacts>();
  const frontmatter = current && Array.isArray(saved.frontmatter) ? new Map(saved.frontmatter) : new Map<string, CheckedFrontmatter>();
  return { memo: { known: bodies, passed: new Map() }, frontmatterMemo: { known: frontmatter, passed: new Map() } };
}

async function writeMemo(file: string, { memo, frontmatterMemo }: CheckMemos): Promise<void> {
  await mkdir(resolve(file, '..'), { recursive: true });
  const saved = { version: contentCheckVersion(), bodies: [...memo.passed], frontmatter: [...frontmatterMemo.passed] };
  await writeFile(file, JSON.stringify(saved));
}

/**
 * Validates the whole content folder before Astro loads a single entry, so `astro build` and
 * `astro dev` stop with every content error at once instead of the first (or none: js-yaml
 * accepts 2026-02-31 and reference() accepts unknown ids). A running dev server re-checks after
 * every content change and prints the report without stopping.
 */
export function contentGuard({ contentDir }: { contentDir: string }): AstroIntegration {
  let dir = contentDir;
  let memoFile = '';
  return {
    name: 'souveraen:content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        dir = resolve(fileURLToPath(config.root), contentDir);
        memoFile = join(fileURLToPath(config.cacheDir), 'content-check.json');
        const count = await checkFolder(dir, contentDir, logger, memoFile, command === 'build');
        // Stop here for dev too: Astro's own content sync would stop on the first bad entry anyway.
        if (count === 0) return;
        const error = new ContentCheckError(`Content check failed with ${count} error(s); see the report above.`);
        // The report says where; a stack trace into this file would only distract editors.
        error.stack = `${error.name}: ${error.message}`;
        throw error;
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.add(dir);
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(dir + sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void checkFolder(dir, contentDir, logger, memoFile), 150);
        });
      },
    },
  };
}
