import type { Lang } from '../i18n/config';
import type { Actor } from './content/model';
import { ACTOR_KINDS, type ActorKind } from './content/schema';

export interface ActorGroup {
  kind: ActorKind;
  actors: { actor: Actor; count: number }[];
}

/** Actors grouped by kind (in a fixed kind order), each group sorted by localized name. */
export function groupActorsByKind(
  actors: readonly Actor[],
  lang: Lang,
  countOf: (id: string) => number,
): ActorGroup[] {
  const collator = new Intl.Collator(lang);
  return ACTOR_KINDS.map((kind) => ({
    kind,
    actors: actors
      .filter((actor) => actor.kind === kind)
      .map((actor) => ({ actor, count: countOf(actor.id) }))
      .sort((a, b) => collator.compare(a.actor.name[lang], b.actor.name[lang])),
  })).filter((group) => group.actors.length > 0);
}
