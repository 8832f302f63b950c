import type { Redirect } from './redirects.ts';
import { unitePolicies } from './unite-policies.ts';

/**
 * What the host configurations are made from: every built page's header policy (read from the
 * page itself) and the redirects. Pure data; `src/integrations/hosting.ts` fills it from the
 * output folder.
 */
export interface HostingSite {
  /** Page file (`/de/index.html`, `/404.html`) → header policy (`headerPolicyOf`), null when the page has no meta tag. */
  pages: ReadonlyMap<string, string | null>;
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

/**
 * The one header policy of all pages (`unitePolicies` of theirs), or undefined when no page has
 * a policy. Pages without a meta tag are the exception (`pagesWithoutPolicy`).
 */
export function pagePolicyOf(site: HostingSite): string | undefined {
  // Each distinct policy with the first page (in path order) that has it, so an error names pages.
  const firstPage = new Map<string, string>();
  for (const [page, policy] of site.pages) {
    if (policy === null) continue;
    const known = firstPage.get(policy);
    if (known === undefined || page < known) firstPage.set(policy, page);
  }
  if (firstPage.size === 0) return undefined;
  const policies = [...firstPage].sort(([, a], [, b]) => (a < b ? -1 : 1));
  try {
    return unitePolicies(policies.map(([policy]) => policy));
  } catch (error) {
    const pages = policies.map(([, page], index) => `policy ${index + 1} is that of ${page}`).join('; ');
    throw new Error(`${(error as Error).message}\n  (${pages})`);
  }
}

/** Pages without a policy of their own, in code-unit order: they get the non-page policy. */
export function pagesWithoutPolicy(site: HostingSite): string[] {
  return [...site.pages].filter(([, policy]) => policy === null).map(([page]) => page).sort();
}
