import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { LANGS } from '../i18n/config';
import { toActor } from '../lib/content/actor';
import type { Actor, Article } from '../lib/content/model';
import { parseFrontmatter, parseYaml } from '../lib/content/frontmatter';
import { actorSchema, createArticleSchema } from '../lib/content/schema';
import { berlinDay } from '../lib/dates';
import { buildSiteModel, type SiteModel } from '../lib/site';
import { buildTime, contentDir } from './build-env';

/**
 * The site model read straight from the content folder, for code that runs outside Astro's
 * content layer (the Open Graph card integration, the sitemap's `serialize` in astro.config.mjs). Same parser as the content
 * guard, same schemas and publishing rules as `loadSite()`; bodies are not needed there.
 */
const articleSchema = createArticleSchema(z.unknown());

/** File names in a folder; a language without stories may have no folder yet. */
function filesIn(dir: string, extension: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(extension)) : [];
}

function dataOf(file: string, parsed: { data: unknown } | { message: string }): unknown {
  if ('message' in parsed) throw new Error(`${file}: ${parsed.message}`);
  return parsed.data;
}

function readArticles(dir: string): Article[] {
  return LANGS.flatMap((lang) =>
    filesIn(join(dir, 'articles', lang), '.mdx').map((name) => {
      const file = join(dir, 'articles', lang, name);
      const data = articleSchema.parse(dataOf(file, parseFrontmatter(readFileSync(file, 'utf8'))));
      const slug = name.replace(/\.mdx$/, '');
      return { id: `${lang}/${slug}`, lang, slug, ...data, image: undefined, readingMinutes: 1, words: 0, text: '', quotedActors: [] };
    }),
  );
}

function readActors(dir: string): Actor[] {
  return filesIn(join(dir, 'actors'), '.yaml').map((name) => {
    const file = join(dir, 'actors', name);
    return toActor(name.replace(/\.yaml$/, ''), actorSchema.parse(dataOf(file, parseYaml(readFileSync(file, 'utf8')))));
  });
}

const models = new Map<string, SiteModel>();

/**
 * Published stories as of `today` (the build's day by default), like a production build. Read
 * once per build process: the Open Graph cards and the sitemap share it.
 */
export function loadSiteFromDisk(dir = contentDir, today = berlinDay(buildTime)): SiteModel {
  const key = `${dir}\n${today}`;
  let model = models.get(key);
  if (!model) {
    model = buildSiteModel(readArticles(dir), readActors(dir), { today, includeUnpublished: false });
    models.set(key, model);
  }
  return model;
}
