import { FEED_TYPE, isFeed } from './file-types.ts';
import { cacheControlOf, getsScriptPolicy, NON_PAGE_POLICY, SCRIPT_POLICY, SECURITY_HEADERS } from './headers.ts';
import { isPrecompressedSibling } from './precompress.ts';
import { isHostOnly, pagePolicyOf, pagesWithoutPolicy, pageUrlOf, type HostingSite } from './site.ts';

/**
 * The rules of a `_headers` file (Netlify's format, which Cloudflare Pages reads too), made from
 * the output's files. Such hosts apply every rule whose path matches, and join the values of a
 * header that several of them set; Cloudflare reads only the first 100 rules. So the rules go by
 * folder, not by file, and each header is set once for a path, with one exception that joining
 * makes safe: a data file in a folder of pages gets the non-page policy on top of the folder's
 * (two policies are both enforced, and `default-src 'none'` allows nothing either way; a host
 * where the later rule wins gives it that one alone). The patterns match missing paths too: a
 * mistyped feed address gets the not-found page with the feed's type, the price of not listing
 * every feed (Cloudflare would read only the first 100).
 */
export interface HeaderRule {
  /** `/de/*`, `/de/:a/rss.xml`, `/robots.txt`: `*` matches the rest of the path, `:name` one segment. */
  path: string;
  headers: [name: string, value: string][];
}

/** What one served path must be sent, beside the security headers every path gets. */
interface Needs {
  cache: string;
  policy: string;
  /** Only where hosts would guess the type wrong (feeds). */
  type?: string;
}

const CSP = 'Content-Security-Policy';

function needsOf(path: string, pagePolicy: string | undefined, withoutPolicy: ReadonlySet<string>): Needs {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  // In the order of nginx's and Caddy's maps: the scripts' pattern before the pages'.
  const page = !getsScriptPolicy(path) && file.endsWith('.html') && !withoutPolicy.has(file) && pagePolicy !== undefined;
  const policy = page ? pagePolicy! : getsScriptPolicy(path) ? SCRIPT_POLICY : NON_PAGE_POLICY;
  return { cache: cacheControlOf(path), policy, ...(isFeed(path) ? { type: FEED_TYPE.type } : {}) };
}

const sameNeeds = (a: Needs, b: Needs) => a.cache === b.cache && a.policy === b.policy && a.type === b.type;

function exactRule(path: string, needs: Needs): HeaderRule {
  const headers: [string, string][] = [['Cache-Control', needs.cache], [CSP, needs.policy]];
  if (needs.type) headers.push(['Content-Type', needs.type]);
  return { path, headers };
}

/**
 * The pattern of a path's rule in a folder rule's exceptions: its segments below `folder` as
 * placeholders, its name kept. The placeholders' names are letters, none the start of another
 * (Cloudflare replaces `:p1` inside `:p10` too); deeper paths keep their own name.
 */
function patternIn(folder: string, path: string): string {
  const segments = path.slice(folder.length).split('/');
  if (segments.length > 27) return path;
  return folder + [...segments.slice(0, -1).map((_, index) => `:${String.fromCharCode(97 + index)}`), segments.at(-1)].join('/');
}

/**
 * A `_headers` path as a regular expression that matches at least what those hosts match with it:
 * Netlify ignores case and a trailing slash, Cloudflare neither.
 */
function matcherOf(path: string): RegExp {
  const pattern = path
    .replace(/\/$/, '')
    .split('/')
    .map((segment) => (segment === '*' ? '.*' : segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*$/, '.*')))
    .join('/');
  return new RegExp(`^${pattern}/?$`, 'i');
}

/**
 * The rules for the paths under `folder` (`/`, `/de/`): one rule for the whole folder when every
 * path in it has the same cache time and at most one policy other than the non-page one (the
 * others get that on top, and feeds their type, by a rule per pattern of name and depth); else a
 * rule per file directly in it and the same again for each subfolder.
 */
function folderRules(folder: string, paths: readonly [string, Needs][]): HeaderRule[] {
  const caches = new Set(paths.map(([, needs]) => needs.cache));
  const policies = new Set(paths.map(([, needs]) => needs.policy).filter((policy) => policy !== NON_PAGE_POLICY));
  if (folder !== '/' && caches.size === 1 && policies.size <= 1) {
    const base: Needs = { cache: [...caches][0]!, policy: [...policies][0] ?? NON_PAGE_POLICY };
    const rules: HeaderRule[] = [{ path: `${folder}*`, headers: [['Cache-Control', base.cache], [CSP, base.policy]] }];
    const groups = new Map<string, { needs: Needs; paths: string[] }>();
    for (const [path, needs] of paths) {
      if (sameNeeds(needs, base)) continue;
      const pattern = patternIn(folder, path);
      const group = groups.get(pattern) ?? groups.set(pattern, { needs, paths: [] }).get(pattern)!;
      group.paths.push(path);
    }
    for (const [pattern, group] of groups) {
      const matcher = matcherOf(pattern);
      // A pattern may stand for its paths only when every path it matches needs the same.
      const fits = paths.every(([path, needs]) => !matcher.test(path) || sameNeeds(needs, group.needs));
      for (const path of fits ? [pattern] : group.paths) {
        const headers: [string, string][] = [];
        if (group.needs.policy !== base.policy) headers.push([CSP, group.needs.policy]);
        if (group.needs.type) headers.push(['Content-Type', group.needs.type]);
        rules.push({ path, headers });
      }
    }
    return rules;
  }
  const rules: HeaderRule[] = [];
  const subfolders = new Map<string, [string, Needs][]>();
  for (const entry of paths) {
    const rest = entry[0].slice(folder.length);
    const slash = rest.indexOf('/');
    if (slash === -1) rules.push(exactRule(entry[0], entry[1]));
    else {
      const sub = `${folder}${rest.slice(0, slash + 1)}`;
      (subfolders.get(sub) ?? subfolders.set(sub, []).get(sub)!).push(entry);
    }
  }
  for (const [sub, entries] of [...subfolders].sort(([a], [b]) => (a < b ? -1 : 1))) rules.push(...folderRules(sub, entries));
  return rules;
}

/**
 * Every rule of the `_headers` file for the output's `files` (site paths, `/de/index.html`): the
 * security headers for all paths first, then the folders' and files' own.
 */
export function headerRulesOf(site: HostingSite, files: readonly string[]): HeaderRule[] {
  const pagePolicy = pagePolicyOf(site);
  const withoutPolicy = new Set(pagesWithoutPolicy(site));
  const paths = new Map<string, Needs>();
  for (const file of files) {
    if (isHostOnly(file) || isPrecompressedSibling(file)) continue;
    const needs = needsOf(file, pagePolicy, withoutPolicy);
    paths.set(file, needs);
    // A page answers at its URL as well as its file.
    if (file.endsWith('/index.html')) paths.set(pageUrlOf(file), needs);
  }
  const sorted = [...paths].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [{ path: '/*', headers: Object.entries(SECURITY_HEADERS) }, ...folderRules('/', sorted)];
}
