import type { Lang } from '../../src/i18n/config';
import { newsletterOf, type NewsletterEdition } from '../../src/lib/newsletter/edition';
import type { Newsletter } from '../../src/lib/newsletter/message';
import { editionDataUrl } from '../../src/lib/urls';
import { assertBuilt, readDist } from './dist';

export const UNSUBSCRIBE = 'https://lists.example.org/unsubscribe/digest';
export const W08 = { year: 2026, week: 8 };

/** Week 8's newsletter from the edition the build wrote, and that edition's data. */
export function week8(lang: Lang): { letter: Newsletter; data: NewsletterEdition; site: string } {
  assertBuilt();
  const data = JSON.parse(readDist(editionDataUrl(lang, W08))) as NewsletterEdition;
  return { letter: newsletterOf(data, UNSUBSCRIBE), data, site: data.siteUrl.replace(/\/$/, '') };
}
