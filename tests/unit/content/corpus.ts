import type { ContentFile } from '../../../src/lib/content/validate';

/** Raw YAML values of a valid article; tests override or remove (null) single fields. */
const BASE_FIELDS: Record<string, string> = {
  title: '"Digitalministerium bekommt 1,36 Milliarden"',
  summary: '"Der Etat für 2026 steht."',
  date: '2026-02-18',
  topic: 'budget',
  actors: '[eco, karsten-wildberger]',
  translationKey: 'bmds-budget',
};

function frontmatter(overrides: Record<string, string | null> = {}): string {
  const fields = { ...BASE_FIELDS, ...overrides };
  return Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value]) => (value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`))
    .join('\n');
}

export function mdx(overrides: Record<string, string | null> = {}, body = '\nDer Haushalt steht.\n'): string {
  return `---\n${frontmatter(overrides)}\n---\n${body}`;
}

export const ECO = 'name: eco\nkind: organisation\nrole:\n  de: Verband der Internetwirtschaft\n  en: Internet industry association\n';
export const WILDBERGER = 'name: Karsten Wildberger\nkind: person\nrole:\n  de: Digitalminister\n  en: Digital minister\n';

/** A small valid corpus: two actors and one story in both languages. */
export function validCorpus(): ContentFile[] {
  return [
    { path: 'actors/eco.yaml', text: ECO },
    { path: 'actors/karsten-wildberger.yaml', text: WILDBERGER },
    { path: 'articles/de/etat-steht.mdx', text: mdx() },
    { path: 'articles/en/budget-is-set.mdx', text: mdx({ title: 'Budget is set', summary: 'The 2026 budget.' }) },
  ];
}

/** The valid corpus with files added or replaced by path. */
export function corpusWith(...files: ContentFile[]): ContentFile[] {
  const byPath = new Map(validCorpus().map((file) => [file.path, file]));
  for (const file of files) byPath.set(file.path, file);
  return [...byPath.values()];
}
