import type { Redirect } from './redirects';

/**
 * What the host configurations are made from: every built page's header policy (read from the
 * page itself) and the redirects. Pure data; `src/integrations/hosting.ts` fills it from the
 * output folder.
 */
export interface HostingSite {
  /** Page file (`/de/index.html`, `/404.html`) → header policy (`headerPolicyOf`). */
  pages: ReadonlyMap<string, string>;
  redirects: readonly Redirect[];
}

/** Folder of the generated server configurations, in the output folder but never served or uploaded. */
export const HOSTING_FOLDER = '_hosting';
export const HOSTING_FILES = {
  nginxHttp: `${HOSTING_FOLDER}/nginx-http.conf`,
  nginxServer: `${HOSTING_FOLDER}/nginx-server.conf`,
  caddy: `${HOSTING_FOLDER}/site.caddy`,
  /** Read by Netlify-style hosts from the published folder's root. */
  headers: '_headers',
  redirects: '_redirects',
} as const;

/** Files for the host's eyes only: the servers answer 404 for them and the upload skips them. */
export function isHostOnly(path: string): boolean {
  const relative = path.replace(/^\//, '');
  return relative === HOSTING_FILES.headers || relative === HOSTING_FILES.redirects || relative.startsWith(`${HOSTING_FOLDER}/`);
}

/** The URL a page answers at: `/de/index.html` → `/de/`; other files keep their name. */
export function pageUrlOf(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Values go into double-quoted strings of nginx and Caddy: nothing there may end the string or expand. */
export function assertConfigSafe(value: string, what: string): string {
  if (/["\\$`{}\r\n\0]/.test(value)) throw new Error(`${what}: ${JSON.stringify(value)} cannot be written into a server configuration (quote, backslash, $, braces or a line break)`);
  return value;
}

/** The site's pages and their policies by path, in code-unit order: every configuration lists them so. */
export function sortedPages(site: HostingSite): [string, string][] {
  return [...site.pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** What a path with no page of its own is given in place of a page's policy number. */
export const POLICY_IDS = { nonPage: 'none', script: 'script' } as const;

/**
 * Each distinct page policy once, numbered (`p0`, `p1`, …) in the order of `pages`. The
 * configurations map each page to its policy's number and each number to its policy: most
 * pages share one policy, so a configuration grows by a path per page, not a policy per page.
 */
export function numberPolicies(pages: readonly (readonly [string, string])[]): Map<string, { id: string; firstPage: string }> {
  const ids = new Map<string, { id: string; firstPage: string }>();
  for (const [page, policy] of pages) if (!ids.has(policy)) ids.set(policy, { id: `p${ids.size}`, firstPage: page });
  return ids;
}
