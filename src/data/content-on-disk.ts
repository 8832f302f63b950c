import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { LANGS } from '../i18n/config';
import type { Actor, Article } from '../lib/content/model';
import { actorSchema, createArticleSchema } from '../lib/content/schema';
import { berlinDay } from '../lib/dates';
import { buildSiteModel, type SiteModel } from '../lib/site';
import { buildTime, contentDir } from './build-env';

/**
 * The site model read straight from the content folder, for code that runs outside Astro's
 * content layer (the sitemap's `serialize` in astro.config.mjs). Same schemas and the same
 * publishing rules as `loadSite()`; bodies are not needed there, so they are not read.
 */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const articleSchema = createArticleSchema(z.unknown());

/** File names in a folder; a language without stories may have no folder yet. */
function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

function readArticles(dir: string): Article[] {
  return LANGS.flatMap((lang) =>
    filesIn(join(dir, 'articles', lang))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const file = join(dir, 'articles', lang, name);
        const match = FRONTMATTER.exec(readFileSync(file, 'utf8'));
        const data = articleSchema.parse(parse(match?.[1] ?? ''));
        const slug = name.replace(/\.mdx$/, '');
        return { id: `${lang}/${slug}`, lang, slug, ...data, image: undefined, readingMinutes: 1, text: '' };
      }),
  );
}

function readActors(dir: string): Actor[] {
  return filesIn(join(dir, 'actors'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const { name: actorName, kind, role, aliases } = actorSchema.parse(parse(readFileSync(join(dir, 'actors', name), 'utf8')));
      const id = name.replace(/\.yaml$/, '');
      return { id, name: typeof actorName === 'string' ? { de: actorName, en: actorName } : actorName, kind, role, aliases };
    });
}

export function loadSiteFromDisk(dir = contentDir): SiteModel {
  return buildSiteModel(readArticles(dir), readActors(dir), { today: berlinDay(buildTime), includeUnpublished: false });
}
