import { createHash } from 'node:crypto';
import { renderStoryBody, StoryBodyError } from './body/render-body';

/**
 * Bodies known to pass, by hash, with the actors their quotes name (which must still exist).
 * `known` comes from the previous check (the caller drops it when the renderer changed);
 * `passed` collects this check's, to be kept for the next.
 */
export interface BodyCheckMemo {
  known: ReadonlyMap<string, readonly string[]>;
  passed: Map<string, readonly string[]>;
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
  { bodyLine, actorIds, memo }: { bodyLine: number; actorIds: ReadonlySet<string>; memo?: BodyCheckMemo },
): MdxProblem[] {
  const toFileLine = (line: number | undefined) => (line === undefined ? undefined : line + bodyLine - 1);
  const hash = memo && createHash('sha1').update(body).digest('base64url');
  const quoted = hash === undefined ? undefined : memo?.known.get(hash);
  if (hash && quoted?.every((actor) => actorIds.has(actor))) {
    memo?.passed.set(hash, quoted);
    return [];
  }
  try {
    const { slots } = renderStoryBody(body, { actorIds });
    if (hash) memo?.passed.set(hash, [...new Set(slots.flatMap((slot) => ('quote' in slot ? [slot.quote.actor] : [])))]);
    return [];
  } catch (error) {
    if (error instanceof StoryBodyError) {
      return error.problems.map((problem) => ({ line: toFileLine(problem.line), message: problem.message }));
    }
    return [describeCompileError(error, toFileLine)];
  }
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
