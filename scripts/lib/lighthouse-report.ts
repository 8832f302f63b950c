/**
 * Pure parts of `npm run lighthouse`: which pages to audit, what a Lighthouse result means for
 * our targets, and the BENCHMARKS.md section that records it.
 */
import { LANGS } from '../../src/i18n/config';
import { TOPIC_IDS } from '../../src/lib/topics';
import { articleUrl, homeUrl, topicUrl } from '../../src/lib/urls';
import { replaceMarkedSection } from './benchmarks-section';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** Accessibility, best practices and SEO must be perfect; performance at least 95 (mobile). */
const TARGETS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

export interface AuditedPage {
  name: string;
  path: string;
}

/** A home, a story and a topic page in each language; the story is the first built one. */
export function pagesToAudit(builtPages: readonly string[]): AuditedPage[] {
  return LANGS.flatMap((lang) => {
    const prefix = articleUrl({ lang, slug: '-' }).replace(/-\/$/, '');
    const story = builtPages
      .filter((page) => page.startsWith(prefix) && page.endsWith('/index.html'))
      .map((page) => page.replace(/index\.html$/, ''))
      .filter((path) => path.slice(prefix.length).split('/').filter(Boolean).length === 1)
      .sort()[0];
    if (!story) throw new Error(`no ${lang} story in dist/: build with content first`);
    return [
      { name: `${lang} home`, path: homeUrl(lang) },
      { name: `${lang} story`, path: story },
      { name: `${lang} topic`, path: topicUrl(lang, TOPIC_IDS[0]) },
    ];
  });
}

/** The parts of a Lighthouse result (LHR) we read. */
export interface LighthouseResult {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs?: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { numericValue?: number; score?: number | null; title?: string } | undefined>;
}

export interface PageScores {
  name: string;
  path: string;
  scores: Record<Category, number>;
  /** Milliseconds (CLS unitless), from Lighthouse's simulated mobile throttling. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number };
  /** Bytes transferred for the whole page load, as Lighthouse counts it. */
  transferBytes: number;
  /** Audits that failed in the categories with a 100 target, to say what to fix. */
  failing: string[];
}

/** Weighted audits that did not pass in the categories that must score 100. */
export function failingAudits(lhr: LighthouseResult): string[] {
  const ids = (['accessibility', 'best-practices', 'seo'] as const).flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .filter((ref) => {
        const score = lhr.audits[ref.id]?.score;
        return typeof score === 'number' && score < 1;
      })
      .map((ref) => ref.id),
  );
  return [...new Set(ids)];
}

export function summarise(page: AuditedPage, lhr: LighthouseResult): PageScores {
  const failingAuditIds = failingAudits(lhr);
  const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    ...page,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Record<Category, number>,
    metrics: { fcp: value('first-contentful-paint'), lcp: value('largest-contentful-paint'), tbt: value('total-blocking-time'), cls: value('cumulative-layout-shift') },
    transferBytes: value('total-byte-weight'),
    failing: failingAuditIds.map((id) => `${id}: ${lhr.audits[id]?.title ?? ''}`.trim()),
  };
}

/** Every score below its target, as readable lines; empty when all targets hold. */
export function missedTargets(rows: readonly PageScores[]): string[] {
  return rows.flatMap((row) =>
    CATEGORIES.filter((c) => row.scores[c] < TARGETS[c]).map((c) => `${row.name} (${row.path}): ${c} ${row.scores[c]} < ${TARGETS[c]}`),
  );
}

export const SECTION_START = '<!-- lighthouse:start -->';
export const SECTION_END = '<!-- lighthouse:end -->';

export interface RunInfo {
  date: string;
  lighthouseVersion: string;
  chromium: string;
}

export function renderSection(rows: readonly PageScores[], info: RunInfo): string {
  const ms = (n: number) => `${Math.round(n)} ms`;
  const lines = [
    SECTION_START,
    '## Lighthouse',
    '',
    `\`npm run lighthouse\` (scripts/lighthouse.ts): Lighthouse ${info.lighthouseVersion}, mobile preset (simulated throttling), ` +
      `${info.chromium}, dist/ served locally with gzip. Run ${info.date}.`,
    `Targets: performance ≥ ${TARGETS.performance}, accessibility, best practices and SEO ${TARGETS.accessibility}.`,
    '',
    '| Page | Performance | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS | Transfer |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} \`${r.path}\` | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ` +
        `${ms(r.metrics.fcp)} | ${ms(r.metrics.lcp)} | ${ms(r.metrics.tbt)} | ${r.metrics.cls.toFixed(3)} | ${(r.transferBytes / 1000).toFixed(1)} kB |`,
    ),
  ];
  const missed = missedTargets(rows);
  lines.push('', missed.length === 0 ? 'All targets met.' : `Targets missed:\n\n${missed.map((m) => `- ${m}`).join('\n')}`);
  const failing = rows.filter((r) => r.failing.length > 0);
  if (failing.length > 0) lines.push('', 'Failing audits:', '', ...failing.map((r) => `- ${r.name}: ${r.failing.join('; ')}`));
  lines.push(SECTION_END);
  return lines.join('\n');
}

/** Replaces the Lighthouse section of BENCHMARKS.md, or appends it; other sections stay. */
export function replaceSection(markdown: string, section: string): string {
  return replaceMarkedSection(markdown, section, { start: SECTION_START, end: SECTION_END });
}
