import { LANGS, isLang, type Lang } from '../../i18n/config.ts';
import { isValidSlug, slugify } from './slug.ts';

/**
 * What a path under the content folder is, by the one policy the content check and the story
 * loader share (EDITING.md, "Where things live"): every file is an article, an actor, an image,
 * one of the few names that are allowed and ignored, or an error that stops the build. Nothing
 * is skipped silently, so nothing the check has not seen can be published.
 */
export type ContentPathKind =
  /** `nameProblem`: the file is read and checked, but its name must change before it can build. */
  | { kind: 'article'; lang: Lang; slug: string; nameProblem?: string }
  | { kind: 'actor'; id: string; nameProblem?: string }
  | { kind: 'image' }
  /** `editions/<lang>/<year>-w<week>.mdx`; its name and week are checked with its content (digest-check.ts). */
  | { kind: 'edition' }
  /** `publisher.yaml`: the imprint's details (src/lib/content/publisher.ts). */
  | { kind: 'publisher' }
  | { kind: 'ignored' }
  | { kind: 'error'; message: string };

/** Files the editors' tools or operating systems leave behind, and notes; never content. */
export const IGNORED_NAMES = ['README.md', '.gitkeep', '.DS_Store'] as const;
/** Images articles may use; SVG is listed so that a reference to one gets its own message. */
export const IMAGE_FILE = /\.(png|jpe?g|webp|avif|gif|svg)$/i;
const TOP_FOLDERS = ['articles', 'actors', 'images', 'editions'] as const;

/** `path` is relative to the content folder with `/` separators; `symlink` when it is a link. */
export function classifyContentPath(path: string, { symlink = false }: { symlink?: boolean } = {}): ContentPathKind {
  const parts = path.split('/');
  const name = parts[parts.length - 1] ?? '';
  if ((IGNORED_NAMES as readonly string[]).includes(name)) return { kind: 'ignored' };
  if (symlink) {
    return { kind: 'error', message: 'symbolic links are not read in the content folder; put the file itself here (copy it, then remove the link)' };
  }
  const dotted = parts.find((part) => part.startsWith('.'));
  if (dotted !== undefined) {
    return {
      kind: 'error',
      message: `"${dotted}" starts with a dot, which hides it from most tools; rename it without the dot (only ${IGNORED_NAMES.filter((n) => n.startsWith('.')).join(' and ')} are ignored)`,
    };
  }
  if (path === 'publisher.yaml') return { kind: 'publisher' };
  const top = parts[0] ?? '';
  if (parts.length === 1 || !(TOP_FOLDERS as readonly string[]).includes(top)) {
    const near = parts.length > 1 ? nearFolder(top) : '';
    return {
      kind: 'error',
      message: `the content folder holds only ${TOP_FOLDERS.map((f) => `${f}/`).join(', ')} (and publisher.yaml, README.md files); nothing reads "${parts.length > 1 ? `${top}/` : name}"${near}, so move or remove it`,
    };
  }
  if (top === 'actors') return classifyActor(parts, name);
  if (top === 'editions') return { kind: 'edition' };
  if (IMAGE_FILE.test(name)) return { kind: 'image' };
  if (top === 'images') return { kind: 'error', message: 'only images (.png, .jpg, .jpeg, .webp, .avif, .gif) belong in images/' };
  return classifyArticle(parts, name);
}

function classifyActor(parts: readonly string[], name: string): ContentPathKind {
  if (parts.length !== 2) return { kind: 'error', message: 'actor files sit directly in actors/ (no subfolders), one <id>.yaml per actor' };
  if (!name.endsWith('.yaml')) {
    const suggestion = `${slugify(name.replace(/\.[^.]*$/, ''))}.yaml`;
    return { kind: 'error', message: `only .yaml files belong in actors/; rename it to ${suggestion} or remove it` };
  }
  const id = name.slice(0, -'.yaml'.length);
  const nameProblem = fileNameProblem(id, '.yaml');
  return { kind: 'actor', id, ...(nameProblem !== undefined && { nameProblem }) };
}

function classifyArticle(parts: readonly string[], name: string): ContentPathKind {
  const lang = parts[1];
  if (parts.length !== 3 || !isLang(lang)) {
    return {
      kind: 'error',
      message: `articles sit in a language folder: ${LANGS.map((l) => `articles/${l}/`).join(' or ')} (no other folders)${lang !== undefined && parts.length > 2 ? nearFolder(lang, LANGS) : ''}`,
    };
  }
  if (!name.endsWith('.mdx')) {
    return { kind: 'error', message: `only .mdx files and images belong in articles/${lang}/ (the build ignores anything else)` };
  }
  const slug = name.slice(0, -'.mdx'.length);
  const nameProblem = fileNameProblem(slug, '.mdx');
  return { kind: 'article', lang, slug, ...(nameProblem !== undefined && { nameProblem }) };
}

function fileNameProblem(stem: string, ext: string): string | undefined {
  if (isValidSlug(stem)) return undefined;
  const suggestion = slugify(stem);
  return (
    `file name "${stem}${ext}" is not lowercase ASCII kebab-case (a-z, 0-9, single hyphens); ` +
    (suggestion ? `rename it to "${suggestion}${ext}"` : 'use letters a-z and digits')
  );
}

/** " (did you mean articles/?)" for a misspelt folder name. */
function nearFolder(folder: string, known: readonly string[] = TOP_FOLDERS): string {
  const match = closestNames(folder, known, 1, Math.ceil(folder.length / 2))[0];
  return match === undefined ? '' : ` (did you mean ${match}/?)`;
}

/** Known names within a small edit distance of `name`, nearest first. */
export function closestNames(name: string, known: Iterable<string>, limit = 3, maxDistance = Math.max(2, Math.floor(name.length / 3))): string[] {
  const lower = name.toLowerCase();
  return [...known]
    .map((candidate) => ({ candidate, distance: editDistance(lower, candidate.toLowerCase()) }))
    .filter(({ distance }) => distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

export function editDistance(a: string, b: string): number {
  // Names longer than this are never a typo of a short id; the distance is only compared to small bounds.
  if (Math.abs(a.length - b.length) > 8 || a.length > 200 || b.length > 200) return Math.max(a.length, b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
