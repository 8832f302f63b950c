import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n';
import { placeholderPublisher, type Publisher } from '../../src/lib/content/publisher';
import { buildLegalPage, fillParts, type LegalPageData } from '../../src/lib/pages/legal';

const REAL: Publisher = {
  name: 'Beispiel Verlag GmbH',
  address: { street: 'Musterweg 1', postalCode: '12345', city: 'Musterstadt', country: { de: 'Deutschland', en: 'Germany' } },
  email: 'redaktion@example.org',
  phone: '+49 30 123',
  responsible: { name: 'Erika Mustermann', address: 'Musterweg 1, 12345 Musterstadt' },
  host: { name: 'Beispiel Hosting', address: 'Hostweg 2', logRetention: { de: '7 Tage', en: '7 days' } },
};

function textOf(data: LegalPageData): string {
  return data.sections
    .flatMap((section) => [section.heading, ...[...section.paragraphs, ...(section.address ?? []), ...(section.list ?? [])].map((line) => line.map((p) => ('text' in p ? p.text : p.value)).join(''))])
    .join('\n');
}

describe('fillParts', () => {
  it('keeps the text around slots and puts the given parts in them', () => {
    const email = { value: 'a@b.eu', placeholder: false, href: 'mailto:a@b.eu' };
    expect(fillParts('Write to {{email}}, please.', { email })).toEqual([{ text: 'Write to ' }, email, { text: ', please.' }]);
    expect(() => fillParts('{{missing}}', {})).toThrow(/\{\{missing\}\}/);
  });
});

describe('buildLegalPage', () => {
  it('names the provider, contact and the person responsible under § 18 Abs. 2 MStV in the imprint', () => {
    const page = buildLegalPage('imprint', 'de', REAL, resources.de);
    const text = textOf(page);
    expect(page.title).toBe('Impressum');
    expect(text).toContain('Angaben gemäß § 5 DDG\nBeispiel Verlag GmbH\nMusterweg 1\n12345 Musterstadt\nDeutschland');
    expect(text).toContain('Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV\nErika Mustermann');
    expect(text).toContain('Telefon: +49 30 123');
    expect(page.hasPlaceholders).toBe(false);
    const mail = page.sections[1]!.paragraphs[0]!.find((p) => 'value' in p);
    expect(mail).toEqual({ value: 'redaktion@example.org', placeholder: false, href: 'mailto:redaktion@example.org' });
  });

  it('marks every placeholder, links none of them and says the page is not ready', () => {
    for (const page of ['imprint', 'privacy', 'about'] as const) {
      const data = buildLegalPage(page, 'en', placeholderPublisher(), resources.en);
      expect(data.hasPlaceholders, page).toBe(true);
      const values = data.sections.flatMap((s) => [...s.paragraphs, ...(s.address ?? [])].flat()).filter((p) => 'value' in p && p.value.startsWith('PLACEHOLDER'));
      expect(values.length, page).toBeGreaterThan(0);
      expect(values.every((p) => 'placeholder' in p && p.placeholder && !p.href)).toBe(true);
    }
  });

  it('tells the truth about data in the privacy policy: no cookies, the host’s logs and how long it keeps them', () => {
    const text = textOf(buildLegalPage('privacy', 'en', REAL, resources.en));
    expect(text).toContain('sets no cookies');
    expect(text).toContain('hosted by Beispiel Hosting, Hostweg 2');
    expect(text).toContain('Retention: 7 days.');
    expect(text).toContain('Art. 77 GDPR');
  });

  it('explains on the about page how stories are written, every story kind and the corrections policy', () => {
    const data = buildLegalPage('about', 'de', REAL, resources.de);
    expect(data.sections.map((s) => s.heading)).toEqual(['Wer wir sind', 'Wie unsere Artikel entstehen', 'Nachricht, Analyse, Erklärt, Wochenrückblick', 'Zwei Sprachen', 'Korrekturen']);
    expect(data.sections[2]!.list).toHaveLength(4);
    const imprint = data.sections[0]!.paragraphs[0]!.find((p) => 'href' in p && p.href);
    expect(imprint).toMatchObject({ href: '/de/impressum/' });
  });
});
