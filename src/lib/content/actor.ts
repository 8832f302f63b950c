import type { Actor } from './model.ts';
import type { ActorData } from './schema.ts';

/** An actor file's validated data as the core sees it: a plain name counts for both languages. */
export function toActor(id: string, { name, kind, role, aliases }: ActorData): Actor {
  return { id, name: typeof name === 'string' ? { de: name, en: name } : name, kind, role, aliases };
}
