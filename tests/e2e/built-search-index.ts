import type { Lang } from '../../src/i18n/config';
import { docShardFile, type DocShard, type SearchManifest } from '../../src/lib/search/split-format';
import { unpackNumbers } from '../../src/lib/search/index-data';
import { fromGaps } from '../../src/lib/search/preindex';
import { articleUrl, searchIndexUrl, searchShardUrl } from '../../src/lib/urls';

/**
 * The stories of a built split search index in story order (page language newest first, then
 * the other language newest first; the index numbers them oldest first), with URL and title.
 */
export async function fetchIndexedStories(origin: string, lang: Lang): Promise<{ manifest: SearchManifest; stories: { url: string; title: string }[] }> {
  const json = async (path: string): Promise<unknown> => (await fetch(`${origin}${path}`)).json();
  const manifest = (await json(searchIndexUrl(lang))) as SearchManifest;
  const shards = await Promise.all(
    Array.from({ length: manifest.docShards }, (_, shard) => json(searchShardUrl(lang, docShardFile(shard), manifest.docVersion)) as Promise<DocShard>),
  );
  const foreign = new Set(fromGaps(unpackNumbers(manifest.foreign)));
  const byNumber = shards.flatMap((shard) => shard.docs).map(([slug, , , title], doc) => ({
    url: articleUrl({ lang: foreign.has(doc) ? (lang === 'de' ? 'en' : 'de') : lang, slug }),
    title,
    own: !foreign.has(doc),
  }));
  const newestFirst = byNumber.reverse();
  const stories = [...newestFirst.filter((story) => story.own), ...newestFirst.filter((story) => !story.own)].map(({ url, title }) => ({ url, title }));
  return { manifest, stories };
}
