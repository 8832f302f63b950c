/** The components articles may use (see EDITING.md), with what each accepts. */
const CALLOUT_TONES = ['note', 'context', 'warning'] as const;
const MDX_COMPONENTS = ['Callout', 'Quote'] as const;
/** Raw HTML that would run code or load from other hosts; the site allows neither. */
const FORBIDDEN_ELEMENTS = ['script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form'];

/** Attributes as written: `name="text"` is a string, a bare `name` is true. */
export type JsxAttributes = Map<string, string | true>;

/**
 * What is wrong with one element of an article body, as messages for the editor. `actorIds`,
 * when given, are the actors a `<Quote>` may name.
 */
export function checkElement(name: string, attrs: JsxAttributes, actorIds?: ReadonlySet<string>): string[] {
  if (name === '') return [];
  if (FORBIDDEN_ELEMENTS.includes(name.toLowerCase())) {
    return [`<${name}> is not allowed in articles (no scripts, styles, forms or embedded pages)`];
  }
  if (!/^[A-Z]/.test(name)) return checkHtmlAttributes(name, attrs);
  if (name === 'Quote') {
    const actor = attrs.get('actor');
    if (typeof actor !== 'string' || actor === '') {
      return ['<Quote> needs an actor id written as actor="karsten-wildberger" (a file name in actors/ without .yaml)'];
    }
    if (actorIds && !actorIds.has(actor)) {
      return [`<Quote actor="${actor}">: unknown actor id "${actor}"; it must be the name of a file in actors/ without .yaml`];
    }
    return [];
  }
  if (name === 'Callout') {
    const tone = attrs.get('tone');
    if (attrs.has('tone') && !(CALLOUT_TONES as readonly string[]).includes(String(tone))) {
      return [`<Callout tone="${String(tone)}">: unknown tone; allowed: ${CALLOUT_TONES.join(', ')}`];
    }
    return [];
  }
  return [`unknown component <${name}>; allowed components: ${MDX_COMPONENTS.join(', ')}`];
}

/** Event handlers and script URLs would run code; inline styles are blocked by the CSP anyway. */
function checkHtmlAttributes(name: string, attrs: JsxAttributes): string[] {
  const problems: string[] = [];
  for (const [attr, value] of attrs) {
    if (/^on/i.test(attr)) problems.push(`<${name} ${attr}>: event handlers are not allowed in articles`);
    else if (attr.toLowerCase() === 'style') problems.push(`<${name} style>: inline styles are not allowed (the site's security policy blocks them)`);
    else if (typeof value === 'string' && /^\s*(?:javascript|vbscript|data):/i.test(value)) {
      problems.push(`<${name} ${attr}="${value.slice(0, 20)}…">: script and data URLs are not allowed`);
    }
  }
  return problems;
}
