import { createHash } from 'node:crypto';
import { renderStoryBody, StoryBodyError } from './body/render-body.ts';
import type { RenderedBody } from './body/slots.ts';
import { sharedHandover } from '../handover.ts';

/** What a body that passed refers to outside itself: checked again on every run, memo or not. */
export interface BodyFacts {
  /** Actors its quotes name, which must still exist. */
  actors: readonly string[];
  /** Paths on this site and images, with body lines. */
  references: RenderedBody['references'];
}

/**
 * Bodies known to pass, by hash, with what they refer to. `known` comes from the previous check
 * (the caller drops it when the renderer changed); `passed` collects this check's, to be kept
 * for the next.
 */
export interface BodyCheckMemo {
  known: ReadonlyMap<string, BodyFacts>;
  passed: Map<string, BodyFacts>;
}

export interface MdxCheck {
  problems: MdxProblem[];
  /** What the body refers to, with lines in the file; empty when it does not render. */
  references: RenderedBody['references'];
}

/**
 * Bodies this process's content check rendered, until the story loader takes them: one render
 * per body and build, not one for the check and one for the store. Bounded for a long-running
 * dev server; the loader clears what it did not need when it is done.
 */
const checkedRenders = sharedHandover<string, RenderedBody>('checked-renders');
const MAX_CHECKED_RENDERS = 20_000;

/** The body as the content check rendered it in this process, once; undefined when it did not. */
export function takeCheckedRender(body: string): RenderedBody | undefined {
  return checkedRenders.take(body);
}

export function forgetCheckedRenders(): void {
  checkedRenders.forget();
}

export interface MdxProblem {
  /** Line in the whole file (frontmatter included). */
  line?: number;
  message: string;
}

/**
 * Renders an article body exactly as the content layer will (`renderStoryBody`), so whatever
 * fails here would fail the build, and reports every problem with its line in the file.
 * `bodyLine` is the file line on which the body starts.
 */
export function checkMdx(
  body: string,
  { bodyLine, actorIds, memo, keepRender = false }: { bodyLine: number; actorIds: ReadonlySet<string>; memo?: BodyCheckMemo; keepRender?: boolean },
): MdxCheck {
  const toFileLine = (line: number | undefined) => (line === undefined ? undefined : line + bodyLine - 1);
  const inFile = ({ links, images, ids }: RenderedBody['references']): RenderedBody['references'] => ({
    ids,
    links: links.map((link) => ({ ...link, line: toFileLine(link.line) })),
    images: images.map((image) => ({ ...image, line: toFileLine(image.line) })),
  });
  const hash = memo && createHash('sha1').update(body).digest('base64url');
  const known = hash === undefined ? undefined : memo?.known.get(hash);
  if (hash && known && Array.isArray(known.actors) && known.references && Array.isArray(known.references.ids) && known.actors.every((actor) => actorIds.has(actor))) {
    memo?.passed.set(hash, known);
    return { problems: [], references: inFile(known.references) };
  }
  try {
    const rendered = renderStoryBody(body, { actorIds });
    if (keepRender) {
      if (checkedRenders.size >= MAX_CHECKED_RENDERS) checkedRenders.forget();
      checkedRenders.keep(body, rendered);
    }
    const { slots, references } = rendered;
    const actors = [...new Set(slots.flatMap((slot) => ('quote' in slot ? [slot.quote.actor] : [])))];
    if (hash) memo?.passed.set(hash, { actors, references });
    return { problems: [], references: inFile(references) };
  } catch (error) {
    const none = { links: [], images: [], ids: [] };
    if (error instanceof StoryBodyError) {
      return { problems: error.problems.map((problem) => ({ line: toFileLine(problem.line), message: problem.message })), references: none };
    }
    return { problems: [describeCompileError(error, toFileLine)], references: none };
  }
}

function describeCompileError(error: unknown, toFileLine: (line?: number) => number | undefined): MdxProblem {
  const full = error instanceof Error ? error.message : String(error);
  // The compiler may quote the whole offending text; a readable message needs its start only.
  const raw = full.length > 300 ? `${full.slice(0, 300)}…` : full;
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
