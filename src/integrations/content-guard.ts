import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatContentReport } from '../lib/content/report';
import { validateContent } from '../lib/content/validate';
import { readContentFolder } from './read-content-folder';

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

/**
 * Validates the whole content folder before Astro loads a single entry, so `astro build` and
 * `astro dev` stop with every content error at once instead of the first (or none: js-yaml
 * accepts 2026-02-31 and reference() accepts unknown ids).
 */
export function contentGuard({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'souveraen:content-guard',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const dir = resolve(fileURLToPath(config.root), contentDir);
        const errors = await validateContent(readContentFolder(dir));
        if (errors.length === 0) {
          logger.info(`content check passed (${contentDir})`);
          return;
        }
        const report = formatContentReport(errors, contentDir);
        logger.error(`\n${report}\n`);
        throw new ContentCheckError(`Content check failed with ${errors.length} error(s); see the report above.`);
      },
    },
  };
}
