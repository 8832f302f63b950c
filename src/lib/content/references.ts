import { LANGS, type Lang } from '../../i18n/config.ts';
import { listFeeds } from '../feeds.ts';
import { buildRoutes } from '../routing.ts';
import { buildSiteModel } from '../site.ts';
import { articleUrl, correctionAnchor, publisherLogoUrl, rootUrl, searchIndexUrl } from '../urls.ts';
import { IMAGE_FILE } from './layout.ts';
import type { Actor, Article } from './model.ts';
import { ARTICLE_PAGE_IDS } from './body/render-body.ts';
import { localFileProblem, quoteValue } from './body/url-rules.ts';
import type { ContentError } from './validate.ts';

/** What sharp reads from an image's header; `error` when it cannot read the file as an image. */
export type ImageFacts = { format: string; width: number; height: number } | { error: string };
export type DescribeImage = (path: string) => Promise<ImageFacts>;

/** Formats the build can turn into AVIF and WebP (sharp's names). */
const CONVERTIBLE = ['jpeg', 'png', 'webp', 'avif', 'heif', 'gif', 'tiff'];
/** Larger images take minutes and gigabytes to convert; no story figure needs them. */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** An image an article shows: the frontmatter's `image.src` (field) or a body image (line). */
export interface ImageReference {
  file: string;
  src: string;
  field?: string;
  line?: number;
}

/**
 * Each image reference must name a convertible image file inside the content folder, not too
 * large. Files are described once, however many articles show them.
 */
export async function checkImageReferences(
  references: readonly ImageReference[],
  paths: ReadonlySet<string>,
  describe: DescribeImage | undefined,
): Promise<ContentError[]> {
  const errors: ContentError[] = [];
  const facts = new Map<string, Promise<ImageFacts>>();
  const at = (ref: ImageReference, message: string): ContentError => ({
    file: ref.file,
    ...(ref.field !== undefined && { field: ref.field }),
    ...(ref.line !== undefined && { line: ref.line }),
    message: `${ref.field ? `${ref.field}: ` : ''}image file ${quoteValue(ref.src)} ${message}`,
  });
  for (const ref of references) {
    const problem = localFileProblem(ref.src);
    if (problem) {
      errors.push(at(ref, problem));
      continue;
    }
    const target = resolveInContent(ref.file, ref.src.trim());
    if (target === undefined) {
      errors.push(at(ref, 'is outside the content folder; put the image in content/images/ or next to the article'));
    } else if (!paths.has(target)) {
      errors.push(at(ref, `not found (looked for ${target} in the content folder)`));
    } else if (/\.svg$/i.test(target)) {
      errors.push(at(ref, 'is an SVG, which can load other files and run scripts; use PNG, JPEG, WebP or AVIF'));
    } else if (!IMAGE_FILE.test(target)) {
      errors.push(at(ref, 'is not an image file; use a .png, .jpg, .webp or .avif file'));
    } else if (describe) {
      if (!facts.has(target)) facts.set(target, describe(target).catch((error: unknown) => ({ error: String(error) })));
      const found = await facts.get(target)!;
      if ('error' in found) errors.push(at(ref, `cannot be read as an image (${found.error.slice(0, 120)}); save it again as PNG, JPEG, WebP or AVIF`));
      else if (!CONVERTIBLE.includes(found.format)) {
        errors.push(at(ref, `is in the ${found.format} format, which the build cannot convert; save it as PNG, JPEG, WebP or AVIF`));
      } else if (found.width * found.height > MAX_IMAGE_PIXELS) {
        const megapixels = Math.round((found.width * found.height) / 1e6);
        errors.push(at(ref, `has ${found.width}×${found.height} pixels (${megapixels} megapixels); scale it down to at most ${MAX_IMAGE_PIXELS / 1e6} megapixels`));
      }
    }
  }
  return errors;
}

/** `articles/de/x.mdx` + `../../images/a.jpg` → `images/a.jpg`; undefined when it leaves the content folder. */
export function resolveInContent(from: string, src: string): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const part of src.split(/[?#]/)[0]!.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** An article's links to paths on this site, with the article as the model knows it. */
export interface StoryLinks {
  file: string;
  lang: Lang;
  slug: string;
  links: readonly { line?: number; href: string }[];
  /** The ids its body gives; a link to `#id` of this story must name one of them (or the page's own). */
  ids?: readonly string[];
  /** When readers get to see it; absent when the frontmatter is wrong (reported there). */
  article?: Pick<Article, 'draft' | 'date' | 'corrections'>;
}

/**
 * Every link to a path on this site must lead to a page the build makes (every page of the
 * routing, once every story is published, feeds and the search index). Paths come from the
 * routing and the URL builder, never from a second list.
 */
export function checkSiteLinks(stories: readonly StoryLinks[], articles: readonly Article[], actors: readonly Actor[], knownStories: readonly { lang: Lang; slug: string }[]): ContentError[] {
  // Most bodies link nowhere on the site; then there is no need for the model.
  if (!stories.some((story) => story.links.length > 0)) return [];
  const model = buildSiteModel(articles, actors, { today: '9999-12-31', includeUnpublished: true });
  const pages = new Set(buildRoutes(model, { newsroom: true }).map((page) => page.path));
  for (const path of [rootUrl(), publisherLogoUrl(), ...LANGS.map(searchIndexUrl), ...listFeeds(model).map((feed) => feed.path)]) pages.add(path);
  // Stories whose frontmatter is wrong are reported there; a link to them is not broken too.
  for (const story of knownStories) pages.add(articleUrl(story));
  const byPath = new Map(stories.map((story) => [articleUrl(story), story]));
  const errors: ContentError[] = [];
  for (const story of stories) {
    const page = new URL(articleUrl(story), 'https://page.invalid');
    for (const { line, href } of story.links) {
      let path: string;
      let fragment: string;
      try {
        const url = new URL(href, page);
        path = decodeURI(url.pathname);
        fragment = decodeURIComponent(url.hash.slice(1));
      } catch {
        continue;
      }
      const at = { file: story.file, ...(line !== undefined && { line }) };
      const target = byPath.get(path);
      if (target) {
        const problem = storyLinkProblem(story, target, fragment);
        if (problem) errors.push({ ...at, message: `link ${quoteValue(href)} ${problem}` });
        continue;
      }
      if (pages.has(path)) continue;
      const slashed = path.endsWith('/') ? undefined : `${path}/`;
      const hint = slashed && pages.has(slashed) ? `; did you mean ${slashed}? (every page path ends with /)` : '; link to a page the site has, or remove the link';
      errors.push({
        ...at,
        message: `link ${quoteValue(href)} leads to ${quoteValue(path)}, which is no page of this site${hint}`,
      });
    }
  }
  return errors;
}

/**
 * A link from a story readers can see to a story they cannot (yet) would be broken on the page:
 * a draft, or a story scheduled after the linking one. A `#fragment` must name an id the target
 * page has: one of its body's ids, the page's own, or one of its corrections.
 */
export function storyLinkProblem(from: StoryLinks, to: StoryLinks, fragment: string): string | undefined {
  const shown = from.article && !from.article.draft;
  if (shown && to.article?.draft) {
    return `leads to ${to.file}, a draft (draft: true), so readers would meet a missing page; publish that story first or remove the link`;
  }
  if (shown && to.article && from.article && to.article.date > from.article.date) {
    return `leads to ${to.file}, which is published on ${to.article.date}, after this story (${from.article.date}); readers would meet a missing page until then: link it once it is out, or give this story a later date`;
  }
  // `#top` scrolls to the top of any page (HTML's own rule).
  if (fragment === '' || fragment.toLowerCase() === 'top' || to.ids === undefined) return undefined;
  const ids = new Set<string>([...to.ids, ...ARTICLE_PAGE_IDS, ...(to.article?.corrections ?? []).map((correction) => correctionAnchor(correction.date))]);
  if (ids.has(fragment)) return undefined;
  const known = [...to.ids].slice(0, 8).map((id) => `#${id}`).join(', ');
  return `points to #${fragment}, which is no place on ${from === to ? 'this page' : to.file}${known ? ` (ids there: ${known})` : ''}; link to a heading or element id that exists`;
}
