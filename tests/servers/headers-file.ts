import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';

/**
 * A `_headers` file read the way Netlify and Cloudflare Pages read it, apart from the generator
 * in src/lib/hosting. Netlify's own parser (`@netlify/headers-parser`, which its builds use)
 * reads it for Netlify: it refuses a malformed file and matches paths as Netlify does (any
 * case, a trailing slash or none). For Cloudflare Pages the rules are read here and matched as
 * its documentation says (`*` matches the rest of the path, `:name` one segment, exactly). On
 * both, every rule whose path matches applies, and a header set by several rules gets all their
 * values, joined with commas on the wire (or, on a host where the later rule wins, the last of
 * them: `exactly` asks for both).
 */
export type Host = 'netlify' | 'cloudflare';
export const HOSTS: readonly Host[] = ['netlify', 'cloudflare'];

export interface ParsedRule {
  path: string;
  matcher: RegExp;
  /** Header names in lower case. */
  headers: [string, string][];
}

export type HostRules = Record<Host, ParsedRule[]>;

function cloudflareMatcher(rulePath: string): RegExp {
  const pattern = rulePath
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')))
    .join('/');
  return new RegExp(`^${pattern}$`);
}

function parseForCloudflare(text: string): ParsedRule[] {
  const rules: ParsedRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), matcher: cloudflareMatcher(line.trim()), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: a header line outside a rule or without a colon: ${JSON.stringify(line)}`);
    rule.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

async function parseForNetlify(text: string): Promise<ParsedRule[]> {
  const folder = mkdtempSync(join(tmpdir(), 'souveraen-headers-'));
  try {
    const file = join(folder, '_headers');
    writeFileSync(file, text);
    const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
    if (errors.length > 0) throw new Error(`Netlify's parser refuses _headers:\n  ${errors.map((error) => error.message).join('\n  ')}`);
    return headers.map((rule) => ({
      path: rule.for,
      matcher: (rule as { forRegExp: RegExp }).forRegExp,
      headers: Object.entries(rule.values).map(([name, value]) => [name.toLowerCase(), String(value)] as [string, string]),
    }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function readHeadersFile(text: string): Promise<HostRules> {
  return { netlify: await parseForNetlify(text), cloudflare: parseForCloudflare(text) };
}

/**
 * Every path a host answers from the output's `files` (site paths): each served file, and each
 * page also at its folder's URL, with the file that answers it. Compressed siblings and the host
 * configuration itself are not served.
 */
export function servedPaths(files: readonly string[]): { path: string; file: string }[] {
  const served = files.filter((file) => !/\.(br|gz)$/.test(file) && !/^\/(_headers|_redirects|_hosting\/)/.test(file));
  return [
    ...served.map((file) => ({ path: file, file })),
    ...served.filter((file) => file.endsWith('/index.html')).map((file) => ({ path: file.slice(0, -'index.html'.length), file })),
  ];
}

/** Each header the host sends for `path`, with the value of every rule that sets it, in file order. */
export function headersFor(rules: HostRules, path: string, host: Host): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const rule of rules[host]) {
    if (!rule.matcher.test(path)) continue;
    for (const [name, value] of rule.headers) headers.set(name, [...(headers.get(name) ?? []), value]);
  }
  return headers;
}

/** What `path` must be sent: each header's one value; `policy` checks the Content-Security-Policy. */
export interface Wanted {
  headers: Record<string, string>;
  /** Problems of the policy a path gets (one value, or several: all are enforced). */
  policy: (values: readonly string[]) => string[];
  /** Feeds need their type set; other paths may leave it to the host. */
  type?: string;
}

/** The problems of what the file's rules send for `path`, each naming the path. */
export function checkPath(rules: HostRules, path: string, wanted: Wanted, host: Host): string[] {
  const got = headersFor(rules, path, host);
  const problems: string[] = [];
  for (const [name, value] of Object.entries(wanted.headers)) {
    const values = got.get(name.toLowerCase());
    if (values?.length !== 1 || values[0] !== value) problems.push(`${host} ${path}: ${name} ${values ? values.join(' | ') : 'missing'}`);
  }
  problems.push(...wanted.policy(got.get('content-security-policy') ?? []).map((problem) => `${host} ${path}: ${problem}`));
  const type = got.get('content-type');
  if (wanted.type !== undefined ? type?.length !== 1 || type[0] !== wanted.type : type !== undefined) problems.push(`${host} ${path}: content-type ${type?.join(' | ') ?? 'missing'}`);
  return problems;
}

const NON_PAGE = "default-src 'none'";

/**
 * A policy check: exactly `policy`; when that is the non-page policy (`default-src 'none'`), other
 * policies may come before it, since it allows nothing whatever else is enforced with it (and a
 * host where the later rule wins sends it alone).
 */
export function exactly(policy: string): (values: readonly string[]) => string[] {
  return (values) => {
    if (values.at(-1) !== policy) return [`policy ${values.join(' | ') || 'missing'}, not ${policy} last`];
    return values.length === 1 || policy.startsWith(`${NON_PAGE};`) ? [] : [`policies ${values.join(' | ')}, not only ${policy}`];
  };
}
