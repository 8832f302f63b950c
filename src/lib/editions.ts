import { LANGS, type Lang } from '../i18n/config.ts';
import type { Article } from './content/model.ts';
import type { EditionNote } from './content/edition-note.ts';
import { isoWeekOf, weekDays, weekId, type IsoWeek } from './weeks.ts';

/** One week's published stories in one language: an edition. */
export interface Edition {
  lang: Lang;
  week: IsoWeek;
  /** `2026-W08` */
  id: string;
  /** Monday and Sunday of the week, `YYYY-MM-DD`. */
  start: string;
  end: string;
  /** The week's published stories, newest first. */
  articles: Article[];
}

/**
 * Editions of each language, newest first, from published stories only (`articles` is the
 * model's list, newest first): a week without a published story has no edition.
 */
export function buildEditions(byLang: Record<Lang, readonly Article[]>): Record<Lang, Edition[]> {
  const result = {} as Record<Lang, Edition[]>;
  for (const lang of LANGS) {
    const weeks = new Map<string, Edition>();
    for (const article of byLang[lang]) {
      const week = isoWeekOf(article.date);
      const id = weekId(week);
      let edition = weeks.get(id);
      if (!edition) {
        edition = { lang, week, id, ...weekDays(week), articles: [] };
        weeks.set(id, edition);
      }
      edition.articles.push(article);
    }
    result[lang] = [...weeks.values()].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  }
  return result;
}

/** Key of an edition note in the model. */
export function editionNoteKey(lang: Lang, id: string): string {
  return `${lang}/${id}`;
}

export function indexEditionNotes(notes: readonly EditionNote[]): Map<string, EditionNote> {
  return new Map(notes.map((note) => [editionNoteKey(note.lang, weekId(note.week)), note]));
}

/**
 * The edition's stories in reading order: the note's lead, then its order, then the rest newest
 * first. Slugs the note names that are not published stories of the week are skipped here (the
 * content check rejects unknown ones; drafts and scheduled stories wait).
 */
export function orderEdition(edition: Edition, note: EditionNote | undefined): Article[] {
  const bySlug = new Map(edition.articles.map((article) => [article.slug, article]));
  const ordered: Article[] = [];
  const seen = new Set<string>();
  for (const slug of [...(note?.lead ? [note.lead] : []), ...(note?.order ?? []), ...edition.articles.map((a) => a.slug)]) {
    const article = bySlug.get(slug);
    if (!article || seen.has(slug)) continue;
    seen.add(slug);
    ordered.push(article);
  }
  return ordered;
}
