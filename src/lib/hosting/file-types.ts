/**
 * What each kind of output file is, for every way the site is served (nginx, Caddy, `_headers`,
 * object-store upload): its media type and whether it is worth compressing. One table, so the
 * servers and the upload can never disagree.
 */
interface FileType {
  type: string;
  /** Text-like formats gain from compression; images and WOFF2 fonts are compressed already. */
  compressible: boolean;
}

const TEXT = (type: string): FileType => ({ type: `${type}; charset=utf-8`, compressible: true });

/** By extension (lower case, with the dot). */
export const FILE_TYPES: Readonly<Record<string, FileType>> = {
  '.html': TEXT('text/html'),
  '.css': TEXT('text/css'),
  '.js': TEXT('text/javascript'),
  '.mjs': TEXT('text/javascript'),
  '.json': TEXT('application/json'),
  '.webmanifest': TEXT('application/manifest+json'),
  '.xml': TEXT('application/xml'),
  '.txt': TEXT('text/plain'),
  '.svg': { type: 'image/svg+xml', compressible: true },
  '.ico': { type: 'image/x-icon', compressible: true },
  '.png': { type: 'image/png', compressible: false },
  '.jpg': { type: 'image/jpeg', compressible: false },
  '.jpeg': { type: 'image/jpeg', compressible: false },
  '.webp': { type: 'image/webp', compressible: false },
  '.avif': { type: 'image/avif', compressible: false },
  '.gif': { type: 'image/gif', compressible: false },
  '.woff2': { type: 'font/woff2', compressible: false },
  '.woff': { type: 'font/woff', compressible: false },
  '.ttf': { type: 'font/ttf', compressible: true },
  '.otf': { type: 'font/otf', compressible: true },
  '.pdf': { type: 'application/pdf', compressible: false },
};

/** Feeds are XML by extension, but feed readers and browsers recognise them by this type. */
export const FEED_FILE_NAME = 'rss.xml';
export const FEED_TYPE = TEXT('application/rss+xml');

const UNKNOWN: FileType = { type: 'application/octet-stream', compressible: false };

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

export function isFeed(path: string): boolean {
  return path === `/${FEED_FILE_NAME}` || path.endsWith(`/${FEED_FILE_NAME}`);
}

/** The file type of a site path such as `/de/rss.xml` or `/_astro/site.css`. */
export function fileTypeOf(path: string): FileType {
  if (isFeed(path)) return FEED_TYPE;
  return FILE_TYPES[extensionOf(path)] ?? UNKNOWN;
}

export function contentTypeOf(path: string): string {
  return fileTypeOf(path).type;
}

export function isCompressible(path: string): boolean {
  return fileTypeOf(path).compressible;
}

/** The precompressed siblings a server picks from: `x.html.br`, `x.html.gz`. */
export const ENCODINGS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

export function isPrecompressed(path: string): boolean {
  return ENCODINGS.some(({ suffix }) => path.endsWith(suffix));
}
