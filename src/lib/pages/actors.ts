import { groupActorsByKind } from '../actors';
import type { ActorKind } from '../content/schema';
import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { actorUrl } from '../urls';
import { buildFrame, type CountedLink, type PageContext, type PageFrame } from './frame';

export interface ActorsPage extends PageFrame {
  kind: 'actors';
  /** Actors by kind, each with its number of stories in the language. */
  groups: { kind: ActorKind; actors: CountedLink[] }[];
}

export function buildActorsPage(route: Extract<Route, { kind: 'actors' }>, model: SiteModel, context: PageContext): ActorsPage {
  const { lang } = route;
  const groups = groupActorsByKind([...model.actors.values()], lang, (id) => model.byActor[lang].get(id)?.length ?? 0);
  return {
    kind: 'actors',
    ...buildFrame(route, model, context),
    groups: groups.map((group) => ({
      kind: group.kind,
      actors: group.actors.map(({ actor, count }) => ({ href: actorUrl(lang, actor.id), label: actor.name[lang], count })),
    })),
  };
}
