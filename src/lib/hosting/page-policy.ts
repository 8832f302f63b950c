/**
 * Reads the Content-Security-Policy that Astro's `security.csp` wrote into a built page's meta
 * tag, so the header policy is always the page's own (never a second list kept by hand).
 */
const META = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i;
const CONTENT = /\scontent=(?:"([^"]*)"|'([^']*)')/i;

/** The meta tag's policy, or undefined when the page has none. Only the head is searched. */
export function readMetaPolicy(html: string): string | undefined {
  const headEnd = html.search(/<\/head>/i);
  const head = headEnd === -1 ? html : html.slice(0, headEnd);
  const tag = head.match(META)?.[0];
  if (!tag) return undefined;
  const match = tag.match(CONTENT);
  const value = match?.[1] ?? match?.[2];
  return value === undefined ? undefined : decodeEntities(value);
}

/** Attribute values may carry entities; a policy has no others than these. */
function decodeEntities(value: string): string {
  return value.replace(/&(#39|#x27|apos|quot|amp|lt|gt);/g, (_, name: string) => ({ '#39': "'", '#x27': "'", apos: "'", quot: '"', amp: '&', lt: '<', gt: '>' })[name]!);
}
