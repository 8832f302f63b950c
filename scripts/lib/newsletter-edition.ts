import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv } from '../../src/data/build-env';
import { isLang } from '../../src/i18n/config';
import { newsletterOf, type NewsletterEdition } from '../../src/lib/newsletter/edition';
import type { Envelope, Newsletter } from '../../src/lib/newsletter/message';
import { editionDataUrl } from '../../src/lib/urls';
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
  dist: { type: 'string' },
} as const;

export class UsageError extends Error {}

/**
 * An edition's newsletter from what the build wrote (`editionDataUrl` in the output folder:
 * the edition page's data, made from the build's site model), so it shows what the page shows.
 */
export function loadNewsletter(edition: string | undefined, lang: string | undefined, unsubscribe: string, dist = buildEnv.outDir ?? 'dist'): Newsletter {
  const week = edition ? parseWeekId(edition) : undefined;
  if (!week) throw new UsageError(`--edition must be an ISO week such as 2026-W08 (got ${JSON.stringify(edition ?? '')})`);
  if (!isLang(lang)) throw new UsageError(`--lang must be de or en (got ${JSON.stringify(lang ?? '')})`);
  const file = join(dist, editionDataUrl(lang, week));
  if (!existsSync(file)) {
    throw new UsageError(
      `no ${lang} edition ${weekId(week)} in ${dist}/ (looked for ${file}): run npm run build first; ` +
        `an edition exists once a ${lang} story dated in that week is published`,
    );
  }
  return newsletterOf(JSON.parse(readFileSync(file, 'utf8')) as NewsletterEdition, unsubscribe);
}

export function envelopeOf(values: { from?: string | undefined; to?: string | undefined; unsubscribe?: string | undefined }): Envelope {
  return {
    from: values.from ?? PLACEHOLDER_FROM,
    to: values.to ?? 'undisclosed-recipients:;',
    unsubscribe: values.unsubscribe ?? PLACEHOLDER_UNSUBSCRIBE,
    date: buildEnv.buildTime,
  };
}
