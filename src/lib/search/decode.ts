import { otherLang, type Lang } from '../../i18n/config.ts';
import type { TopicId } from '../topics.ts';
import { STORED_KEYS, unpackNumbers, type FoundByNames, type PreIndexJson, type SearchIndexData } from './index-data.ts';

/** What a result needs besides its text. Story order: page language first, newest first. */
interface SearchDoc {
  slug: string;
  lang: Lang;
  date: string;
  topic: TopicId;
  actors: string[];
}

interface StoredText {
  title: string;
  summary: string;
  excerpt: string;
}

/** The index as the engine uses it; texts stay encoded until a story is a candidate. */
export interface SearchIndex {
  lang: Lang;
  docs: SearchDoc[];
  actors: Record<string, { name: string } & FoundByNames>;
  topics: Record<TopicId, { label: string } & FoundByNames>;
  pre: PreIndexJson;
  storedText(doc: number): StoredText;
}

/** Read at build time by the splitter (split.ts) and in tests by the whole-index reference (store.ts); never by the browser. */
export function decodeSearchIndex(data: SearchIndexData): SearchIndex {
  const other = otherLang(data.lang);
  const actorIds = data.actorTable.map((actor) => actor.id);
  const docs = data.slugs.map(
    (slug, doc): SearchDoc => ({
      slug,
      lang: doc < data.own ? data.lang : other,
      date: data.dates[doc]!,
      topic: data.topicTable[data.topics[doc]!]!.id,
      actors: (data.actors[doc] ?? []).map((position) => actorIds[position]!),
    }),
  );
  const actors = Object.fromEntries(data.actorTable.map(({ id, ...actor }) => [id, actor]));
  const topics = Object.fromEntries(data.topicTable.map(({ id, ...topic }) => [id, topic])) as SearchIndex['topics'];
  const decodeField = (field: number, doc: number): string =>
    joinWords(unpackNumbers(data.texts[field]?.[doc] ?? '').map((word) => data.words[word]!));
  return {
    lang: data.lang,
    docs,
    actors,
    topics,
    pre: data.pre,
    storedText(doc) {
      const text = Object.fromEntries(STORED_KEYS.map((key, field) => [key.name, decodeField(field, doc)]));
      return text as unknown as StoredText;
    },
  };
}

/** The stories of each topic and actor, by `topic:<id>` and `actor:<id>`, in story order. */
export function groupStories(index: SearchIndex): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  index.docs.forEach((doc, position) => {
    for (const key of [`topic:${doc.topic}`, ...doc.actors.map((id) => `actor:${id}`)]) {
      const list = groups.get(key);
      if (list) list.push(position);
      else groups.set(key, [position]);
    }
  });
  return groups;
}

/** Words back into text: spaces between words, none around a line break (see `encodeTexts`). */
function joinWords(words: readonly string[]): string {
  let text = '';
  for (const word of words) text += text === '' || word === '\n' || text.endsWith('\n') ? word : ` ${word}`;
  return text;
}
