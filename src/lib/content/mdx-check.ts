import { mdxToJs, mdxToMdast } from 'satteri';

/** The components articles may use (see EDITING.md), with what each accepts. */
export const CALLOUT_TONES = ['note', 'context', 'warning'] as const;
export const MDX_COMPONENTS = ['Callout', 'Quote'] as const;
/** Raw HTML that would run code or load from other hosts; the site allows neither. */
const FORBIDDEN_ELEMENTS = ['script', 'style', 'iframe', 'object', 'embed'];

export interface MdxProblem {
  /** Line in the whole file (frontmatter included). */
  line?: number;
  message: string;
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start?: { line?: number } };
}

/**
 * Compiles an article body with satteri, the MDX compiler Astro's MDX integration uses, so
 * whatever fails here would fail the build, then checks component use. `bodyLine` is the file
 * line on which the body starts.
 */
export async function checkMdx(
  body: string,
  { bodyLine, actorIds }: { bodyLine: number; actorIds: ReadonlySet<string> },
): Promise<MdxProblem[]> {
  const toFileLine = (line: number | undefined) => (line === undefined ? undefined : line + bodyLine - 1);
  try {
    await mdxToJs(body, {});
  } catch (error) {
    return [describeCompileError(error, toFileLine)];
  }
  // Component checks need the tree; a body without tags or ESM has nothing to check.
  if (!/<|^(?:import|export)\s/m.test(body)) return [];
  const tree = (await mdxToMdast(body)) as Node;
  const problems: MdxProblem[] = [];
  visit(tree, (node) => {
    const line = toFileLine(node.position?.start?.line);
    if (node.type === 'mdxjsEsm') {
      problems.push({ line, message: 'import/export statements are not allowed; the components Callout and Quote are available without import' });
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name ?? '';
    for (const problem of checkElement(name, attributesOf(node), actorIds)) problems.push({ line, message: problem });
  });
  return problems;
}

function describeCompileError(error: unknown, toFileLine: (line?: number) => number | undefined): MdxProblem {
  const raw = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): ([\s\S]*)$/.exec(raw);
  const text = (match?.[3] ?? raw).replace(/\s*\(\d+:\d+\)/g, '').replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
  const line = match ? toFileLine(Number(match[1])) : undefined;
  return {
    line,
    message: `MDX does not compile: ${text}. ${hintFor(text)}`,
  };
}

function hintFor(text: string): string {
  if (/brace|expression/i.test(text)) return 'Close every { with }, or write a literal brace as \\{';
  if (/tag/i.test(text)) return 'Close every tag you open (<Callout>…</Callout>), or write a literal < as \\<';
  return 'Check the line for a stray <, { or }';
}

function checkElement(name: string, attrs: Map<string, unknown>, actorIds: ReadonlySet<string>): string[] {
  if (FORBIDDEN_ELEMENTS.includes(name.toLowerCase())) {
    return [`<${name}> is not allowed in articles (no scripts, styles or embedded pages)`];
  }
  if (!/^[A-Z]/.test(name)) return [];
  if (name === 'Quote') {
    const actor = attrs.get('actor');
    if (typeof actor !== 'string' || actor === '') {
      return ['<Quote> needs an actor id written as actor="karsten-wildberger" (a file name in actors/ without .yaml)'];
    }
    if (!actorIds.has(actor)) {
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

function attributesOf(node: Node): Map<string, unknown> {
  const attrs = new Map<string, unknown>();
  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxAttribute' && attr.name) attrs.set(attr.name, attr.value ?? true);
  }
  return attrs;
}

function visit(node: Node, fn: (node: Node) => void): void {
  fn(node);
  for (const child of node.children ?? []) visit(child, fn);
}
