import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/site';
import { getFixedT } from '../../i18n';
import { LANGS, type Lang } from '../../i18n/config';
import { buildSearchIndex, type TopicLabels } from '../../lib/search/build';
import { TOPIC_IDS } from '../../lib/topics';

/** Served at `searchIndexUrl(lang)`; a build test fetches it through that function. */
export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

function topicLabels(): TopicLabels {
  const labels = {} as TopicLabels;
  for (const lang of LANGS) {
    const t = getFixedT(lang);
    labels[lang] = Object.fromEntries(TOPIC_IDS.map((id) => [id, t(`topic.${id}.label`)])) as TopicLabels[Lang];
  }
  return labels;
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const index = buildSearchIndex(await loadSite(), lang, { topicLabels: topicLabels() });
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
