import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { getFixedT } from '../../i18n';
import type { NewsletterEdition } from './edition';
import type { NewsletterContext } from './context';
import { renderEmailHtml } from './email-html';
import { renderEmailText } from './email-text';

export interface Newsletter {
  subject: string;
  html: string;
  text: string;
}

export function newsletterSubject(data: NewsletterEdition): string {
  return `${getFixedT(data.lang)('site.name')} · ${data.title}`;
}

/** Both parts of an edition's newsletter. */
export function renderNewsletter(data: NewsletterEdition, ctx: Omit<NewsletterContext, 'subject'>): Newsletter {
  const full = { ...ctx, subject: newsletterSubject(data) };
  return { subject: full.subject, html: renderEmailHtml(data, full), text: renderEmailText(data, full) };
}

export interface Envelope {
  from: string;
  to: string;
  unsubscribe: string;
  /** Fixes the Date header (reproducible .eml files); the build time by default. */
  date: Date;
}

/** nodemailer's message: text and HTML as alternatives, a List-Unsubscribe header, nothing else added. */
export function toMailOptions(letter: Newsletter, envelope: Envelope): Mail.Options & { baseBoundary: string } {
  // Message-ID and MIME boundaries from the message itself instead of random bytes: the same
  // letter to the same reader at the same time is the same file, and any change makes a new id.
  const digest = createHash('sha256')
    .update([envelope.from, envelope.to, envelope.date.toISOString(), letter.subject, letter.text, letter.html].join('\0'))
    .digest('hex');
  return {
    messageId: `<${digest.slice(0, 32)}@${domainOf(envelope.from)}>`,
    baseBoundary: digest.slice(32, 48),
    from: envelope.from,
    to: envelope.to,
    subject: letter.subject,
    text: letter.text,
    html: letter.html,
    date: envelope.date,
    // Set as headers, not nodemailer's `list` option: MailComposer (the .eml) ignores that one.
    headers: {
      'List-Unsubscribe': `<${envelope.unsubscribe}>`,
      // One-click unsubscribe (RFC 8058) only means something for an https target.
      ...(envelope.unsubscribe.startsWith('https:') && { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }),
    },
  };
}

/** `Digest <redaktion@example.org>` → `example.org`; Message-IDs name the sender's domain. */
function domainOf(address: string): string {
  return /@([^\s@>]+)>?\s*$/.exec(address)?.[1] ?? 'localhost';
}

/** The ready MIME message (`.eml`). */
export function composeEml(options: Mail.Options): Promise<Buffer> {
  return new MailComposer(options).compile().build();
}
