/** `npm run newsletter:send -- --edition 2026-W08 --lang de --smtp smtp://host:port --from … --to …` */
import { createTransport } from 'nodemailer';
import { toMailOptions } from '../src/lib/newsletter/message';
import { envelopeOf, loadNewsletter, NEWSLETTER_OPTIONS, UsageError } from './lib/newsletter-edition';
import { parseCommandLine } from './lib/cli';

const HELP = `Usage: npm run newsletter:send -- --edition 2026-W08 --lang de --smtp smtp://host:port --from ADDRESS --to ADDRESS --unsubscribe URL

Sends the edition's newsletter (HTML and text, List-Unsubscribe header), from the edition the
last build wrote into dist/ (or OUT_DIR, or --dist), through any SMTP server, e.g. a self-hosted list server's submission address (smtps://user:pass@host:465 for TLS).`;

try {
  const { values } = parseCommandLine(HELP, { options: { ...NEWSLETTER_OPTIONS, smtp: { type: 'string' } } });
  for (const required of ['smtp', 'from', 'to', 'unsubscribe'] as const) {
    if (!values[required]) throw new UsageError(`--${required} is required to send`);
  }
  const envelope = envelopeOf(values);
  const letter = loadNewsletter(values.edition, values.lang, envelope.unsubscribe, values.dist);
  const transport = createTransport(values.smtp!);
  const info = await transport.sendMail(toMailOptions(letter, envelope));
  console.log(`Sent “${letter.subject}” to ${values.to}: ${info.response}`);
  transport.close();
} catch (error) {
  console.error(error instanceof UsageError ? `${error.message}\n\n${HELP}` : error);
  process.exit(1);
}
