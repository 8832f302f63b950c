import { isFeed } from './file-types';
import { CACHE, HASHED_ASSET_PREFIX, SCRIPT_POLICY, SECURITY_HEADERS, responseHeaders } from './headers';
import { BILINGUAL_NOT_FOUND, notFoundRules } from './not-found';
import { pageUrlOf, sortedPages, type HostingSite } from './site';

/**
 * `_headers` and `_redirects` for hosts that read them from the published folder (Netlify's
 * format; Cloudflare Pages reads the same files but only their first 100 header rules and
 * has no 404 rewrites). Such hosts join the values of a header set by several matching rules,
 * so each header is set by exactly one rule for a path: the security headers for all, the
 * policy and cache time per page, per feed and for the hashed assets.
 */
/** The `_headers` file, line by line (the last line empty): with a policy per page it is large. */
export function* headersFileLines(site: HostingSite, files: readonly string[]): Generator<string> {
  yield* ['/*', ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
  yield* [`${HASHED_ASSET_PREFIX}*`, `  Cache-Control: ${CACHE.immutable}`, `  Content-Security-Policy: ${SCRIPT_POLICY}`];
  const pages = sortedPages(site);
  for (const [file, policy] of pages) {
    const headers = responseHeaders(file, policy);
    yield* [pageUrlOf(file), `  Cache-Control: ${headers['Cache-Control']}`, `  Content-Security-Policy: ${policy}`];
  }
  for (const feed of files.filter(isFeed).sort()) {
    const headers = responseHeaders(feed);
    yield* [feed, `  Content-Type: ${headers['Content-Type']}`, `  Cache-Control: ${headers['Cache-Control']}`, `  Content-Security-Policy: ${headers['Content-Security-Policy']}`];
  }
  yield '';
}

export function renderHeadersFile(site: HostingSite, files: readonly string[]): string {
  return [...headersFileLines(site, files)].join('\n');
}

export function renderRedirectsFile(site: HostingSite): string {
  const lines = site.redirects.map((redirect) => `${redirect.from} ${redirect.to} ${redirect.status}`);
  // Last: the host applies these only where no file exists, with status 404.
  for (const rule of notFoundRules()) lines.push(`${rule.prefix}* ${pageUrlOf(rule.file)} 404`);
  lines.push(`/* ${BILINGUAL_NOT_FOUND} 404`);
  return `${lines.join('\n')}\n`;
}
