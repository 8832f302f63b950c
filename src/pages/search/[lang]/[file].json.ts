import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStaticPaths } from '../../../data/site';

/**
 * Every file of each language's split search index, at `searchShardUrl(lang, file)` (the
 * manifest at `searchIndexUrl(lang)`); the index is built and split once per language, on a
 * worker thread (`loadStaticPaths`).
 */
export const getStaticPaths = (async () => {
  const { search } = await loadStaticPaths();
  return [...search].flatMap(([lang, files]) => files.map(({ file, body, cacheKey }) => ({ params: { lang, file }, props: { body }, cacheKey })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
