import { randomUUID } from 'node:crypto';
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { isCorrectionAnchor } from '../../urls.ts';
import { plainTextOf } from '../text.ts';
import { checkElement, checkUrlAttribute, type JsxAttributes } from './element-rules.ts';
import type { BodySlot, RenderedBody, SlotContent } from './slots.ts';
import { classifyUrl } from './url-rules.ts';

/**
 * Ids the article page itself gives elements around the body (the layout's `main`, the search
 * field, the related stories): a body id equal to one would break the skip link or a label.
 * Heading slugs step around them; an explicit id is an error. A build test keeps the list true.
 */
export const ARTICLE_PAGE_IDS = ['main', 'site-search', 'related-heading', 'sources-heading', 'corrections-heading'] as const;
/** Elements the browser shows nothing inside: text written into one would be lost. */
const VOID_ELEMENTS = ['img', 'br', 'hr', 'wbr'];
/** Deeper markup is no story, and walking it would overflow the stack. */
export const MAX_NESTING = 100;

/** What Astro's MDX integration enables by default, so bodies read exactly as they did. */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

export interface BodyProblem {
  /** Line in the body (1-based); the caller maps it to the file. */
  line?: number;
  message: string;
}

/** The body uses something the site cannot render; every problem is listed, not just the first. */
export class StoryBodyError extends Error {
  readonly problems: readonly BodyProblem[];

  constructor(problems: readonly BodyProblem[]) {
    super(problems.map((p) => (p.line === undefined ? p.message : `line ${p.line}: ${p.message}`)).join('\n'));
    this.name = 'StoryBodyError';
    this.problems = problems;
  }
}

/** Nodes satteri's MDX tree has besides hast's own. */
interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start?: { line?: number } };
}

/**
 * Renders an article body (MDX) to HTML once, when the content layer loads it, instead of
 * compiling it into a JavaScript module that every build must bundle. The two components
 * (Callout, Quote) become plain markup; what depends on other files (a quote's actor name,
 * responsive image variants) is left as a slot for the page to fill. Throws `StoryBodyError`
 * for anything the site does not render (scripts, expressions, unknown components).
 */
export function renderStoryBody(body: string, { actorIds }: { actorIds?: ReadonlySet<string> } = {}): RenderedBody {
  const deep = deeplyNestedLine(body);
  if (deep !== undefined) {
    throw new StoryBodyError([{ line: deep, message: `markup is nested more than ${MAX_NESTING} levels deep here; close the elements (or quotes, lists) you opened` }]);
  }
  const crowded = tooManyMarks(body);
  if (crowded) throw new StoryBodyError([crowded]);
  const tree = mdxToHast(body, { features: FEATURES, position: true }) as unknown as MdxNode;
  const slugger = new GithubSlugger();
  for (const id of ARTICLE_PAGE_IDS) slugger.slug(id);
  const state: RenderState = {
    problems: [],
    slugger,
    images: [],
    slots: [],
    token: randomUUID(),
    actorIds,
    depth: 0,
    ids: new Map(),
    references: { links: [], images: [], ids: [] },
  };
  const root: Root = { type: 'root', children: convertChildren(tree.children ?? [], state) as RootContent[] };
  if (!hasText(root) && state.problems.length === 0) {
    state.problems.push({ line: 1, message: 'the article has no text: write the story below the frontmatter block' });
  }
  if (state.problems.length > 0) throw new StoryBodyError(state.problems);
  const { html, slots } = placeSlots(toHtml(root), state);
  // The same tree gives the plain text: escapes (`\{`, `\<`) read as the page shows them.
  return { html, text: plainTextOf(root), images: state.images, slots, references: state.references };
}

/** Quote and list markers opening a line: the parser's time grows with the square of their number. */
const CONTAINER_MARKER = /^[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))/;

/** The first line that opens more than MAX_NESTING quotes or lists at once, found before parsing. */
function deeplyNestedLine(body: string): number | undefined {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let rest = lines[i]!;
    let depth = 0;
    for (let match = CONTAINER_MARKER.exec(rest); match && depth <= MAX_NESTING; match = CONTAINER_MARKER.exec(rest)) {
      depth++;
      rest = rest.slice(match[0].length);
    }
    if (depth > MAX_NESTING) return i + 1;
  }
  return undefined;
}

/**
 * The MDX parser's time grows faster than the number of tags and braces in a body (4,000
 * unclosed tags: seconds; 60,000: minutes). No story needs more than these.
 */
export const MAX_TAGS = 1_000;
export const MAX_BRACES = 500;
const MARKS: { pattern: RegExp; max: number; message: () => string }[] = [
  { pattern: /(?<!\\)<[A-Za-z/]/g, max: MAX_TAGS, message: () => `the body has more than ${MAX_TAGS} tags (<…>); at most ${MAX_TAGS} are read: write a literal < as \\<` },
  { pattern: /(?<!\\)\{/g, max: MAX_BRACES, message: () => `the body has more than ${MAX_BRACES} braces ({…}); at most ${MAX_BRACES} are read: write a literal brace as \\{` },
];

/** A problem at the first tag or brace beyond its limit, found before parsing. */
function tooManyMarks(body: string): BodyProblem | undefined {
  for (const { pattern, max, message } of MARKS) {
    let count = 0;
    for (const match of body.matchAll(pattern)) {
      if (++count > max) return { line: body.slice(0, match.index).split('\n').length, message: message() };
    }
  }
  return undefined;
}

interface RenderState {
  problems: BodyProblem[];
  slugger: GithubSlugger;
  images: RenderedBody['images'];
  /** Slots in document order; each is written as a comment carrying `token` and its index. */
  slots: SlotContent[];
  /** Unknowable to the author, so no text in the body can pass for a slot. */
  token: string;
  /** When given (the content check), quotes must name one of these actors. */
  actorIds?: ReadonlySet<string>;
  /** Elements open around the node being converted. */
  depth: number;
  /** The line of the last node that had one: where a problem of a node without position is. */
  line?: number;
  /** Element ids given so far, with the line of the first. */
  ids: Map<string, number | undefined>;
  references: RenderedBody['references'];
}

function convertChildren(nodes: readonly MdxNode[], state: RenderState): ElementContent[] {
  if (state.depth >= MAX_NESTING) {
    const line = nodes[0]?.position?.start?.line ?? state.line;
    state.problems.push({ line, message: `markup is nested more than ${MAX_NESTING} levels deep here; close the elements (or quotes, lists) you opened` });
    return [];
  }
  state.depth++;
  try {
    return nodes.flatMap((node) => convertNode(node, state));
  } finally {
    state.depth--;
  }
}

function convertNode(node: MdxNode, state: RenderState): ElementContent[] {
  const line = node.position?.start?.line ?? state.line;
  state.line = line;
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: String(node.value ?? '') }];
    case 'raw':
    case 'comment':
    case 'doctype':
      state.problems.push({ line, message: 'raw HTML is not allowed here; write Markdown or one of the components Callout and Quote' });
      return [];
    case 'element':
      return [convertElement(node as unknown as Element & MdxNode, state)];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (isOnlyComment(String(node.value ?? ''))) return [];
      state.problems.push({
        line,
        message: 'expressions in braces ({…}) are not supported in articles; write a literal brace as \\{ and \\}',
      });
      return [];
    case 'mdxjsEsm':
      state.problems.push({ line, message: 'import/export statements are not allowed; the components Callout and Quote are available without import' });
      return [];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return convertJsx(node, state);
    default:
      state.problems.push({ line, message: `unsupported content (${node.type})` });
      return [];
  }
}

/** Markdown's own elements: its links and images are checked like the same HTML written by hand. */
function convertElement(node: Element & MdxNode, state: RenderState): ElementContent {
  const line = node.position?.start?.line;
  const captioned = node.tagName === 'p' ? captionedImageOf(node) : undefined;
  if (captioned) return convertCaptionedImage(captioned, line, state);
  const children = convertChildren((node.children ?? []) as MdxNode[], state);
  if (node.tagName === 'img') {
    if (captionOf(node.properties) !== undefined) {
      state.problems.push({ line, message: 'an image with a caption (![alt](file "caption")) must stand in a paragraph of its own: put a blank line before and after it, or remove the caption' });
    }
    return convertImage(node.properties, line, state);
  }
  const element: Element = { type: 'element', tagName: node.tagName, properties: { ...node.properties }, children };
  const href = element.properties.href;
  if (node.tagName === 'a' && typeof href === 'string') checkLink(href, line, state);
  if (/^h[1-6]$/.test(node.tagName)) {
    const existing = element.properties.id;
    element.properties.id = typeof existing === 'string' ? existing : state.slugger.slug(textOf(element));
  }
  if (typeof element.properties.id === 'string') claimId(element.properties.id, line, state);
  return element;
}

/** A Markdown image's title (`![alt](file "title")`), which the site shows as its caption. */
function captionOf(properties: Properties): string | undefined {
  const title = properties.title;
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
}

/** The image of a paragraph that holds nothing else, when it has a caption. */
function captionedImageOf(paragraph: Element & MdxNode): (Element & MdxNode) | undefined {
  const content = ((paragraph.children ?? []) as MdxNode[]).filter((child) => !(child.type === 'text' && String(child.value ?? '').trim() === ''));
  const [only] = content;
  if (content.length !== 1 || only?.type !== 'element') return undefined;
  const image = only as unknown as Element & MdxNode;
  return image.tagName === 'img' && captionOf(image.properties) !== undefined ? image : undefined;
}

/**
 * A captioned image becomes a figure: the caption is shown under it, and the alt text stays
 * the description for readers who cannot see it (the two say different things).
 */
function convertCaptionedImage(image: Element & MdxNode, line: number | undefined, state: RenderState): ElementContent {
  const caption = captionOf(image.properties)!;
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['body-figure'] },
    children: [
      convertImage(image.properties, image.position?.start?.line ?? line, state),
      { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }] },
    ],
  };
}

/** Every image is a file of the content folder and becomes a slot (the page renders AVIF/WebP variants). */
function convertImage(properties: Properties, line: number | undefined, state: RenderState): ElementContent {
  const written = typeof properties.src === 'string' ? properties.src : '';
  const alt = typeof properties.alt === 'string' ? properties.alt : '';
  const problems = checkUrlAttribute('img', 'src', written);
  for (const message of problems) state.problems.push({ line, message });
  if (problems.length > 0) return { type: 'text', value: '' };
  let src = written;
  try {
    src = decodeURI(written);
  } catch {
    state.problems.push({ line, message: `image ${JSON.stringify(written.slice(0, 60))}: the path has a broken %-escape` });
  }
  const index = state.images.push({ src, alt }) - 1;
  state.references.images.push({ line, src });
  return addSlot(state, { image: index });
}

/** A link's scheme is checked where it is written; a path on this site is kept for the reference check. */
function checkLink(href: string, line: number | undefined, state: RenderState): void {
  for (const message of checkUrlAttribute('a', 'href', href)) state.problems.push({ line, message });
  const target = classifyUrl(href);
  if (target.kind === 'site') state.references.links.push({ line, href: target.path });
}

function claimId(id: string, line: number | undefined, state: RenderState): void {
  if ((ARTICLE_PAGE_IDS as readonly string[]).includes(id) || isCorrectionAnchor(id)) {
    state.problems.push({ line, message: `id "${id}" is used by the page around the article; choose another id` });
    return;
  }
  if (state.ids.has(id)) {
    const first = state.ids.get(id);
    state.problems.push({ line, message: `id "${id}" is given twice${first === undefined ? '' : ` (first on body line ${first})`}; ids must be unique on the page` });
    return;
  }
  state.ids.set(id, line);
  state.references.ids.push(id);
}

function convertJsx(node: MdxNode, state: RenderState): ElementContent[] {
  const line = node.position?.start?.line;
  const name = node.name ?? '';
  const attrs = readAttributes(node, state);
  for (const message of checkElement(name, attrs, state.actorIds)) state.problems.push({ line, message });
  const children = convertChildren(node.children ?? [], state);
  if (name === '') return children;
  if (name === 'Callout') {
    const tone = typeof attrs.get('tone') === 'string' ? String(attrs.get('tone')) : 'note';
    const title = attrs.get('title');
    const heading: ElementContent[] =
      typeof title === 'string' && title !== ''
        ? [{ type: 'element', tagName: 'p', properties: { className: ['callout-title'] }, children: [{ type: 'text', value: title }] }]
        : [];
    return [{ type: 'element', tagName: 'aside', properties: { className: ['callout', tone] }, children: [...heading, ...children] }];
  }
  if (name === 'Quote') {
    const actor = String(attrs.get('actor') ?? '');
    const attribution = addSlot(state, { quote: { actor, paraphrase: attrs.has('paraphrase') && attrs.get('paraphrase') !== 'false' } });
    return [
      {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['quote'] },
        children: [
          { type: 'element', tagName: 'blockquote', properties: {}, children },
          { type: 'element', tagName: 'figcaption', properties: {}, children: [attribution] },
        ],
      },
    ];
  }
  // Lowercase names, as the browser reads them: `SRC` is `src`, and was checked as such.
  const tagName = name.toLowerCase();
  const properties: Properties = {};
  for (const [key, value] of attrs) properties[key.toLowerCase()] = value === true ? true : String(value);
  if (VOID_ELEMENTS.includes(tagName) && children.length > 0) {
    state.problems.push({ line, message: `<${name}> cannot hold text or other elements; close it right away (<${name} … />) and put the text beside it` });
  }
  if (tagName === 'img') return [convertImage(properties, line, state)];
  if (tagName === 'a' && typeof properties.href === 'string') {
    const target = classifyUrl(properties.href);
    if (target.kind === 'site') state.references.links.push({ line, href: target.path });
  }
  if (typeof properties.id === 'string') claimId(properties.id, line, state);
  return [{ type: 'element', tagName, properties, children }];
}

/** Literal attributes only: `name="text"` or a bare `name` (true). */
function readAttributes(node: MdxNode, state: RenderState): JsxAttributes {
  const attrs: JsxAttributes = new Map();
  const line = node.position?.start?.line;
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      state.problems.push({ line, message: `<${node.name ?? ''}>: spread attributes ({...}) are not supported; write each attribute as name="value"` });
      continue;
    }
    if (attr.value === null || attr.value === undefined) attrs.set(attr.name, true);
    else if (typeof attr.value === 'string') attrs.set(attr.name, attr.value);
    else state.problems.push({ line, message: `<${node.name ?? ''} ${attr.name}={…}>: write attribute values in quotes (${attr.name}="…"); expressions are not supported` });
  }
  return attrs;
}

function addSlot(state: RenderState, slot: SlotContent): ElementContent {
  const index = state.slots.push(slot) - 1;
  return { type: 'comment', value: `${state.token}:${index}` };
}

/** Replaces the slot comments by readable ones and records where each sits in the HTML. */
function placeSlots(html: string, state: RenderState): { html: string; slots: BodySlot[] } {
  if (state.slots.length === 0) return { html, slots: [] };
  const slots: BodySlot[] = [];
  const open = `<!--${state.token}:`;
  let out = '';
  let last = 0;
  for (let at = html.indexOf(open); at !== -1; at = html.indexOf(open, last)) {
    const close = html.indexOf('-->', at);
    const slot = state.slots[Number(html.slice(at + open.length, close))];
    if (!slot) throw new Error(`body renderer: no slot for ${html.slice(at, close + 3)}`);
    out += html.slice(last, at);
    const marker = 'image' in slot ? `<!--image ${slot.image}-->` : '<!--quote-->';
    slots.push({ ...slot, start: out.length, end: out.length + marker.length });
    out += marker;
    last = close + 3;
  }
  return { html: out + html.slice(last), slots };
}

function isOnlyComment(expression: string): boolean {
  return /^(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*(?:\n|$))*$/.test(expression);
}

/** Whether any text remains once whitespace and invisible characters are gone. */
function hasText(root: Root): boolean {
  return /[^\s\p{Cf}\p{Cc}]/u.test(root.children.map((child) => textOf(child as ElementContent)).join(''));
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
