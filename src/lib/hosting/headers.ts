import { contentTypeOf } from './file-types.ts';

/**
 * The response headers every way of serving the site sends (nginx, Caddy, `_headers`, the
 * object-store upload). The servers' configurations express these rules in their own syntax;
 * the server tests compare what they answer with `responseHeaders`.
 */

/** Sent with every response, pages, assets and errors alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Only features Chromium knows: an unknown one is reported as a console error on every page.
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const CACHE = {
  /** Files under /_astro/ are named by their content: a changed file has a new name. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages, feeds, the sitemap and the search index change with every publish. */
  short: 'public, max-age=300, must-revalidate',
  /** Cards, the favicon, the logo: stable names whose bytes change rarely. */
  medium: 'public, max-age=86400',
} as const;

export const HASHED_ASSET_PREFIX = '/_astro/';

/** Extensions of files that change with every publish (besides pages): feeds, sitemap, search index, robots.txt. */
export const SHORT_CACHE_EXTENSIONS = ['.html', '.xml', '.json', '.txt'] as const;

export function cacheControlOf(path: string): string {
  if (path.startsWith(HASHED_ASSET_PREFIX)) return CACHE.immutable;
  if (path.endsWith('/') || SHORT_CACHE_EXTENSIONS.some((ext) => path.endsWith(ext))) return CACHE.short;
  return CACHE.medium;
}

/** The header forbids framing, which a meta tag cannot (browsers ignore frame-ancestors there). */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/**
 * Policies for responses that are not pages. A data file or image opened on its own may do
 * nothing; a script may be started as a worker, which takes its policy from its own response,
 * and the search worker fetches the index from this origin. The styles and images beside the
 * scripts under /_astro/ get the script policy too (it still forbids inline script and anything
 * from elsewhere): hosts whose rules match folders (`_headers`) then need one rule for it.
 */
export const NON_PAGE_POLICY = `default-src 'none'; ${FRAME_ANCESTORS}`;
export const SCRIPT_POLICY = `default-src 'self'; ${FRAME_ANCESTORS}`;

/**
 * A page's header policy: exactly the directives of its meta tag (whatever they are), plus
 * frame-ancestors. Empty directives (a trailing `;`) are dropped, and a frame-ancestors of the
 * meta tag, which browsers ignore there, is replaced.
 */
export function headerPolicyOf(metaPolicy: string): string {
  const directives = metaPolicy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter((directive) => directive !== '' && !/^frame-ancestors(\s|$)/i.test(directive));
  return [...directives, FRAME_ANCESTORS].join('; ');
}

/**
 * The paths of the script policy (scripts anywhere, every file under /_astro/) and of the pages'
 * policy (a folder, or a file after `index`), as regular expressions in the syntax nginx's and
 * Caddy's maps share with JavaScript: one definition for the configurations and for `_headers`.
 */
export const SCRIPT_POLICY_PATHS = `^${HASHED_ASSET_PREFIX}|\\.m?js$`;
export const PAGE_POLICY_PATHS = '(/|\\.html)$';

const SCRIPT_POLICY_PATH = new RegExp(SCRIPT_POLICY_PATHS);

/** Paths that get the script policy: scripts anywhere, and every file under /_astro/. */
export function getsScriptPolicy(path: string): boolean {
  return SCRIPT_POLICY_PATH.test(path);
}

/** The policy of a response that is not a page. */
export function nonPagePolicyOf(path: string): string {
  return getsScriptPolicy(path) ? SCRIPT_POLICY : NON_PAGE_POLICY;
}

/**
 * Every header the file at `path` is served with. `pagePolicy` is the header policy of pages
 * (`pagePolicyOf`) for HTML files that have one.
 */
export function responseHeaders(path: string, pagePolicy?: string): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeOf(path.endsWith('/') ? `${path}index.html` : path),
    'Cache-Control': cacheControlOf(path),
    'Content-Security-Policy': pagePolicy ?? nonPagePolicyOf(path),
  };
}
