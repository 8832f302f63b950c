import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site';
import { endpointCacheKey } from '../../../lib/cache-key';
import { getFixedT } from '../../../i18n';
import { LANGS, type Lang } from '../../../i18n/config';
import { buildSearchIndex, type TopicLabels } from '../../../lib/search/build';
import { splitSearchIndex } from '../../../lib/search/split';
import { TOPIC_IDS } from '../../../lib/topics';

function topicLabels(): TopicLabels {
  const labels = {} as TopicLabels;
  for (const lang of LANGS) {
    const t = getFixedT(lang);
    labels[lang] = Object.fromEntries(TOPIC_IDS.map((id) => [id, t(`topic.${id}.label`)])) as TopicLabels[Lang];
  }
  return labels;
}

/**
 * Every file of each language's split search index, at `searchShardUrl(lang, file)` (the
 * manifest at `searchIndexUrl(lang)`); the index is built and split once per language.
 */
export const getStaticPaths = (async () => {
  const site = await loadSite();
  const labels = topicLabels();
  return LANGS.flatMap((lang) =>
    [...splitSearchIndex(buildSearchIndex(site, lang, { topicLabels: labels })).files].map(([file, body]) => ({
      params: { lang, file },
      props: { body },
      // An edit changes a few of a language's files: the others are left as they are.
      cacheKey: endpointCacheKey({ body }),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
