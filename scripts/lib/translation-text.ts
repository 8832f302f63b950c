import { LANGS } from '../../src/i18n/config';
import { isLang } from '../../src/i18n/config';
import { parseFrontmatter } from '../../src/lib/content/frontmatter';
import type { ContentFile } from '../../src/lib/content/validate';
import { needsWork, type EditionInput, type TranslationReport } from '../../src/lib/translation-status';

const NAMES = { de: 'German', en: 'English' } as const;

/** Editions from raw content files; files whose frontmatter is unusable are listed as skipped. */
export function readEditions(files: readonly ContentFile[]): { editions: EditionInput[]; skipped: string[] } {
  const editions: EditionInput[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const match = /^articles\/([^/]+)\/([^/]+)\.mdx$/.exec(file.path);
    if (!match || !isLang(match[1]) || file.text === undefined) continue;
    const parsed = parseFrontmatter(file.text);
    const data = 'data' in parsed ? (parsed.data as Record<string, unknown> | null) : null;
    const { title, translationKey, date, updated, draft, corrections } = data ?? {};
    if (typeof translationKey !== 'string' || typeof date !== 'string') {
      skipped.push(file.path);
      continue;
    }
    editions.push({
      lang: match[1],
      slug: match[2]!,
      title: typeof title === 'string' ? title : match[2]!,
      translationKey,
      date,
      updated: typeof updated === 'string' ? updated : undefined,
      draft: draft === true,
      corrections: correctionDays(corrections),
    });
  }
  return { editions, skipped };
}

function correctionDays(corrections: unknown): { date: string }[] {
  if (!Array.isArray(corrections)) return [];
  return corrections.flatMap((entry) => (entry !== null && typeof entry === 'object' && typeof (entry as { date?: unknown }).date === 'string' ? [{ date: (entry as { date: string }).date }] : []));
}

/** The terminal report: one block per story, problems first, counts at the end. */
export function formatTranslationReport(report: TranslationReport): string {
  const lines: string[] = [];
  for (const story of report.stories) {
    lines.push(`${story.missing.length ? '✗' : needsWork(story) ? '!' : '✓'} ${story.translationKey}`);
    for (const lang of LANGS) {
      const status = story.editions[lang];
      if (!status) {
        lines.push(`    ${lang}  missing`);
        continue;
      }
      const flags = [
        status.edition.draft ? 'draft' : '',
        status.behind ? `OUT OF DATE: ${status.behind.lang} changed ${status.behind.lastChanged}` : '',
        story.uncorrected[lang] ? `CORRECTION MISSING: the other edition was corrected on ${story.uncorrected[lang]!.join(', ')}` : '',
      ].filter(Boolean);
      lines.push(`    ${lang}  ${status.edition.slug}  ${status.lastChanged}${flags.length ? `  (${flags.join('; ')})` : ''}`);
    }
  }
  const { counts } = report;
  lines.push(
    '',
    `${counts.stories} stories, ${counts.upToDate} complete and up to date.`,
    ...LANGS.map((lang) => `${NAMES[lang]}: ${counts.missing[lang]} missing, ${counts.outdated[lang]} out of date, ${counts.uncorrected[lang]} lacking a correction.`),
  );
  return lines.join('\n');
}

export function hasProblems(report: TranslationReport): boolean {
  return report.stories.some(needsWork);
}
