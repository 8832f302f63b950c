import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNSUBSCRIBE, week8 } from './newsletter-fixture';

const DATE = '2026-02-23T08:00:00.000Z';

let server: SMTPServer;
let port: number;
const received: { envelope: { from: string; to: string[] }; mail: ParsedMail }[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) },
            mail,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/newsletter-send.ts', ...args], {
      env: { ...process.env, SOURCE_DATE_EPOCH: String(Date.parse(DATE) / 1000) },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('npm run newsletter:send', () => {
  it('delivers the edition through an SMTP server: both parts as made, List-Unsubscribe, subject', async () => {
    const { code, output } = await send([
      '--edition', '2026-W08', '--lang', 'en', '--smtp', `smtp://127.0.0.1:${port}`,
      '--from', 'Souverän Digest <digest@example.org>', '--to', 'reader@example.org', '--unsubscribe', UNSUBSCRIBE,
    ]);
    expect(code, output).toBe(0);
    expect(received).toHaveLength(1);
    const { envelope, mail } = received[0]!;
    const { letter } = week8('en');
    expect(envelope).toEqual({ from: 'digest@example.org', to: ['reader@example.org'] });
    expect(mail.subject).toBe(letter.subject);
    expect(mail.text).toBe(letter.text);
    expect(mail.html).toBe(letter.html);
    expect(mail.headerLines.find((header) => header.key === 'list-unsubscribe')?.line).toBe(`List-Unsubscribe: <${UNSUBSCRIBE}>`);
    expect(mail.date?.toISOString()).toBe(DATE);
  }, 60_000);

  it('refuses to send without an unsubscribe address, and names an edition that does not exist', async () => {
    const missing = await send(['--edition', '2026-W08', '--lang', 'en', '--smtp', `smtp://127.0.0.1:${port}`, '--from', 'a@example.org', '--to', 'b@example.org']);
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('--unsubscribe is required to send');
    const none = await send(['--edition', '2026-W30', '--lang', 'en', '--smtp', `smtp://127.0.0.1:${port}`, '--from', 'a@example.org', '--to', 'b@example.org', '--unsubscribe', UNSUBSCRIBE]);
    expect(none.code).toBe(1);
    expect(none.output).toContain('no en edition 2026-W30 in dist/');
    expect(received).toHaveLength(1);
  }, 60_000);
});
