import { parse } from 'node-html-parser';
import { distExists, readDist } from './dist';

/** Reads references out of built pages and feeds. */
export interface Tag {
  name: string;
  /** Attribute values with entities decoded, names lower-cased. */
  attrs: Map<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);
}

/** Every element of a document, in order; script and style bodies are text, never markup. */
export function parseTags(html: string): Tag[] {
  return parse(html, { comment: false })
    .querySelectorAll('*')
    .map((el) => ({
      name: el.rawTagName.toLowerCase(),
      attrs: new Map(Object.entries(el.attributes).map(([name, value]) => [name.toLowerCase(), value])),
    }));
}

/** Every URL a page points at: links, sources, srcset candidates, form actions, media posters. */
export function referencesOf(html: string): string[] {
  const urls: string[] = [];
  for (const tag of parseTags(html)) {
    for (const name of ['href', 'src', 'action', 'poster', 'data']) {
      const value = tag.attrs.get(name);
      if (value !== undefined && value.trim() !== '') urls.push(value.trim());
    }
    for (const name of ['srcset', 'imagesrcset']) {
      const value = tag.attrs.get(name);
      if (value) urls.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!).filter(Boolean));
    }
    if (tag.name === 'meta' && /^(og:image|og:url|twitter:image)$/.test(tag.attrs.get('property') ?? tag.attrs.get('name') ?? '')) {
      urls.push(tag.attrs.get('content') ?? '');
    }
  }
  return urls.filter(Boolean);
}

/** Links in an RSS feed: channel/item links, permalink guids, and links inside escaped HTML. */
export function feedReferencesOf(xml: string): string[] {
  const urls = [...xml.matchAll(/<link>([^<]+)<\/link>/g), ...xml.matchAll(/<guid isPermaLink="true">([^<]+)<\/guid>/g)].map((m) =>
    decodeEntities(m[1]!.trim()),
  );
  const embeddedHtml = [...xml.matchAll(/<(?:description|content:encoded)>([\s\S]*?)<\/(?:description|content:encoded)>/g)]
    .map((m) => m[1]!.replace(/^<!\[CDATA\[|\]\]>$/g, ''))
    .map((text) => (text.includes('&lt;') ? decodeEntities(text) : text));
  for (const html of embeddedHtml) urls.push(...referencesOf(html));
  return [...urls, ...parseTags(xml).flatMap((tag) => (tag.attrs.has('href') ? [tag.attrs.get('href')!] : []))];
}

/** The dist/ file a site path is served from, or undefined if nothing would be served. */
export function fileFor(pathname: string): string | undefined {
  const path = decodeURIComponent(pathname);
  if (path.endsWith('/')) return distExists(`${path}index.html`) ? `${path}index.html` : undefined;
  if (distExists(path)) return distExists(`${path}/index.html`) ? `${path}/index.html` : path;
  return undefined;
}

/** `id` and `name` anchors of a page, for fragment links. */
export function anchorsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of parseTags(html)) {
    const id = tag.attrs.get('id');
    if (id) ids.add(id);
    if (tag.name === 'a' && tag.attrs.get('name')) ids.add(tag.attrs.get('name')!);
  }
  return ids;
}

/** The site origin, read from the root page's canonical link so tests follow `SITE_URL`. */
export function siteOrigin(): string {
  const canonical = parseTags(readDist('/index.html')).find((tag) => tag.name === 'link' && tag.attrs.get('rel') === 'canonical');
  if (!canonical) throw new Error('root page has no canonical link');
  return new URL(canonical.attrs.get('href')!).origin;
}

/** Whether a <script> or <style> with these attributes runs; JSON-LD and other data blocks do not. */
export function isExecutable(attributes: string): boolean {
  const type = /\stype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || ['module', 'text/javascript', 'application/javascript', 'text/css'].includes(type);
}
