import { describe, expect, it } from 'vitest';
import { renderStoryBody, StoryBodyError } from '../../../src/lib/content/body/render-body';
import { splitStoryBody } from '../../../src/lib/content/body/slots';

function problemsOf(body: string, actorIds?: ReadonlySet<string>) {
  try {
    renderStoryBody(body, { actorIds });
  } catch (error) {
    if (error instanceof StoryBodyError) return error.problems;
    throw error;
  }
  return [];
}

describe('renderStoryBody', () => {
  it('renders Markdown with heading ids, GFM and typographic punctuation', () => {
    const { html } = renderStoryBody('## Begrüßung und Skepsis\n\nEin "Zitat" -- kurz.\n\n## Begrüßung und Skepsis\n\n| a |\n|---|\n| b |');
    expect(html).toContain('<h2 id="begrüßung-und-skepsis">Begrüßung und Skepsis</h2>');
    expect(html).toContain('<h2 id="begrüßung-und-skepsis-1">');
    expect(html).toContain('<p>Ein “Zitat” – kurz.</p>');
    expect(html).toContain('<table>');
  });

  it('turns Callout into an aside with its tone and title, note by default', () => {
    const { html } = renderStoryBody('<Callout title="Kurz & klar" tone="context">\n\nText **fett**\n\n</Callout>\n\n<Callout>\n\nOhne Titel\n\n</Callout>');
    expect(html).toContain('<aside class="callout context"><p class="callout-title">Kurz &#x26; klar</p><p>Text <strong>fett</strong></p></aside>');
    expect(html).toContain('<aside class="callout note"><p>Ohne Titel</p></aside>');
  });

  it('leaves a slot for the quote attribution, which the page fills with the actor name', () => {
    const { html, slots } = renderStoryBody('Davor.\n\n<Quote actor="eco" paraphrase>\n\nMehr Geld.\n\n</Quote>\n\nDanach.');
    const parts = splitStoryBody(html, slots);
    expect(parts).toEqual([
      { html: expect.stringContaining('<figure class="quote"><blockquote><p>Mehr Geld.</p></blockquote><figcaption>') },
      { quote: { actor: 'eco', paraphrase: true } },
      { html: expect.stringMatching(/^<\/figcaption><\/figure>\n<p>Danach.<\/p>$/) },
    ]);
    expect(renderStoryBody('<Quote actor="eco">\nWörtlich.\n</Quote>').slots[0]).toMatchObject({ quote: { actor: 'eco', paraphrase: false } });
  });

  it('shows a Markdown image title as the caption of a figure, and keeps the alt text as alt', () => {
    const { html, slots, images } = renderStoryBody('Davor.\n\n![Balken je Jahr](./chart.png "Der Etat 2026 im Vergleich")\n\nDanach.');
    expect(images).toEqual([{ src: './chart.png', alt: 'Balken je Jahr' }]);
    expect(splitStoryBody(html, slots)).toEqual([
      { html: '<p>Davor.</p>\n<figure class="body-figure">' },
      { image: 0 },
      { html: '<figcaption>Der Etat 2026 im Vergleich</figcaption></figure>\n<p>Danach.</p>' },
    ]);
    // Without a title the image stays in its paragraph, uncaptioned.
    expect(renderStoryBody('Text.\n\n![B](./b.png)').html).toBe('<p>Text.</p>\n<p><!--image 0--></p>');
  });

  it('rejects a captioned image inside running text, where a figure cannot stand', () => {
    expect(problemsOf('Text ![B](./b.png "Bildunterschrift") und weiter.')).toEqual([
      { line: 1, message: expect.stringContaining('must stand in a paragraph of its own') },
    ]);
  });

  it('leaves a slot for each local image, Markdown or HTML, and lists it with its line for the check', () => {
    const { html, slots, images, references } = renderStoryBody('![Ein Diagramm](../../images/a%20b.png)\n\n<img src="./c.png" alt="C" />\n\nText.');
    expect(images).toEqual([
      { src: '../../images/a b.png', alt: 'Ein Diagramm' },
      { src: './c.png', alt: 'C' },
    ]);
    expect(splitStoryBody(html, slots).filter((part) => 'image' in part)).toEqual([{ image: 0 }, { image: 1 }]);
    expect(html).not.toContain('<img');
    expect(references.images).toEqual([
      { line: 1, src: '../../images/a b.png' },
      { line: 3, src: './c.png' },
    ]);
  });

  it('shows hostile text as text, and no text can pass for a slot', () => {
    const body = 'Ein \\<script>alert(1)\\</script> im Text.\n\n<abbr title="<!--quote eco--><!--image 0-->">x</abbr>';
    const { html, slots } = renderStoryBody(body);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(slots).toEqual([]);
    expect(splitStoryBody(html, slots)).toEqual([{ html }]);
  });

  it('drops comment expressions and lists every unsupported construct with its line', () => {
    expect(renderStoryBody('Text {/* Notiz */} weiter.').html).toBe('<p>Text  weiter.</p>');
    const problems = problemsOf(
      [
        'Summe: {1 + 1}',
        '',
        '<Chart data="x" />',
        '',
        '<a href="javascript:alert(1)" onclick="x()">Link</a>',
        '',
        '<script>{"x"}</script>',
        '',
        '<Callout tone={"x"} {...props}>',
        'Text',
        '</Callout>',
        '',
        '<Callout tone="loud">',
        'Text',
        '</Callout>',
      ].join('\n'),
    );
    expect(problems.map((p) => [p.line, p.message.split(';')[0]])).toEqual([
      [1, 'expressions in braces ({…}) are not supported in articles'],
      [3, 'unknown component <Chart>'],
      [5, '<a href="javascript:alert(1)">: script and data URLs are not allowed'],
      [5, '<a onclick>: event handlers are not allowed in articles'],
      [7, '<script> is not allowed in articles (no scripts, styles, forms or embedded pages)'],
      [7, 'expressions in braces ({…}) are not supported in articles'],
      [9, '<Callout tone={…}>: write attribute values in quotes (tone="…")'],
      [9, '<Callout>: spread attributes ({...}) are not supported'],
      [13, '<Callout tone="loud">: unknown tone'],
    ]);
    expect(() => renderStoryBody('Summe: {1 + 1}')).toThrow(/line 1: expressions in braces/);
  });

  it('checks quote actors against the known ids when given', () => {
    expect(problemsOf('<Quote actor="eco">\nx\n</Quote>', new Set(['eco']))).toEqual([]);
    expect(problemsOf('<Quote actor="ekko">\nx\n</Quote>', new Set(['eco']))[0]?.message).toMatch(/unknown actor id "ekko"/);
    expect(problemsOf('<Quote>\nx\n</Quote>')[0]?.message).toMatch(/needs an actor id/);
  });

  it('renders the same body to the same HTML every time', () => {
    const body = '<Quote actor="eco">\nx\n</Quote>\n\n![a](./b.png)';
    expect(renderStoryBody(body)).toEqual(renderStoryBody(body));
  });
});
