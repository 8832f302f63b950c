import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseFrontmatter, parseYaml } from '../../../src/lib/content/frontmatter';

/** What the precise parser (`yaml`, core schema) makes of a document: the reference. */
const reference = (text: string) => parse(text, { schema: 'core' }) as unknown;

describe('parseYaml', () => {
  it('reads scalars exactly as the YAML 1.2 core schema does (dates stay strings)', () => {
    const doc = [
      'date: 2026-02-18',
      'bad: 2026-02-31',
      'yes_word: yes',
      'off: off',
      'tilde: ~',
      'empty:',
      'octal: 0o17',
      'leading: 007',
      'hex: 0x1F',
      'sci: 1e3',
      'half: .5',
      'inf: .inf',
      'bool: true',
      'quoted: "2026-02-18"',
      "single: 'it''s'",
      'colon: "a: b"',
      'folded: >',
      '  one',
      '  two',
      'literal: |',
      '  line 1',
      '  line 2',
      'list: [a, "b", 3]',
      'maps:',
      '  - title: Ä Ö Ü ß “quotes”',
      '    url: https://example.org/?a=1&b=2',
    ].join('\n');
    expect(parseYaml(doc)).toEqual({ data: reference(doc) });
  });

  it('reports the precise parser’s message and file line for a broken document', () => {
    expect(parseYaml('title: a\ntitle: b', 1)).toMatchObject({ line: 3, message: expect.stringMatching(/^invalid YAML: Map keys must be unique/) });
    expect(parseYaml('title: "open', 1)).toMatchObject({ message: expect.stringMatching(/^invalid YAML: /) });
  });

  it('agrees with the reference on every article of the site', () => {
    for (const lang of ['de', 'en']) {
      const dir = join('content/articles', lang);
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
        const text = readFileSync(join(dir, name), 'utf8');
        const parsed = parseFrontmatter(text);
        if ('message' in parsed) throw new Error(`${name}: ${parsed.message}`);
        const yamlText = text.split(/\r?\n---[ \t]*\r?\n/)[0]!.replace(/^---[ \t]*\r?\n/, '');
        expect(parsed.data, name).toEqual(reference(yamlText));
      }
    }
  });
});
