import type { Lang } from '../../i18n/config';
import type { Article } from '../content/model';
import type { SiteModel } from '../site';
import { TOPIC_IDS, type TopicId } from '../topics';

export interface SearchStart {
  latest: Article[];
  /** Topics with stories in this language. */
  topics: TopicId[];
  /** Names readers can search for: the most mentioned actors of this language. */
  examples: string[];
}

/** What the search page offers before anything is typed, from the site's own stories and actors. */
export function selectSearchStart(model: SiteModel, lang: Lang, sizes = { latest: 5, examples: 4 }): SearchStart {
  const examples = model.actorRanking
    .filter(({ id }) => (model.byActor[lang].get(id)?.length ?? 0) > 0)
    .flatMap(({ id }) => {
      const actor = model.actors.get(id);
      return actor ? [actor.name[lang]] : [];
    })
    // Short names make good examples; a ministry's full title does not fit a search box.
    .filter((name) => name.length <= 24)
    .slice(0, sizes.examples);
  return {
    latest: model.byLang[lang].slice(0, sizes.latest),
    topics: TOPIC_IDS.filter((topic) => model.byTopic[lang][topic].length > 0),
    examples,
  };
}
