/**
 * Characters that could end or confuse an inline `<script type="application/ld+json">`:
 * `<` and `>` (a `</script>` or `<!--` in frontmatter), `&`, and the two line separators
 * that older JavaScript parsers treat as line ends. Escaping them keeps the JSON identical
 * for a JSON parser while the HTML parser never sees markup.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** JSON for an inline script element: frontmatter can never close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE, escapeChar);
}

