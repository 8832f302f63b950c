import { LANGS } from '../../i18n/config.ts';
import type { ContentError } from './validate.ts';
import type { ActorData } from './schema.ts';
import { quoteValue } from './body/url-rules.ts';

/** How readers and search tell names apart: case, accents of composed forms and spacing aside. */
function nameKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('de').replace(/\s+/g, ' ').trim();
}

/**
 * Two actors whose names, or a name and an alias, are the same in one language would get two
 * pages with the same title and one search term for both. Each file of a collision is named,
 * with the other.
 */
export function checkDuplicateActors(actors: readonly { file: string; data: ActorData }[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const lang of LANGS) {
    const owners = new Map<string, { file: string; field: string; name: string }[]>();
    for (const { file, data } of actors) {
      const name = typeof data.name === 'string' ? data.name : data.name[lang];
      const names = [{ field: typeof data.name === 'string' ? 'name' : `name.${lang}`, name }, ...data.aliases.map((alias, i) => ({ field: `aliases[${i}]`, name: alias }))];
      const seen = new Set<string>();
      for (const entry of names) {
        const key = nameKey(entry.name);
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        owners.set(key, [...(owners.get(key) ?? []), { file, ...entry }]);
      }
    }
    for (const group of owners.values()) {
      if (group.length < 2) continue;
      for (const own of group) {
        const others = group.filter((other) => other !== own).map((other) => `${other.file} (${other.field})`);
        errors.push({
          file: own.file,
          field: own.field,
          message:
            `${own.field}: ${quoteValue(own.name)} is also the ${lang} name or alias of ${others.join(', ')}; ` +
            'two actors would share a title and a search term, so give each its own name and aliases',
        });
      }
    }
  }
  // A plain name is the same in both languages: report a collision once, not per language.
  const unique = new Map(errors.map((error) => [`${error.file}\u0000${error.field}\u0000${error.message.replace(/ (de|en) name or alias /, ' ')}`, error]));
  return [...unique.values()];
}
