import { LANGS, otherLang, type Lang } from '../../i18n/config.ts';
import type { Actor, Article } from '../content/model.ts';
import type { SiteModel } from '../site.ts';
import { TOPIC_IDS, type TopicId } from '../topics.ts';
import { findTranslation } from '../translations.ts';
import { excerptWordsFor, LEAD_WORDS, packNumbers, STORED_KEYS, type FoundByNames, type SearchIndexData } from './index-data.ts';
import { foldText } from './normalize.ts';
import { buildPreIndex } from './preindex.ts';

export type TopicLabels = Record<Lang, Record<TopicId, string>>;

/**
 * The stories a language's search covers: its own editions first, then stories that exist
 * only in the other language. Drafts never, even when the model includes them (dev view).
 */
export function selectSearchArticles(model: SiteModel, lang: Lang): Article[] {
  const own = model.byLang[lang];
  const otherOnly = model.byLang[otherLang(lang)].filter((article) => !findTranslation(model.pairs, article, lang));
  return [...own, ...otherOnly].filter((article) => !article.draft);
}

/**
 * Distinct by folded form, first spelling wins (`Europäische`/`Europaeische` kept once); a name
 * both languages give (`Bundeswehr`) has no one language, an alias spelling it again keeps its own.
 */
function collectNames(names: readonly { text: string; lang: Lang | '' }[]): FoundByNames {
  const position = new Map<string, number>();
  const found: FoundByNames = { terms: [], termLangs: [] };
  for (const { text, lang } of names) {
    const folded = foldText(text);
    const seen = position.get(folded);
    if (seen === undefined) {
      position.set(folded, found.terms.push(text) - 1);
      found.termLangs.push(lang);
    } else if (lang && found.termLangs[seen] !== lang) found.termLangs[seen] = '';
  }
  return found;
}

export function actorNames(actor: Actor): FoundByNames {
  return collectNames([...LANGS.map((lang) => ({ text: actor.name[lang], lang })), ...actor.aliases.map((text) => ({ text, lang: '' as const }))]);
}

export function excerptOf(text: string, words: number): string {
  // Reads only the words it keeps: at 5,000 stories per language the excerpt is a few dozen
  // words of a 400-word lead, and splitting every lead cost 0.6 s of each build.
  // A line break between blocks (heading, paragraph) stays one, so snippets keep them apart.
  const word = /\S+/g;
  let kept = '';
  let count = 0;
  let end = 0;
  while (count < words) {
    const match = word.exec(text);
    if (!match) break;
    if (count > 0) kept += text.slice(end, match.index).includes('\n') ? '\n' : ' ';
    kept += match[0];
    end = match.index + match[0].length;
    count++;
  }
  const more = count === words && /\S/.test(text.slice(word.lastIndex));
  return more ? `${kept} …` : kept;
}

export interface BuildSearchIndexOptions {
  topicLabels: TopicLabels;
  /** Body words per story; by default the share of the index-wide word budget. */
  excerptWords?: number;
}

/**
 * Splits texts into spellings; numbers them by frequency so common words get short numbers.
 * A line break between blocks is a word of its own (`BLOCK_BREAK`), so a snippet can still
 * tell a heading from the paragraph after it.
 */
export function encodeTexts(columns: readonly (readonly string[])[]): Pick<SearchIndexData, 'words' | 'texts'> {
  const split = columns.map((column) => column.map(wordsOf));
  const counts = new Map<string, number>();
  for (const column of split) for (const text of column) for (const word of text) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const numbers = new Map(words.map((word, position) => [word, position]));
  return { words, texts: split.map((column) => column.map((text) => packNumbers(text.map((word) => numbers.get(word)!)))) };
}

function wordsOf(text: string): string[] {
  return text.split(/[^\S\n]*(\n)\s*|\s+/).filter((word) => word !== undefined && word !== '');
}

/**
 * What a language's index is made from, as plain data (a worker thread can be sent it): one row
 * per story, with the words the index keeps of its text already cut, and the actors it names.
 */
export interface SearchRows {
  lang: Lang;
  /** Rows before this one are the language's own editions. */
  own: number;
  stories: SearchRow[];
  /** The actors the stories name, by id. */
  actors: [string, Actor][];
  topicLabels: TopicLabels;
}

export interface SearchRow {
  slug: string;
  /** `YYYY-MM-DD` */
  date: string;
  topic: TopicId;
  actors: string[];
  title: string;
  summary: string;
  /**
   * The body words the pre-index covers (as many as the index-wide budget allows); the lead the
   * index stores for snippets is its first `LEAD_WORDS` (cut from this, as from the text).
   */
  indexed: string;
}

export function collectSearchRows(model: SiteModel, lang: Lang, options: BuildSearchIndexOptions): SearchRows {
  const articles = selectSearchArticles(model, lang);
  const excerptWords = options.excerptWords ?? excerptWordsFor(articles.length);
  const usedActors = [...new Set(articles.flatMap((article) => article.actors))].sort();
  return {
    lang,
    own: articles.filter((article) => article.lang === lang).length,
    stories: articles.map((article) => ({
      slug: article.slug,
      date: article.date,
      topic: article.topic,
      actors: article.actors,
      title: article.title,
      summary: article.summary,
      indexed: excerptOf(article.text, excerptWords),
    })),
    actors: usedActors.flatMap((id) => {
      const actor = model.actors.get(id);
      return actor ? [[id, actor] as [string, Actor]] : [];
    }),
    topicLabels: options.topicLabels,
  };
}

export function buildSearchIndex(model: SiteModel, lang: Lang, options: BuildSearchIndexOptions): SearchIndexData {
  return indexSearchRows(collectSearchRows(model, lang, options));
}

/** The index of a language's rows: tables of actors and topics, the stored texts and the pre-index. */
export function indexSearchRows({ lang, own, stories, actors, topicLabels }: SearchRows): SearchIndexData {
  const actorTable = actors.map(([id, actor]) => ({ id, name: actor.name[lang], ...actorNames(actor) }));
  const actorPosition = new Map(actorTable.map((actor, position) => [actor.id, position]));
  const topicTable = TOPIC_IDS.map((id) => ({
    id,
    label: topicLabels[lang][id],
    ...collectNames(LANGS.map((l) => ({ text: topicLabels[l][id], lang: l }))),
  }));
  const topicPosition = new Map<TopicId, number>(topicTable.map((topic, position) => [topic.id, position]));
  const fields = {
    title: stories.map((story) => story.title),
    summary: stories.map((story) => story.summary),
    // The cut's own "…" counts as a word: cutting again keeps it where the text went on.
    excerpt: stories.map((story) => excerptOf(story.indexed, LEAD_WORDS)),
  };
  // Actor and topic words are resolved through their own small tables at run time.
  // The pre-index also covers body words beyond the stored lead, as far as the budget allows.
  const pre = buildPreIndex(stories.map((story) => `${story.title} ${story.summary} ${story.indexed}`));
  return {
    version: 2,
    lang,
    own,
    slugs: stories.map((story) => story.slug),
    dates: stories.map((story) => story.date),
    topics: stories.map((story) => topicPosition.get(story.topic)!),
    actors: stories.map((story) => story.actors.flatMap((id) => (actorPosition.has(id) ? [actorPosition.get(id)!] : []))),
    actorTable,
    topicTable,
    ...encodeTexts(STORED_KEYS.map((key) => fields[key.name])),
    pre,
  };
}
