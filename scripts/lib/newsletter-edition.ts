import { loadSiteFromDisk } from '../../src/data/content-on-disk';
import { buildTime, contentDir, siteUrl } from '../../src/data/build-env';
import { isLang } from '../../src/i18n/config';
import { berlinDay } from '../../src/lib/dates';
import type { Envelope, Newsletter } from '../../src/lib/newsletter/message';
import { newsletterFor } from '../../src/lib/newsletter/edition';
import { parseWeekId, weekId } from '../../src/lib/weeks';

/** Clearly not a real address: a list server fills in its own; `--unsubscribe` sets the real one. */
export const PLACEHOLDER_UNSUBSCRIBE = 'mailto:unsubscribe@placeholder.invalid?subject=unsubscribe';
export const PLACEHOLDER_FROM = 'Souverän Digest <newsletter@placeholder.invalid>';

export const NEWSLETTER_OPTIONS = {
  edition: { type: 'string' },
  lang: { type: 'string' },
  unsubscribe: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  help: { type: 'boolean' },
} as const;

export class UsageError extends Error {}

/**
 * An edition's newsletter from the site model as the build sees it (the content folder read by
 * `loadSiteFromDisk`, the same reader and publishing rules the cards and sitemap use), on the
 * build day (`SOURCE_DATE_EPOCH`).
 */
export function loadNewsletter(edition: string | undefined, lang: string | undefined, unsubscribe: string): Newsletter {
  const week = edition ? parseWeekId(edition) : undefined;
  if (!week) throw new UsageError(`--edition must be an ISO week such as 2026-W08 (got ${JSON.stringify(edition ?? '')})`);
  if (!isLang(lang)) throw new UsageError(`--lang must be de or en (got ${JSON.stringify(lang ?? '')})`);
  const today = berlinDay(buildTime);
  const model = loadSiteFromDisk(contentDir, today);
  const letter = newsletterFor(model, week, lang, unsubscribe, { site: new URL(siteUrl), today });
  if (!letter) {
    const known = model.editions[lang].map((e) => e.id).join(', ') || 'none';
    throw new UsageError(`no ${lang} edition for ${weekId(week)}: no published ${lang} story is dated in that week (editions: ${known})`);
  }
  return letter;
}

export function envelopeOf(values: { from?: string; to?: string; unsubscribe?: string }): Envelope {
  return {
    from: values.from ?? PLACEHOLDER_FROM,
    to: values.to ?? 'undisclosed-recipients:;',
    unsubscribe: values.unsubscribe ?? PLACEHOLDER_UNSUBSCRIBE,
    date: buildTime,
  };
}
