import { describe, expect, it } from 'vitest';
import { validateContent, type ContentError } from '../../../src/lib/content/validate';
import { formatContentReport } from '../../../src/lib/content/report';
import { ECO, corpusWith, mdx, validCorpus } from './corpus';

const DE = 'articles/de/etat-steht.mdx';

async function errorsOf(...files: Parameters<typeof corpusWith>): Promise<ContentError[]> {
  return validateContent(corpusWith(...files));
}

/** The one error of a corpus that should have exactly one. */
async function onlyError(...files: Parameters<typeof corpusWith>): Promise<ContentError> {
  const errors = await errorsOf(...files);
  expect(errors, JSON.stringify(errors, null, 2)).toHaveLength(1);
  return errors[0]!;
}

describe('validateContent', () => {
  it('accepts a valid corpus', async () => {
    expect(await validateContent(validCorpus())).toEqual([]);
  });

  it('accepts hostile markup in title and summary: it is text, shown escaped', async () => {
    const text = mdx({
      title: '"<script>alert(1)</script> Etat"',
      summary: '"<img src=x onerror=alert(1)> & {braces} </div>"',
    });
    expect(await errorsOf({ path: DE, text })).toEqual([]);
  });

  it('rejects a topic outside the four and lists them', async () => {
    const error = await onlyError({ path: DE, text: mdx({ topic: 'sport' }) });
    expect(error).toMatchObject({ file: DE, field: 'topic' });
    expect(error.message).toContain('unknown topic "sport"');
    expect(error.message).toContain('allowed: alliance, defence-cloud, budget, digital-euro');
  });

  it('rejects a missing date', async () => {
    const error = await onlyError({ path: DE, text: mdx({ date: null }) });
    expect(error).toMatchObject({ file: DE, field: 'date' });
    expect(error.message).toMatch(/^date: is missing; allowed: a real calendar day written as YYYY-MM-DD/);
  });

  it('rejects a malformed date', async () => {
    const error = await onlyError({ path: DE, text: mdx({ date: '18.02.2026' }) });
    expect(error.message).toContain('date: "18.02.2026" is not written as YYYY-MM-DD');
  });

  it('rejects an impossible date that js-yaml would silently move to March', async () => {
    const error = await onlyError({ path: DE, text: mdx({ date: '2026-02-31' }) });
    expect(error).toMatchObject({ file: DE, field: 'date' });
    expect(error.message).toContain('2026-02-31 is not a real calendar day');
  });

  it('rejects updated before date', async () => {
    const error = await onlyError({ path: DE, text: mdx({ updated: '2026-02-01' }) });
    expect(error).toMatchObject({ file: DE, field: 'updated' });
    expect(error.message).toContain('2026-02-01 is before date 2026-02-18');
  });

  it('reports updated before date even when other fields are wrong too', async () => {
    const errors = await errorsOf({ path: DE, text: mdx({ updated: '2026-02-01', topic: 'sport' }) });
    expect(errors.map((e) => e.field).sort()).toEqual(['topic', 'updated']);
  });

  it('names an unknown actor id and suggests a close one', async () => {
    const error = await onlyError({ path: DE, text: mdx({ actors: '[ecco, karsten-wildberger]' }) });
    expect(error).toMatchObject({ file: DE, field: 'actors[0]' });
    expect(error.message).toContain('unknown actor id "ecco": there is no actors/ecco.yaml');
    expect(error.message).toContain('Did you mean "eco"?');
  });

  it('rejects an empty actors list', async () => {
    const error = await onlyError({ path: DE, text: mdx({ actors: '[]' }) });
    expect(error).toMatchObject({ file: DE, field: 'actors' });
    expect(error.message).toContain('needs at least one actor id');
  });

  it('rejects two articles of one language sharing a translationKey, naming both', async () => {
    const errors = await errorsOf({ path: 'articles/de/zweite-meldung.mdx', text: mdx({ title: 'Zweite' }) });
    expect(errors).toHaveLength(2);
    expect(errors.map((e) => e.file).sort()).toEqual([DE, 'articles/de/zweite-meldung.mdx']);
    expect(errors[0]!.message).toContain('translationKey: "bmds-budget" is also used by articles/de/zweite-meldung.mdx');
    expect(errors[0]!.message).toContain('at most one de edition');
  });

  it('allows the same translationKey across languages', async () => {
    // The valid corpus itself has de and en sharing `bmds-budget`.
    expect(validCorpus().filter((f) => f.text?.includes('translationKey: bmds-budget'))).toHaveLength(2);
    expect(await validateContent(validCorpus())).toEqual([]);
  });

  it('rejects a file name that is not kebab-case and suggests the valid one', async () => {
    const path = 'articles/de/verzögerung.mdx';
    const error = await onlyError({ path, text: mdx({ translationKey: 'verzoegerung' }) });
    expect(error.file).toBe(path);
    expect(error.message).toContain('"verzögerung.mdx" is not lowercase ASCII kebab-case');
    expect(error.message).toContain('rename it to "verzoegerung.mdx"');
  });

  it('rejects an actor file name with capitals', async () => {
    const error = await onlyError({ path: 'actors/Hensoldt_AG.yaml', text: ECO.replace('name: eco', 'name: Hensoldt') });
    expect(error.message).toContain('rename it to "hensoldt-ag.yaml"');
  });

  it('reports an unclosed tag with file and line', async () => {
    const text = mdx({}, '\nEinleitung.\n\n<Callout title="Zahlen">\n\nOffen.\n');
    const error = await onlyError({ path: DE, text });
    expect(error.file).toBe(DE);
    // 8 frontmatter lines, then a blank line, the intro, a blank line, the tag on line 12.
    expect(text.split('\n')[11]).toBe('<Callout title="Zahlen">');
    expect(error.line).toBe(12);
    expect(error.message).toContain('MDX does not compile: Expected a closing tag for `<Callout>`');
  });

  it('reports unbalanced braces with file and line', async () => {
    const text = mdx({}, '\nErster Absatz.\n\nKosten {1,36 Mrd.\n');
    const error = await onlyError({ path: DE, text });
    expect(error.line).toBe(12);
    expect(error.message).toContain('closing brace');
    expect(error.message).toContain('\\{');
  });

  it('rejects an unknown component and a Quote with an unknown actor', async () => {
    const text = mdx({}, '\n<Zitat>x</Zitat>\n\n<Quote actor="niemand">\n\nSatz.\n\n</Quote>\n');
    const errors = await errorsOf({ path: DE, text });
    expect(errors.map((e) => e.message)).toEqual([
      'unknown component <Zitat>; allowed components: Callout, Quote',
      '<Quote actor="niemand">: unknown actor id "niemand"; it must be the name of a file in actors/ without .yaml',
    ]);
  });

  it('rejects scripts, imports and a Quote without actor in the body, with lines', async () => {
    const text = mdx({}, '\n<script>alert(1)</script>\n\nimport X from "y"\n\n<Quote>Satz</Quote>\n');
    const errors = await errorsOf({ path: DE, text });
    expect(errors.map((e) => [e.line, e.message.split(' (')[0]!.split(';')[0]])).toEqual([
      [10, '<script> is not allowed in articles'],
      [12, 'import/export statements are not allowed'],
      [14, '<Quote> needs an actor id written as actor="karsten-wildberger"'],
    ]);
  });

  it('rejects an empty title', async () => {
    const error = await onlyError({ path: DE, text: mdx({ title: '"  "' }) });
    expect(error.message).toBe('title: is empty; allowed: a non-empty text of at most 180 characters');
  });

  it('rejects a Callout tone outside the allowed ones', async () => {
    const error = await onlyError({ path: DE, text: mdx({}, '\n<Callout tone="red">x</Callout>\n') });
    expect(error.message).toBe('<Callout tone="red">: unknown tone; allowed: note, context, warning');
  });

  it('rejects an actor file with an unknown kind', async () => {
    const error = await onlyError({ path: 'actors/eco.yaml', text: ECO.replace('organisation', 'verband') });
    expect(error).toMatchObject({ file: 'actors/eco.yaml', field: 'kind' });
    expect(error.message).toContain('unknown kind "verband"; allowed: person, organisation, institution, country, event');
  });

  it('rejects an actor file without a name', async () => {
    const error = await onlyError({ path: 'actors/eco.yaml', text: ECO.replace('name: eco\n', '') });
    expect(error).toMatchObject({ field: 'name' });
    expect(error.message).toContain('name: is missing; allowed: a non-empty text, or de and en texts');
  });

  it('rejects localized actor names missing one language', async () => {
    const text = ECO.replace('name: eco\n', 'name:\n  de: eco Verband\n');
    const errors = await errorsOf({ path: 'actors/eco.yaml', text });
    expect(errors.map((e) => e.field)).toContain('name');
  });

  it('rejects an image without alt', async () => {
    const error = await onlyError(
      { path: DE, text: mdx({ image: '\n  src: ../../images/etat.jpg' }) },
      { path: 'images/etat.jpg' },
    );
    expect(error).toMatchObject({ file: DE, field: 'image.alt' });
    expect(error.message).toContain('image.alt: is missing; allowed: a non-empty text describing the image');
  });

  it('rejects an image file that does not exist', async () => {
    const error = await onlyError({ path: DE, text: mdx({ image: '\n  src: ../../images/fehlt.jpg\n  alt: Etat' }) });
    expect(error.message).toContain('image file "../../images/fehlt.jpg" not found (looked for images/fehlt.jpg');
  });

  it('checks the phone variant of an image like the image itself', async () => {
    const error = await onlyError(
      { path: DE, text: mdx({ image: '\n  src: ../../images/etat.png\n  narrow: ../../images/etat-schmal.png\n  alt: Etat' }) },
      { path: 'images/etat.png' },
    );
    expect(error).toMatchObject({ file: DE, field: 'image.narrow' });
    expect(error.message).toContain('image.narrow: image file "../../images/etat-schmal.png" not found (looked for images/etat-schmal.png');
  });

  it('rejects a sources entry with an invalid URL', async () => {
    const text = mdx({ sources: '\n  - title: Bundestag\n    url: www.bundestag.de/haushalt' });
    const error = await onlyError({ path: DE, text });
    expect(error).toMatchObject({ field: 'sources[0].url' });
    expect(error.message).toBe('sources[0].url: "www.bundestag.de/haushalt" must be an absolute http(s) URL');
  });

  it('rejects a non-.mdx file in the articles folder', async () => {
    const error = await onlyError({ path: 'articles/de/notizen.md', text: '# Notizen' });
    expect(error.file).toBe('articles/de/notizen.md');
    expect(error.message).toContain('only .mdx files and images belong in articles/de/');
  });

  it('accepts an image next to the article that uses it', async () => {
    const text = mdx({ image: '\n  src: ./grafik.png\n  alt: Balkendiagramm des Etats' });
    expect(await errorsOf({ path: DE, text }, { path: 'articles/de/grafik.png' })).toEqual([]);
  });

  it('rejects an article outside the language folders', async () => {
    const error = await onlyError({ path: 'articles/fr/etat.mdx', text: mdx() });
    expect(error.message).toContain('articles/de/ or articles/en/');
  });

  it('rejects an unknown frontmatter field instead of dropping it', async () => {
    const error = await onlyError({ path: DE, text: mdx({ autor: 'Redaktion' }) });
    expect(error).toMatchObject({ field: 'autor' });
    expect(error.message).toContain('unknown field "autor"');
    expect(error.message).toContain('allowed fields here: title, summary, date, updated, topic, actors, translationKey, draft, image, sources');
  });

  it('rejects a misspelt field inside a source', async () => {
    const text = mdx({ sources: '\n  - title: Bundestag\n    link: https://www.bundestag.de/' });
    const errors = await errorsOf({ path: DE, text });
    expect(errors.map((e) => e.message)).toContain(
      'sources[0].link: unknown field "link" (it would be silently dropped); did you mean "lang"? allowed fields here: title, url, publisher, lang',
    );
  });

  it('rejects a non-boolean draft', async () => {
    const error = await onlyError({ path: DE, text: mdx({ draft: 'ja' }) });
    expect(error.message).toBe('draft: "ja" is not allowed; allowed: true or false');
  });

  it('rejects a file without frontmatter and invalid YAML with a line', async () => {
    const errors = await errorsOf(
      { path: DE, text: 'Nur Text.\n' },
      { path: 'articles/en/budget-is-set.mdx', text: '---\ntitle: "Budget\ntopic: budget\n---\nThe text.\n' },
    );
    expect(errors.map((e) => [e.file, e.message.split(':')[0]])).toEqual([
      ['articles/de/etat-steht.mdx', 'the file must start with a frontmatter block between two `---` lines'],
      ['articles/en/budget-is-set.mdx', 'invalid YAML'],
    ]);
    expect(errors[1]!.line).toBeGreaterThanOrEqual(2);
  });

  it('reports every error of a run at once, across files', async () => {
    const errors = await errorsOf(
      { path: DE, text: mdx({ topic: 'sport', date: '2026-02-30', actors: '[]' }) },
      { path: 'actors/eco.yaml', text: ECO.replace('organisation', 'verband') },
      { path: 'articles/en/Budget.mdx', text: mdx({ translationKey: 'other' }, '\n<Callout>\n') },
    );
    expect(errors.map((e) => `${e.file} ${e.field ?? e.line ?? ''}`)).toEqual([
      'actors/eco.yaml kind',
      'articles/de/etat-steht.mdx date',
      'articles/de/etat-steht.mdx topic',
      'articles/de/etat-steht.mdx actors',
      'articles/en/Budget.mdx ',
      'articles/en/Budget.mdx 10',
    ]);
  });
});

describe('formatContentReport', () => {
  it('groups errors by file under the content folder, with lines', async () => {
    const errors = await errorsOf(
      { path: DE, text: mdx({ topic: 'sport' }, '\n<Callout>\n') },
      { path: 'actors/eco.yaml', text: ECO.replace('organisation', 'verband') },
    );
    const report = formatContentReport(errors, 'content');
    expect(report).toContain('Content check failed: 3 errors in 2 files (content/).');
    const lines = report.split('\n');
    const deAt = lines.indexOf('content/articles/de/etat-steht.mdx');
    expect(deAt).toBeGreaterThan(lines.indexOf('content/actors/eco.yaml'));
    expect(lines[deAt + 1]).toMatch(/^ {2}✗ topic: unknown topic "sport"/);
    expect(lines[deAt + 2]).toMatch(/^ {2}✗ line 10: MDX does not compile/);
  });

  it('says so when everything passes', () => {
    expect(formatContentReport([], 'content')).toBe('Content check passed (content).');
  });
});
