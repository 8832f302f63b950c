import { LANGS, type Lang } from '../i18n/config';

/** What the report needs of an edition; a subset of Article so the CLI can pass raw frontmatter. */
export interface EditionInput {
  lang: Lang;
  slug: string;
  title: string;
  translationKey: string;
  /** `YYYY-MM-DD` */
  date: string;
  updated?: string;
  draft?: boolean;
  /** Day of the last commit touching the file (`YYYY-MM-DD`), when git history is consulted. */
  committed?: string;
}

interface EditionStatus {
  edition: EditionInput;
  /** Latest of `updated` (else `date`) and the last commit. */
  lastChanged: string;
  /** Set when another language changed later: that language and its day. */
  behind?: { lang: Lang; lastChanged: string };
}

export interface StoryStatus {
  translationKey: string;
  editions: Partial<Record<Lang, EditionStatus>>;
  missing: Lang[];
  outdated: Lang[];
}

export interface TranslationReport {
  stories: StoryStatus[];
  counts: {
    stories: number;
    /** Stories with every language, none out of date. */
    upToDate: number;
    /** Stories lacking this language. */
    missing: Record<Lang, number>;
    /** Editions in this language older than their counterpart. */
    outdated: Record<Lang, number>;
  };
}

export function lastChangedOf(edition: EditionInput): string {
  const own = edition.updated ?? edition.date;
  return edition.committed && edition.committed > own ? edition.committed : own;
}

/**
 * Per story: which languages exist and which edition is out of date (its counterpart changed
 * later). Stories needing work come first, then newest first.
 */
export function buildTranslationReport(editions: readonly EditionInput[]): TranslationReport {
  const byKey = new Map<string, Partial<Record<Lang, EditionInput>>>();
  for (const edition of editions) {
    const pair = byKey.get(edition.translationKey) ?? {};
    pair[edition.lang] = edition;
    byKey.set(edition.translationKey, pair);
  }

  const stories = [...byKey].map(([translationKey, pair]): StoryStatus => {
    const statuses: Partial<Record<Lang, EditionStatus>> = {};
    for (const lang of LANGS) {
      const edition = pair[lang];
      if (edition) statuses[lang] = { edition, lastChanged: lastChangedOf(edition) };
    }
    for (const lang of LANGS) {
      const own = statuses[lang];
      if (!own) continue;
      const newest = LANGS.filter((other) => other !== lang)
        .map((other) => ({ lang: other, lastChanged: statuses[other]?.lastChanged ?? '' }))
        .sort((a, b) => (a.lastChanged < b.lastChanged ? 1 : -1))[0];
      if (newest && newest.lastChanged > own.lastChanged) own.behind = newest;
    }
    return {
      translationKey,
      editions: statuses,
      missing: LANGS.filter((lang) => !statuses[lang]),
      outdated: LANGS.filter((lang) => statuses[lang]?.behind),
    };
  });

  stories.sort((a, b) => {
    const work = Number(needsWork(b)) - Number(needsWork(a));
    if (work !== 0) return work;
    const latest = latestChange(b).localeCompare(latestChange(a));
    return latest !== 0 ? latest : a.translationKey.localeCompare(b.translationKey);
  });

  const count = (fn: (story: StoryStatus, lang: Lang) => boolean) =>
    Object.fromEntries(LANGS.map((lang) => [lang, stories.filter((story) => fn(story, lang)).length])) as Record<Lang, number>;
  return {
    stories,
    counts: {
      stories: stories.length,
      upToDate: stories.filter((story) => !needsWork(story)).length,
      missing: count((story, lang) => story.missing.includes(lang)),
      outdated: count((story, lang) => story.outdated.includes(lang)),
    },
  };
}

export function needsWork(story: StoryStatus): boolean {
  return story.missing.length > 0 || story.outdated.length > 0;
}

function latestChange(story: StoryStatus): string {
  return LANGS.map((lang) => story.editions[lang]?.lastChanged ?? '').sort().at(-1) ?? '';
}
