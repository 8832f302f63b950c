import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/config';
import { composeEml, toMailOptions } from '../../src/lib/newsletter/message';
import { UNSUBSCRIBE, week8 } from './newsletter-fixture';

/** Gmail clips messages whose HTML is larger than 102 kB. */
const GMAIL_CLIP_BYTES = 102 * 1024;

const linksOf = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('newsletter', () => {
  for (const lang of LANGS) {
    describe(lang, () => {
      const { letter, data, site: SITE } = week8(lang);

      it('is valid HTML (inline styles are what email needs)', async () => {
        const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off', 'long-title': ['error', { maxlength: 120 }] } });
        const report = await validator.validateString(letter.html);
        expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
      });

      it('stays under Gmail’s clipping size with every style inlined', () => {
        expect(Buffer.byteLength(letter.html)).toBeLessThanOrEqual(GMAIL_CLIP_BYTES);
        expect(letter.html).not.toMatch(/<link\b/);
        const style = /<style>([\s\S]*?)<\/style>/.exec(letter.html)![1]!;
        // Only the dark scheme's media query stays in the head; the rest sits on the elements.
        expect(style.trim().startsWith('@media (prefers-color-scheme: dark)')).toBe(true);
        expect(letter.html).toMatch(/<h1 style="[^"]*font:/);
        expect(letter.html).toContain('<meta name="color-scheme" content="light dark">');
      });

      it('links only absolutely, to the site and the unsubscribe address, with no tracking', () => {
        const links = linksOf(letter.html);
        expect(links.length).toBeGreaterThan(10);
        for (const link of links) {
          expect(link === UNSUBSCRIBE || link.startsWith(`${SITE}/${lang}/`), link).toBe(true);
          expect(link, link).not.toMatch(/[?&](utm_|mc_|ref=)/);
        }
        expect(letter.html).not.toMatch(/<img\b/);
        expect(letter.html).not.toMatch(/<script\b/);
      });

      it('holds the edition’s lead and stories, and the text part holds every headline and link', () => {
        const stories = [data.lead, ...data.topics.flatMap((g) => g.stories)];
        // Week 8 has eight German stories and seven English ones (the Gigabit summit is German only).
        expect(new Set(stories.map((s) => s.id)).size).toBe(lang === 'de' ? 8 : 7);
        for (const story of stories) {
          expect(letter.text).toContain(story.title);
          expect(letter.text).toContain(`${SITE}${story.href}`);
          expect(letter.html).toContain(`href="${SITE}${story.href}"`);
        }
        for (const link of linksOf(letter.html)) expect(letter.text, link).toContain(link);
        expect(letter.text).toContain(data.intro[0]!);
      });

      it('makes a MIME message with both parts and a List-Unsubscribe header', async () => {
        const eml = (await composeEml(toMailOptions(letter, { from: 'Digest <a@example.org>', to: 'b@example.org', unsubscribe: UNSUBSCRIBE, date: new Date('2026-02-23T07:00:00Z') }))).toString();
        expect(eml).toMatch(/^List-Unsubscribe: <https:\/\/lists\.example\.org\/unsubscribe\/digest>\r?$/m);
        expect(eml).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
        expect(eml).toMatch(/Content-Type: multipart\/alternative/);
        expect(eml).toMatch(/Content-Type: text\/plain; charset=utf-8/);
        expect(eml).toMatch(/Content-Type: text\/html; charset=utf-8/);
      });

      it('makes the same .eml bytes twice, and a new Message-ID for another reader', async () => {
        const envelope = { from: 'Digest <a@example.org>', to: 'b@example.org', unsubscribe: UNSUBSCRIBE, date: new Date('2026-02-23T07:00:00Z') };
        const [first, second, other] = await Promise.all([envelope, envelope, { ...envelope, to: 'c@example.org' }].map((to) => composeEml(toMailOptions(letter, to))));
        expect(first!.equals(second!)).toBe(true);
        const id = (eml: Buffer) => /^Message-ID: (<[0-9a-f]{32}@example\.org>)\r?$/m.exec(eml.toString())?.[1];
        expect(id(first!)).toBeDefined();
        expect(id(other!)).toBeDefined();
        expect(id(other!)).not.toBe(id(first!));
      });
    });
  }
});
