import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatContentReport } from '../lib/content/report';
import { validateContent } from '../lib/content/validate';
import { readContentFolder } from './read-content-folder';

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

async function checkFolder(dir: string, label: string, logger: AstroIntegrationLogger): Promise<number> {
  const errors = await validateContent(readContentFolder(dir));
  if (errors.length === 0) logger.info(`content check passed (${label})`);
  else logger.error(`\n${formatContentReport(errors, label)}\n`);
  return errors.length;
}

/**
 * Validates the whole content folder before Astro loads a single entry, so `astro build` and
 * `astro dev` stop with every content error at once instead of the first (or none: js-yaml
 * accepts 2026-02-31 and reference() accepts unknown ids). A running dev server re-checks after
 * every content change and prints the report without stopping.
 */
export function contentGuard({ contentDir }: { contentDir: string }): AstroIntegration {
  let dir = contentDir;
  return {
    name: 'souveraen:content-guard',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        dir = resolve(fileURLToPath(config.root), contentDir);
        const count = await checkFolder(dir, contentDir, logger);
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
          timer = setTimeout(() => void checkFolder(dir, contentDir, logger), 150);
        });
      },
    },
  };
}
