import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { splitStoryBody, type BodySlot } from '../../../src/lib/content/body/slots';
import { parseFrontmatter, parseYaml } from '../../../src/lib/content/frontmatter';
import { checkMdx, type BodyCheckMemo } from '../../../src/lib/content/mdx-check';
import { firstWords, plainTextOf } from '../../../src/lib/content/text';

const check = (body: string, bodyLine = 10) => checkMdx(body, { bodyLine, actorIds: new Set() });

describe('checkMdx messages for bodies that do not compile', () => {
  it('names an unclosed tag with its file line and the fix, without the parser’s positions', () => {
    expect(check('Erste Zeile.\n\nText <Callout>\n\nohne Ende')).toEqual([
      {
        line: 12,
        message:
          'MDX does not compile: Expected a closing tag for `<Callout>` before the end of `paragraph`. ' +
          'Close every tag you open (<Callout>…</Callout>), or write a literal < as \\<',
      },
    ]);
    expect(check('<Callout title="x">\n\nx\n\n</Quote>', 3)).toEqual([
      {
        line: 7,
        message:
          'MDX does not compile: Unexpected closing tag `</Quote>`, expected corresponding closing tag for `<Callout>`. ' +
          'Close every tag you open (<Callout>…</Callout>), or write a literal < as \\<',
      },
    ]);
  });

  it('names an unclosed brace with the brace fix', () => {
    expect(check('Summe {1 + ')).toEqual([
      {
        line: 10,
        message:
          'MDX does not compile: Unexpected end of file in expression, expected a corresponding closing brace for `{`. ' +
          'Close every { with }, or write a literal brace as \\{',
      },
    ]);
  });

  it('checks a remembered body again when any one of its quoted actors is gone', () => {
    const body = '<Quote actor="eco">\nA.\n</Quote>\n\n<Quote actor="bmds">\nB.\n</Quote>\n';
    const first: BodyCheckMemo = { known: new Map(), passed: new Map() };
    expect(checkMdx(body, { bodyLine: 1, actorIds: new Set(['eco', 'bmds']), memo: first })).toEqual([]);
    const second: BodyCheckMemo = { known: first.passed, passed: new Map() };
    expect(checkMdx(body, { bodyLine: 1, actorIds: new Set(['eco']), memo: second })).toMatchObject([{ line: 5 }]);
  });
});

describe('frontmatter edges', () => {
  it('ignores a byte-order mark before the frontmatter', () => {
    expect(parseFrontmatter('\uFEFF---\ntitle: x\n---\nBody')).toEqual({ data: { title: 'x' }, body: 'Body', bodyLine: 4 });
  });

  it('reports a frontmatter block that is never closed', () => {
    expect(parseFrontmatter('---\ntitle: x\nBody')).toEqual({ line: 1, message: 'the frontmatter block opened on line 1 is never closed with `---`' });
  });

  it('gives the YAML error without the parser’s own position, on the file line', () => {
    expect(parseFrontmatter('---\ntitle: x\nactors: [x\n---\nBody')).toEqual({
      line: 3,
      message: 'invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    });
    expect(parseYaml('a: 1\nb: : 2')).toEqual({ line: 2, message: 'invalid YAML: Nested mappings are not allowed in compact mappings' });
  });

  it('shares the parsed data of a document it has read before', () => {
    const text = 'name: Remembered\nkind: person\n';
    expect(parseYaml(text)).toBe(parseYaml(text));
  });
});

describe('splitStoryBody edges', () => {
  const html = 'AB<!--quote-->CD<!--image 0-->';
  const slots: BodySlot[] = [
    { image: 0, start: 16, end: 30 },
    { quote: { actor: 'eco', paraphrase: false }, start: 2, end: 14 },
  ];

  it('cuts at slots in document order, whatever order they are listed in, with no empty parts', () => {
    expect(splitStoryBody(html, slots)).toEqual([{ html: 'AB' }, { quote: { actor: 'eco', paraphrase: false } }, { html: 'CD' }, { image: 0 }]);
    expect(splitStoryBody('<!--image 0-->', [{ image: 0, start: 0, end: 14 }])).toEqual([{ image: 0 }]);
  });
});

describe('plain text edges', () => {
  it('trims the text and takes words from its start', () => {
    const tree: Root = { type: 'root', children: [{ type: 'text', value: '  \n eins  zwei \n' }] };
    expect(plainTextOf(tree)).toBe('eins zwei');
    expect(firstWords('a b c', 1)).toBe('a');
    expect(firstWords('a b c', 2)).toBe('a b');
  });
});
