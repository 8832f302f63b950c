import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site';
import { endpointCacheKey } from '../../../lib/cache-key';
import { getFixedT } from '../../../i18n';
import { LANGS, type Lang } from '../../../i18n/config';
import { createHandoff } from '../../../lib/build/handoff';
import { buildSearchIndex, type TopicLabels } from '../../../lib/search/build';
import { splitSearchIndex } from '../../../lib/search/split';
import type { SiteModel } from '../../../lib/site';
import { TOPIC_IDS } from '../../../lib/topics';

function topicLabels(): TopicLabels {
  const labels = {} as TopicLabels;
  for (const lang of LANGS) {
    const t = getFixedT(lang);
    labels[lang] = Object.fromEntries(TOPIC_IDS.map((id) => [id, t(`topic.${id}.label`)])) as TopicLabels[Lang];
  }
  return labels;
}

function buildIndexFiles(site: SiteModel, lang: Lang, labels: TopicLabels): Map<string, string> {
  return splitSearchIndex(buildSearchIndex(site, lang, { topicLabels: labels })).files;
}

/**
 * Each file's text, from the paths to its render: as props, Astro would hold the whole index until
 * the build ends. A file the incremental build reuses is never taken, and waits here as it did there.
 */
const bodies = createHandoff<string>();

/**
 * Every file of each language's split search index, at `searchShardUrl(lang, file)` (the
 * manifest at `searchIndexUrl(lang)`); the index is built and split once per language.
 */
export const getStaticPaths = (async () => {
  const site = await loadSite();
  const labels = topicLabels();
  return LANGS.flatMap((lang) =>
    [...buildIndexFiles(site, lang, labels)].map(([file, body]) => {
      bodies.put(`${lang}/${file}`, body);
      // An edit changes a few of a language's files: the others are left as they are.
      return { params: { lang, file }, cacheKey: endpointCacheKey({ body }) };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const file = params.file!;
  // A build asks for each file once; the dev server may ask again, and gets it made again.
  const body = bodies.take(`${lang}/${file}`) ?? buildIndexFiles(await loadSite(), lang, topicLabels()).get(file);
  if (body === undefined) return new Response(null, { status: 404 });
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
