import { z } from 'astro/zod';
import { localizedText } from './schema.ts';

/**
 * The publisher's details: who is named in the imprint (§ 5 DDG), who is responsible for the
 * content (§ 18 Abs. 2 MStV), who processes data and where the site is hosted. One file,
 * `content/publisher.yaml`; the repository ships placeholders that `npm run check:launch` lists.
 */
export const PUBLISHER_FILE = 'publisher.yaml';

/** A value that still has to be filled in before launch starts with this word. */
export const PLACEHOLDER_PREFIX = 'PLACEHOLDER';

export function isPlaceholder(value: string): boolean {
  return value.trimStart().startsWith(PLACEHOLDER_PREFIX);
}

const text = z.string().trim().min(1, 'must not be empty');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const publisherSchema = z
  .object({
    name: text,
    address: z.object({ street: text, postalCode: text, city: text, country: localizedText }).strict(),
    email: text.refine((value) => isPlaceholder(value) || EMAIL.test(value), {
      message: 'must be an e-mail address such as redaktion@example.org',
    }),
    phone: text.optional(),
    vatId: text.optional(),
    responsible: z.object({ name: text, address: text }).strict(),
    host: z.object({ name: text, address: text, logRetention: localizedText }).strict(),
  })
  .strict();

export type Publisher = z.infer<typeof publisherSchema>;

export const PUBLISHER_FIELD_RULES: Record<string, string> = {
  name: 'the publisher’s name (a person or an organisation with its legal form)',
  address: 'street, postalCode, city and country (de and en)',
  'address.street': 'street and number',
  'address.postalCode': 'the postal code',
  'address.city': 'the city',
  'address.country': 'de and en names of the country',
  email: 'an e-mail address readers and authorities can write to',
  phone: 'optional: a telephone number',
  vatId: 'optional: the VAT identification number (§ 27a UStG), if there is one',
  responsible: 'name and address of the person responsible for the content (§ 18 Abs. 2 MStV)',
  'responsible.name': 'a natural person’s full name',
  'responsible.address': 'that person’s address (street, postal code, city)',
  host: 'name, address and logRetention of the hosting provider',
  'host.name': 'the hosting provider’s name',
  'host.address': 'the hosting provider’s address',
  'host.logRetention': 'de and en: how long the host keeps its access logs, as the host’s contract says',
};

export const PUBLISHER_FIELDS: Record<string, readonly string[]> = {
  '': ['name', 'address', 'email', 'phone', 'vatId', 'responsible', 'host'],
  address: ['street', 'postalCode', 'city', 'country'],
  'address.country': ['de', 'en'],
  responsible: ['name', 'address'],
  host: ['name', 'address', 'logRetention'],
  'host.logRetention': ['de', 'en'],
};

/** Every field (as `host.address`) whose value is still a placeholder, in file order. */
export function findPlaceholders(data: unknown, path = ''): { field: string; value: string }[] {
  if (typeof data === 'string') return isPlaceholder(data) ? [{ field: path, value: data.trim() }] : [];
  if (Array.isArray(data)) return data.flatMap((item, index) => findPlaceholders(item, `${path}[${index}]`));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => findPlaceholders(value, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Every field a placeholder: for a content folder without publisher.yaml (tests, benchmarks). */
export function placeholderPublisher(): Publisher {
  const p = (field: string) => `${PLACEHOLDER_PREFIX}: ${field}`;
  const both = (field: string) => ({ de: p(field), en: p(field) });
  return {
    name: p('name'),
    address: { street: p('address.street'), postalCode: p('address.postalCode'), city: p('address.city'), country: both('address.country') },
    email: p('email'),
    responsible: { name: p('responsible.name'), address: p('responsible.address') },
    host: { name: p('host.name'), address: p('host.address'), logRetention: both('host.logRetention') },
  };
}
