import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../src/lib/content/publisher';
import { validateContent } from '../../src/lib/content/validate';
import { checkLaunch, formatLaunchReport } from '../../src/lib/launch-check';

const SHIPPED = readFileSync('content/publisher.yaml', 'utf8');

const COMPLETE = `
name: Beispiel Verlag GmbH
address: { street: Musterweg 1, postalCode: "12345", city: Musterstadt, country: { de: Deutschland, en: Germany } }
email: redaktion@example.org
responsible: { name: Erika Mustermann, address: "Musterweg 1, 12345 Musterstadt" }
host: { name: Beispiel Hosting, address: "Hostweg 2, 12345 Musterstadt", logRetention: { de: 7 Tage, en: 7 days } }
`;

describe('checkLaunch', () => {
  it('names every placeholder the repository ships, by field', () => {
    const problems = checkLaunch({ publisherText: SHIPPED });
    const fields = problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'address.street', 'email', 'responsible.name', 'host.name', 'host.logRetention.en']));
    expect(problems).toHaveLength(SHIPPED.match(/"PLACEHOLDER/g)!.length);
    expect(problems.every((p) => p.file === 'publisher.yaml' && p.message.includes('placeholder'))).toBe(true);
    expect(formatLaunchReport(problems, 'content')).toMatch(/^Not ready to launch: \d+ problems\n {2}content\/publisher\.yaml: name is still a placeholder/);
  });

  it('passes complete details and fails one placeholder left among them', () => {
    expect(checkLaunch({ publisherText: COMPLETE })).toEqual([]);
    const left = checkLaunch({ publisherText: COMPLETE.replace('Musterstadt, country', '"PLACEHOLDER: Ort", country') });
    expect(left.map((p) => p.field)).toEqual(['address.city']);
  });

  it('reports a missing file, broken YAML, a missing field and a bad e-mail address', () => {
    expect(checkLaunch({ publisherText: undefined })[0]!.message).toContain('publisher.yaml is missing');
    expect(checkLaunch({ publisherText: 'name: [' })[0]!.message).toMatch(/invalid YAML/);
    const incomplete = checkLaunch({ publisherText: COMPLETE.replace(/^responsible:.*$/m, '').replace('redaktion@example.org', 'redaktion') });
    expect(incomplete.map((p) => p.field)).toEqual(['email', 'responsible']);
    expect(incomplete[1]!.message).toContain('§ 18 Abs. 2 MStV');
  });
});

describe('findPlaceholders', () => {
  it('finds placeholder strings at any depth and nothing else', () => {
    expect(findPlaceholders({ a: 'PLACEHOLDER: x', b: { c: ' PLACEHOLDER y', d: 'real' }, e: ['PLACEHOLDER z', 3] })).toEqual([
      { field: 'a', value: 'PLACEHOLDER: x' },
      { field: 'b.c', value: 'PLACEHOLDER y' },
      { field: 'e[0]', value: 'PLACEHOLDER z' },
    ]);
  });
});

describe('publisher.yaml in the content check', () => {
  it('accepts the shipped placeholders but not an unknown field or a bad address', async () => {
    expect(await validateContent([{ path: 'publisher.yaml', text: SHIPPED }])).toEqual([]);
    const errors = await validateContent([{ path: 'publisher.yaml', text: `${COMPLETE}\nfax: "1"\n`.replace('redaktion@example.org', 'nope') }]);
    expect(errors.map((e) => e.field)).toEqual(['email', 'fax']);
    expect(errors[0]!.message).toContain('e-mail address');
  });
});
