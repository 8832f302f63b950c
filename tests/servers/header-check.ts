import type { RawResponse } from './http';

/**
 * What every response must carry, written down here independently of src/lib/hosting (the
 * configurations are generated from that module; this is the check that they say the right
 * thing). Returns the problems, so a test can show all of them and a test of the checker can
 * see it bite.
 */
export type Kind = 'page' | 'asset' | 'feed' | 'sitemap' | 'json' | 'text' | 'image' | 'svg' | 'font' | 'not-found';

const TYPES: Partial<Record<Kind, RegExp>> = {
  page: /^text\/html; charset=utf-8$/i,
  'not-found': /^text\/html; charset=utf-8$/i,
  feed: /^application\/rss\+xml; charset=utf-8$/i,
  sitemap: /^application\/xml; charset=utf-8$/i,
  json: /^application\/json; charset=utf-8$/i,
  text: /^text\/plain; charset=utf-8$/i,
  svg: /^image\/svg\+xml$/i,
  font: /^font\/woff2$/i,
};

const ONE_YEAR = 31_536_000;

/** Responses that are no pages may do nothing; the scripts and what lies beside them under /_astro/ may load from this origin. */
const NONE = "default-src 'none'; frame-ancestors 'none'";
const POLICIES: Partial<Record<Kind, string>> = {
  asset: "default-src 'self'; frame-ancestors 'none'",
  feed: NONE,
  sitemap: NONE,
  json: NONE,
  text: NONE,
  image: NONE,
  svg: NONE,
  font: NONE,
};

/** `max-age` of Cache-Control or HSTS. */
function maxAge(value: string | undefined): number | undefined {
  const match = value?.match(/max-age=(\d+)/);
  return match ? Number(match[1]) : undefined;
}

/** A policy as directive → sorted sources, for comparing regardless of order and spacing. */
export function parsePolicy(policy: string): Map<string, string> {
  const directives = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources.sort().join(' '));
  }
  return directives;
}

export interface Expectation {
  kind: Kind;
  /**
   * For pages: the policy of the page's meta tag. The header, which all pages share, must have
   * the same directives (and frame-ancestors), allow all the meta tag allows, and beyond that
   * only the hashes of other pages' inline code.
   */
  metaPolicy?: string;
  /** For hashed assets under /_astro/. */
  immutable?: boolean;
  /** The media type, where the kind does not fix it (`image/png`, `text/css`). */
  type?: RegExp;
}

export function checkHeaders(response: RawResponse, expected: Expectation): string[] {
  const h = response.headers;
  const problems: string[] = [];
  const need = (name: string, ok: (value: string) => boolean, what: string) => {
    const value = h[name];
    if (value === undefined) problems.push(`${name}: missing (${what})`);
    else if (!ok(value)) problems.push(`${name}: ${JSON.stringify(value)} (${what})`);
  };

  need('strict-transport-security', (v) => (maxAge(v) ?? 0) >= ONE_YEAR, 'max-age of at least a year');
  need('x-content-type-options', (v) => v === 'nosniff', 'nosniff');
  need('referrer-policy', (v) => ['strict-origin-when-cross-origin', 'strict-origin', 'same-origin', 'no-referrer'].includes(v), 'no full URL to other sites');
  need('permissions-policy', (v) => ['camera=()', 'microphone=()', 'geolocation=()'].every((feature) => v.includes(feature)), 'camera, microphone, geolocation off');
  need('cross-origin-opener-policy', (v) => v === 'same-origin', 'same-origin');
  need('content-security-policy', (v) => parsePolicy(v).get('frame-ancestors') === "'none'", "frame-ancestors 'none'");

  const type = expected.type ?? TYPES[expected.kind];
  if (type) need('content-type', (v) => type.test(v), String(type));

  const cache = h['cache-control'];
  if (expected.immutable) need('cache-control', (v) => /\bimmutable\b/.test(v) && maxAge(v) === ONE_YEAR, 'immutable, a year');
  else if (['page', 'feed', 'sitemap', 'json', 'not-found'].includes(expected.kind)) {
    need('cache-control', (v) => !/immutable/.test(v) && (maxAge(v) ?? Infinity) <= 600, 'short: at most 10 minutes');
  } else if (cache === undefined) problems.push('cache-control: missing');

  const policy = POLICIES[expected.kind];
  if (policy !== undefined) need('content-security-policy', (v) => JSON.stringify([...parsePolicy(v)].sort()) === JSON.stringify([...parsePolicy(policy)].sort()), policy);
  if (expected.metaPolicy !== undefined) problems.push(...checkPagePolicy(h['content-security-policy'] ?? '', expected.metaPolicy));
  return problems;
}

const HASH = /^'sha(256|384|512)-[^']+'$/;

/**
 * A page's header policy against its meta tag's: the same directives (and frame-ancestors),
 * everything the meta tag allows, and beyond that only hashes (other pages' inline code, which
 * the meta tag, enforced as well, still forbids on this page).
 */
export function checkPagePolicy(headerPolicy: string, metaPolicy: string): string[] {
  const header = parsePolicy(headerPolicy);
  header.delete('frame-ancestors');
  const meta = parsePolicy(metaPolicy);
  if ([...header.keys()].sort().join() !== [...meta.keys()].sort().join()) {
    return [`content-security-policy: has the directives ${[...header.keys()].join(', ')}, the page's meta policy ${[...meta.keys()].join(', ')}`];
  }
  const problems: string[] = [];
  for (const [name, sources] of meta) {
    const own = new Set(sources.split(' '));
    const allowed = new Set(header.get(name)!.split(' '));
    const missing = [...own].filter((source) => !allowed.has(source));
    const extra = [...allowed].filter((source) => !own.has(source) && !HASH.test(source));
    if (missing.length > 0) problems.push(`content-security-policy: ${name} lacks ${missing.join(' ')} of the page's meta policy`);
    if (extra.length > 0) problems.push(`content-security-policy: ${name} allows ${extra.join(' ')} beyond the page's meta policy`);
  }
  return problems;
}
