import { closestNames } from '../layout.ts';
import { classifyUrl, localFileProblem, quoteValue } from './url-rules.ts';

/** The components articles may use (see EDITING.md), with what each accepts. */
export const CALLOUT_TONES = ['note', 'context', 'warning'] as const;

/** What a prop takes: a text, a bare flag (`paraphrase`), or one of a few words. */
type PropRule = { required?: string; type: 'text' } | { type: 'flag'; hint: string } | { type: 'choice'; choices: readonly string[]; what: string };

/**
 * Every prop each component takes. Anything else is an error, never dropped: a misspelt
 * `paraphrase` would turn reported speech into a verbatim quote.
 */
export const COMPONENT_PROPS: Record<string, Record<string, PropRule>> = {
  Callout: {
    title: { type: 'text' },
    tone: { type: 'choice', choices: CALLOUT_TONES, what: 'tone' },
  },
  Quote: {
    actor: { type: 'text', required: 'needs an actor id written as actor="karsten-wildberger" (a file name in actors/ without .yaml)' },
    paraphrase: { type: 'flag', hint: 'write it bare (<Quote actor="…" paraphrase>) for reported speech, or leave it out for a verbatim quote' },
  },
};
const MDX_COMPONENTS = Object.keys(COMPONENT_PROPS);

/** Raw HTML that would run code or load from other hosts; the site allows neither. */
const FORBIDDEN_ELEMENTS = ['script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form'];
/** Elements that load a file or another page; articles show only images of the content folder. */
const LOADING_ELEMENTS = [
  'video', 'audio', 'source', 'track', 'picture', 'frame', 'frameset', 'portal', 'fencedframe', 'applet', 'image',
  'svg', 'math', 'input', 'button', 'select', 'textarea', 'canvas', 'noscript', 'template', 'slot', 'use', 'bgsound',
];

const GLOBAL_ATTRIBUTES = ['id', 'title', 'lang', 'dir', 'aria-label', 'aria-hidden', 'aria-describedby'];
/**
 * Plain HTML an article may write, with the attributes each may carry besides the global ones.
 * An allowlist: whatever is not here (SVG, forms, media, `srcset`, `ping`, `background`, …) is an
 * error, so no attribute that makes the browser fetch something can slip through.
 */
const HTML_ELEMENTS: Record<string, readonly string[]> = {
  a: ['href', 'hreflang', 'rel'],
  img: ['src', 'alt', 'width', 'height'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  th: ['colspan', 'rowspan', 'scope', 'abbr'],
  td: ['colspan', 'rowspan', 'headers'],
  ...Object.fromEntries(
    [
      'abbr', 'b', 'i', 'em', 'strong', 'sup', 'sub', 'small', 'span', 'br', 'wbr', 'hr', 'mark', 's', 'cite', 'code',
      'kbd', 'samp', 'var', 'dfn', 'bdi', 'bdo', 'u', 'p', 'div', 'ul', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody',
      'tfoot', 'tr', 'caption', 'figure', 'figcaption', 'h2', 'h3', 'h4', 'h5', 'h6', 'details', 'summary', 'pre',
    ].map((name) => [name, [] as string[]]),
  ),
};
/** Attributes whose value is an address the reader may follow; checked for its scheme. */
const LINK_ATTRIBUTES = ['href', 'cite'];

/** Attributes as written: `name="text"` is a string, a bare `name` is true. */
export type JsxAttributes = Map<string, string | true>;

/**
 * What is wrong with one element of an article body, as messages for the editor. `actorIds`,
 * when given, are the actors a `<Quote>` may name.
 */
export function checkElement(name: string, attrs: JsxAttributes, actorIds?: ReadonlySet<string>): string[] {
  if (name === '') return [];
  const lower = name.toLowerCase();
  if (FORBIDDEN_ELEMENTS.includes(lower)) {
    return [`<${name}> is not allowed in articles (no scripts, styles, forms or embedded pages)`];
  }
  if (/^[A-Z]/.test(name)) return checkComponent(name, attrs, actorIds);
  if (LOADING_ELEMENTS.includes(lower) || lower.includes(':')) {
    return [`<${name}> is not allowed in articles: the page would load a file or run something; show images with ![alt](./file.png) and link to anything else with [text](https://…)`];
  }
  const own = HTML_ELEMENTS[lower];
  if (!own) {
    return [`<${name}> is not an element articles may use; write Markdown, or one of: ${Object.keys(HTML_ELEMENTS).sort().join(', ')}`];
  }
  return checkHtmlAttributes(name, attrs, [...GLOBAL_ATTRIBUTES, ...own]);
}

function checkComponent(name: string, attrs: JsxAttributes, actorIds?: ReadonlySet<string>): string[] {
  const props = COMPONENT_PROPS[name];
  if (!props) {
    const near = closestNames(name, MDX_COMPONENTS, 1);
    return [`unknown component <${name}>; allowed components: ${MDX_COMPONENTS.join(', ')}${near.length ? ` (did you mean <${near[0]}>?)` : ''}`];
  }
  const problems: string[] = [];
  for (const [prop, rule] of Object.entries(props)) {
    if (rule.type === 'text' && rule.required && (typeof attrs.get(prop) !== 'string' || attrs.get(prop) === '')) {
      problems.push(`<${name}> ${rule.required}`);
    }
  }
  for (const [prop, value] of attrs) {
    const rule = props[prop];
    if (/^on/i.test(prop)) problems.push(`<${name} ${prop}>: event handlers are not allowed in articles`);
    else if (!rule) problems.push(unknownAttribute(name, prop, Object.keys(props), 'prop'));
    else if (rule.type === 'text' && value === true) problems.push(`<${name} ${prop}>: give ${prop} a text in quotes: ${prop}="…"`);
    else if (rule.type === 'flag' && value !== true) problems.push(`<${name} ${prop}=${quoteValue(value)}>: ${rule.hint}`);
    else if (rule.type === 'choice' && !rule.choices.includes(String(value))) {
      problems.push(`<${name} ${prop}=${quoteValue(value === true ? '' : value)}>: unknown ${rule.what}; allowed: ${rule.choices.join(', ')}`);
    }
  }
  const actor = attrs.get('actor');
  if (name === 'Quote' && typeof actor === 'string' && actor !== '' && actorIds && !actorIds.has(actor)) {
    const near = closestNames(actor, actorIds, 1);
    problems.push(
      `<Quote actor=${quoteValue(actor)}>: unknown actor id ${quoteValue(actor)}; it must be the name of a file in actors/ without .yaml${near.length ? `. Did you mean "${near[0]}"?` : ''}`,
    );
  }
  return problems;
}

/** Event handlers and script URLs would run code; inline styles are blocked by the CSP anyway. */
function checkHtmlAttributes(name: string, attrs: JsxAttributes, allowed: readonly string[]): string[] {
  const problems: string[] = [];
  for (const [attr, value] of attrs) {
    const lower = attr.toLowerCase();
    if (/^on/.test(lower)) problems.push(`<${name} ${attr}>: event handlers are not allowed in articles`);
    else if (lower === 'style') problems.push(`<${name} style>: inline styles are not allowed (the site's security policy blocks them)`);
    else if (!allowed.includes(lower)) problems.push(unknownAttribute(name, attr, allowed, 'attribute'));
    // An image's file is checked where the image is rendered (render-body.ts), with Markdown's.
    else if (typeof value === 'string' && !(name.toLowerCase() === 'img' && lower === 'src')) problems.push(...checkUrlAttribute(name, lower, value));
    else if (name.toLowerCase() === 'img' && lower === 'src' && value === true) problems.push(`<${name} src>: give the image file in quotes: src="./chart.png"`);
  }
  return problems;
}

/** The scheme of a link, or a local file for an image; both as the browser reads them. */
export function checkUrlAttribute(name: string, attr: string, value: string): string[] {
  if (name.toLowerCase() === 'img' && attr === 'src') {
    const problem = localFileProblem(value);
    return problem ? [`image ${quoteValue(value)} ${problem}`] : [];
  }
  if (!LINK_ATTRIBUTES.includes(attr)) return [];
  const target = classifyUrl(value);
  if (target.kind !== 'bad') return [];
  const scriptLike = /^"(javascript|vbscript|data):/.test(target.problem.replace(/^uses /, ''));
  return [`<${name} ${attr}=${quoteValue(value, 40)}>: ${scriptLike ? 'script and data URLs are not allowed; ' : ''}the address ${target.problem}`];
}

function unknownAttribute(name: string, attr: string, allowed: readonly string[], what: 'prop' | 'attribute'): string {
  const near = closestNames(attr, allowed, 1);
  return (
    `<${name} ${attr}>: unknown ${what} "${attr}" (it would be silently dropped)` +
    `${near.length ? `. Did you mean "${near[0]}"?` : ''} Allowed on <${name}>: ${allowed.join(', ') || 'none'}`
  );
}
