import { XMLParser } from 'fast-xml-parser';
import { readDist } from './dist';

/** Reads what search engines and link previews read from a built page's head. */
export interface HeadTags {
  canonical?: string;
  robots?: string;
  /** hreflang → absolute URL */
  hreflang: Record<string, string>;
  /** property or name → every content value, in order */
  meta: Record<string, string[]>;
  jsonLd: unknown[];
  /** Raw text of each JSON-LD script, as the HTML parser sees it. */
  jsonLdRaw: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ENTITIES[code] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[match[1]!] = decodeEntities(match[2]!);
  return attrs;
}

export function readHead(htmlFile: string): HeadTags {
  const html = readDist(htmlFile);
  const head = html.slice(0, html.indexOf('</head>'));
  const tags: HeadTags = { hreflang: {}, meta: {}, jsonLd: [], jsonLdRaw: [] };
  for (const [tag] of head.matchAll(/<link\b[^>]*>/g)) {
    const a = attributes(tag);
    if (a.rel === 'canonical') tags.canonical = a.href;
    if (a.rel === 'alternate' && a.hreflang) tags.hreflang[a.hreflang] = a.href!;
  }
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/g)) {
    const a = attributes(tag);
    const key = a.property ?? a.name;
    if (!key || a.content === undefined) continue;
    if (key === 'robots') tags.robots = a.content;
    (tags.meta[key] ??= []).push(a.content);
  }
  for (const match of html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)) {
    tags.jsonLdRaw.push(match[1]!);
    tags.jsonLd.push(JSON.parse(match[1]!));
  }
  return tags;
}

export const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'item', 'category', 'xhtml:link', 'sitemap'].includes(name) });

/** Site path of an absolute URL on the configured origin. */
export function sitePath(url: string, origin: string): string {
  if (!url.startsWith(origin)) throw new Error(`${url} is not on ${origin}`);
  return new URL(url).pathname;
}
