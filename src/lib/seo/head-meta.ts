import { LANGS, OG_LOCALE, type Lang } from '../../i18n/config';

/** One `<meta>` element: Open Graph uses `property`, Twitter and the rest `name`. */
export interface MetaTag {
  attr: 'property' | 'name';
  key: string;
  content: string;
}

interface OgImage {
  /** Absolute URL of the card. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface StoryMeta {
  /** `YYYY-MM-DD` */
  published: string;
  /** `YYYY-MM-DD`; the publication day when the story was never updated. */
  modified: string;
  /** Localized topic label. */
  section: string;
  /** Localized actor names. */
  tags: string[];
}

export interface SocialMetaInput {
  lang: Lang;
  siteName: string;
  /** Title without the site name. */
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  /** Languages in which this page exists (for `og:locale:alternate`). */
  alternateLangs: readonly Lang[];
  image: OgImage;
  story?: StoryMeta;
}

/** A calendar day as an ISO 8601 instant at noon UTC, the same day in Europe/Berlin. */
function toIsoInstant(day: string): string {
  return `${day}T12:00:00Z`;
}

/** Open Graph and Twitter card tags of a page, in a stable order. */
export function buildSocialMeta(input: SocialMetaInput): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attr: 'property', key, content });
  const named = (key: string, content: string): MetaTag => ({ attr: 'name', key, content });
  const tags: MetaTag[] = [
    og('og:site_name', input.siteName),
    og('og:type', input.story ? 'article' : 'website'),
    og('og:title', input.title),
    og('og:description', input.description),
    og('og:url', input.url),
    og('og:locale', OG_LOCALE[input.lang]),
    ...LANGS.filter((l) => l !== input.lang && input.alternateLangs.includes(l)).map((l) =>
      og('og:locale:alternate', OG_LOCALE[l]),
    ),
    og('og:image', input.image.url),
    og('og:image:type', 'image/png'),
    og('og:image:width', String(input.image.width)),
    og('og:image:height', String(input.image.height)),
    og('og:image:alt', input.image.alt),
  ];
  if (input.story) {
    tags.push(
      og('article:published_time', toIsoInstant(input.story.published)),
      og('article:modified_time', toIsoInstant(input.story.modified)),
      og('article:section', input.story.section),
      ...input.story.tags.map((tag) => og('article:tag', tag)),
    );
  }
  tags.push(
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', input.title),
    named('twitter:description', input.description),
    named('twitter:image', input.image.url),
    named('twitter:image:alt', input.image.alt),
  );
  return tags;
}
