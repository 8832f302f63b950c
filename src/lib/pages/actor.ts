import type { ActorKind } from '../content/schema';
import { rankCoActors } from '../listing';
import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { actorFeedUrl, actorUrl } from '../urls';
import { buildFrame, paginationOf, toStoryCard, type CountedLink, type PageContext, type PageFrame, type Pagination, type StoryCard } from './frame';

/** How many co-actors an actor page lists. */
const CO_ACTORS = 6;

export interface ActorPage extends PageFrame {
  kind: 'actor';
  actor: { id: string; kind: ActorKind; name: string; role: string };
  feedUrl: string;
  stories: StoryCard[];
  pagination: Pagination;
  /** Actors in the same stories, most shared stories first. */
  coActors: CountedLink[];
}

export function buildActorPage(route: Extract<Route, { kind: 'actor' }>, model: SiteModel, context: PageContext): ActorPage {
  const { lang, actorId } = route;
  const actor = model.actors.get(actorId);
  if (!actor) throw new Error(`No actor file for the actor page ${actorId}`);
  // Ranked once per actor (rankCoActors remembers it), not once per page of the listing.
  const coActors = rankCoActors(actorId, model.byActor[lang].get(actorId) ?? [])
    .slice(0, CO_ACTORS)
    .flatMap(({ id, count }) => {
      const other = model.actors.get(id);
      return other ? [{ href: actorUrl(lang, id), label: other.name[lang], count }] : [];
    });
  return {
    kind: 'actor',
    ...buildFrame(route, model, context),
    actor: { id: actorId, kind: actor.kind, name: actor.name[lang], role: actor.role[lang] },
    feedUrl: actorFeedUrl(lang, actorId),
    stories: route.page.items.map(toStoryCard),
    pagination: paginationOf(route.page, (n) => actorUrl(lang, actorId, n)),
    coActors,
  };
}
