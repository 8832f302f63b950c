import type { Lang } from '../../src/i18n/config';
import { docShardFile, type DocShard, type SearchManifest } from '../../src/lib/search/split-format';
import { articleUrl, searchIndexUrl, searchShardUrl } from '../../src/lib/urls';

/** The stories of a built split search index, in index order, with their URL and title. */
export async function fetchIndexedStories(origin: string, lang: Lang): Promise<{ manifest: SearchManifest; stories: { url: string; title: string }[] }> {
  const json = async (path: string): Promise<unknown> => (await fetch(`${origin}${path}`)).json();
  const manifest = (await json(searchIndexUrl(lang))) as SearchManifest;
  const shards = await Promise.all(
    Array.from({ length: manifest.docShards }, (_, shard) => json(searchShardUrl(lang, docShardFile(shard), manifest.docVersion)) as Promise<DocShard>),
  );
  const stories = shards.flatMap((shard) => shard.docs).map(([slug, , , title], doc) => ({
    url: articleUrl({ lang: doc < manifest.own ? lang : lang === 'de' ? 'en' : 'de', slug }),
    title,
  }));
  return { manifest, stories };
}
