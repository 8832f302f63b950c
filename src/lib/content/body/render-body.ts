import { randomUUID } from 'node:crypto';
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { plainTextOf } from '../text';
import { checkElement, type JsxAttributes } from './element-rules';
import type { BodySlot, RenderedBody, SlotContent } from './slots';

/** What Astro's MDX integration enables by default, so bodies read exactly as they did. */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

export interface BodyProblem {
  /** Line in the body (1-based); the caller maps it to the file. */
  line?: number;
  message: string;
}

/** The body uses something the site cannot render; every problem is listed, not just the first. */
export class StoryBodyError extends Error {
  constructor(readonly problems: readonly BodyProblem[]) {
    super(problems.map((p) => (p.line === undefined ? p.message : `line ${p.line}: ${p.message}`)).join('\n'));
    this.name = 'StoryBodyError';
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
  const tree = mdxToHast(body, { features: FEATURES, position: true }) as unknown as MdxNode;
  const state: RenderState = {
    problems: [],
    slugger: new GithubSlugger(),
    images: [],
    slots: [],
    token: randomUUID(),
    actorIds,
  };
  const root: Root = { type: 'root', children: convertChildren(tree.children ?? [], state) as RootContent[] };
  if (state.problems.length > 0) throw new StoryBodyError(state.problems);
  const { html, slots } = placeSlots(toHtml(root), state);
  // The same tree gives the plain text: escapes (`\{`, `\<`) read as the page shows them.
  return { html, text: plainTextOf(root), images: state.images, slots };
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
}

function convertChildren(nodes: readonly MdxNode[], state: RenderState): ElementContent[] {
  return nodes.flatMap((node) => convertNode(node, state));
}

function convertNode(node: MdxNode, state: RenderState): ElementContent[] {
  const line = node.position?.start?.line;
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

function convertElement(node: Element & MdxNode, state: RenderState): ElementContent {
  const children = convertChildren((node.children ?? []) as MdxNode[], state);
  if (node.tagName === 'img') return convertImage(node, state);
  const element: Element = { type: 'element', tagName: node.tagName, properties: { ...node.properties }, children };
  if (/^h[1-6]$/.test(node.tagName)) {
    const existing = element.properties.id;
    element.properties.id = typeof existing === 'string' ? existing : state.slugger.slug(textOf(element));
  }
  return element;
}

/** Local images become a slot (the page renders AVIF/WebP variants); others stay plain `img`. */
function convertImage(node: Element, state: RenderState): ElementContent {
  const src = typeof node.properties.src === 'string' ? decodeURI(node.properties.src) : '';
  const alt = typeof node.properties.alt === 'string' ? node.properties.alt : '';
  if (src === '' || URL.canParse(src) || src.startsWith('/')) {
    return { type: 'element', tagName: 'img', properties: { src, alt, loading: 'lazy', decoding: 'async' }, children: [] };
  }
  const index = state.images.push({ src, alt }) - 1;
  return addSlot(state, { image: index });
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
  const properties: Properties = {};
  for (const [key, value] of attrs) properties[key] = value === true ? true : String(value);
  return [{ type: 'element', tagName: name, properties, children }];
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

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
