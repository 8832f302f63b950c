/**
 * Story aliases as redirects: `redirects.json` at the output's root (written by the build when
 * stories have aliases) is a list of `{ from, to, status }`. Every server configuration turns
 * the same list into its redirects.
 */
export interface Redirect {
  from: string;
  to: string;
  status: 301 | 302 | 307 | 308;
}

export const REDIRECTS_FILE = 'redirects.json';

const STATUSES = new Set([301, 302, 307, 308]);
/** A site path: what each server's syntax can carry without quoting (no spaces, quotes, `$`, braces, `;`, `#`). */
const SITE_PATH = /^\/[A-Za-z0-9\-._~/%!&'()*+,=:@]*$/;

export class RedirectsError extends Error {}

/** Parses and checks the list; every problem is reported at once, naming the entry. */
export function parseRedirects(text: string, source = REDIRECTS_FILE): Redirect[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RedirectsError(`${source}: not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(value)) throw new RedirectsError(`${source}: expected a list of { "from", "to", "status" }`);
  const problems: string[] = [];
  const redirects: Redirect[] = [];
  const seen = new Map<string, number>();
  value.forEach((entry: unknown, index) => {
    const where = `${source}[${index}]`;
    if (typeof entry !== 'object' || entry === null) return void problems.push(`${where}: expected { "from", "to", "status" }`);
    const { from, to, status } = entry as Record<string, unknown>;
    const before = problems.length;
    for (const [name, path] of [['from', from], ['to', to]] as const) {
      if (typeof path !== 'string' || !SITE_PATH.test(path) || path.includes('//')) {
        problems.push(`${where}.${name}: ${JSON.stringify(path)} is not a site path (starts with "/", no spaces, quotes, "$", braces, ";" or "#")`);
      }
    }
    if (typeof status !== 'number' || !STATUSES.has(status)) problems.push(`${where}.status: ${JSON.stringify(status)} is not one of 301, 302, 307, 308`);
    if (problems.length > before) return;
    if (from === to) return void problems.push(`${where}: redirects ${String(from)} to itself`);
    const earlier = seen.get(from as string);
    if (earlier !== undefined) return void problems.push(`${where}.from: ${String(from)} is already redirected by entry ${earlier}`);
    seen.set(from as string, index);
    redirects.push({ from: from as string, to: to as string, status: status as Redirect['status'] });
  });
  if (problems.length > 0) throw new RedirectsError(`${source}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`);
  return redirects;
}
