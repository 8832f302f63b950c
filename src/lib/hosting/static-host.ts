import { headerRulesOf, type HeaderRule } from './header-rules.ts';
import { BILINGUAL_NOT_FOUND, notFoundRules } from './not-found.ts';
import { pageUrlOf, type HostingSite } from './site.ts';

/**
 * `_headers` and `_redirects` for hosts that read them from the published folder (Netlify's
 * format; Cloudflare Pages reads the same files but only their first 100 header rules, lines of
 * up to 2,000 characters, and has no 404 rewrites). The rules are `headerRulesOf`'s: by folder,
 * so the file does not grow with the archive.
 */
export const HEADERS_FILE_LIMITS = { rules: 100, lineLength: 2_000 } as const;

/** The `_headers` file, line by line (the last line empty). */
export function* headersFileLines(rules: readonly HeaderRule[]): Generator<string> {
  for (const rule of rules) yield* [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)];
  yield '';
}

export function renderHeadersFile(site: HostingSite, files: readonly string[]): string {
  return [...headersFileLines(headerRulesOf(site, files))].join('\n');
}

/** What a host with Cloudflare's limits would not read of the file, as sentences; none when it reads it all. */
export function headersFileProblems(rules: readonly HeaderRule[]): string[] {
  const problems: string[] = [];
  if (rules.length > HEADERS_FILE_LIMITS.rules) problems.push(`${rules.length} header rules, and Cloudflare Pages reads only the first ${HEADERS_FILE_LIMITS.rules}`);
  // A loop: spreading an archive's lines as arguments would overflow the stack.
  let longest = 0;
  for (const line of headersFileLines(rules)) longest = Math.max(longest, line.length);
  if (longest > HEADERS_FILE_LIMITS.lineLength) problems.push(`a header line of ${longest} characters, and Cloudflare Pages reads lines of up to ${HEADERS_FILE_LIMITS.lineLength}`);
  return problems;
}

export function renderRedirectsFile(site: HostingSite): string {
  const lines = site.redirects.map((redirect) => `${redirect.from} ${redirect.to} ${redirect.status}`);
  // Last: the host applies these only where no file exists, with status 404.
  for (const rule of notFoundRules()) lines.push(`${rule.prefix}* ${pageUrlOf(rule.file)} 404`);
  lines.push(`/* ${BILINGUAL_NOT_FOUND} 404`);
  return `${lines.join('\n')}\n`;
}
