import { describe, expect, it } from 'vitest';
import { renderStoryBody, StoryBodyError } from '../../../src/lib/content/body/render-body';

function errorOf(body: string): StoryBodyError {
  try {
    renderStoryBody(body);
  } catch (error) {
    if (error instanceof StoryBodyError) return error;
    throw error;
  }
  throw new Error('expected the body to be rejected');
}

describe('renderStoryBody, element by element', () => {
  it('keeps plain HTML elements with their literal attributes, and names an attribute it would drop', () => {
    const { html } = renderStoryBody('Die <abbr title="Bundeswehr">BW</abbr> plant.\n\n<details aria-hidden>\n\nMehr\n\n</details>');
    expect(html).toContain('<abbr title="Bundeswehr">BW</abbr>');
    expect(html).toContain('<details aria-hidden>');
    expect(errorOf('Text.\n\n<details open>\n\nMehr\n\n</details>').problems).toMatchObject([{ line: 3, message: expect.stringMatching(/unknown attribute "open"/) }]);
  });

  it('renders a fragment as its children', () => {
    expect(renderStoryBody('<>Nur Text</>').html).toBe('Nur Text');
  });

  it('drops comments in braces, block and line comments, and nothing else', () => {
    expect(renderStoryBody('Vorher {/* Notiz */} nachher.').html).toBe('<p>Vorher  nachher.</p>');
    expect(renderStoryBody('Vorher\n\n{// Notiz\n}\n\nnachher.').html).toBe('<p>Vorher</p>\n\n<p>nachher.</p>');
    expect(errorOf('Wert {/* Notiz */ 1}').problems).toHaveLength(1);
    expect(errorOf('Wert {// Notiz\n1}').problems).toHaveLength(1);
  });

  it('leaves a slot for a local image and rejects a web or root image', () => {
    const local = renderStoryBody('Text.\n\n![Karte](../../images/karte%20neu.png)');
    expect(local.images).toEqual([{ src: '../../images/karte neu.png', alt: 'Karte' }]);
    expect(local.html).toBe('<p>Text.</p>\n<p><!--image 0--></p>');
    for (const src of ['https://example.org/a.png', '/a.png']) {
      expect(errorOf(`Text.\n\n![Bild](${src})`).problems).toHaveLength(1);
    }
  });

  it('writes readable markers for its slots', () => {
    const { html, slots } = renderStoryBody('<Quote actor="eco">\nZitat.\n</Quote>\n\n![A](./a.png)');
    expect(slots.map((slot) => html.slice(slot.start, slot.end))).toEqual(['<!--quote-->', '<!--image 0-->']);
  });

  it('titles a callout only when the title is not empty, and asks for a bare paraphrase', () => {
    expect(renderStoryBody('<Callout title="">\nText\n</Callout>').html).toBe('<aside class="callout note"><p>Text</p></aside>');
    expect(renderStoryBody('<Quote actor="eco" paraphrase>\nZitat.\n</Quote>').slots[0]).toMatchObject({ quote: { actor: 'eco', paraphrase: true } });
    expect(errorOf('<Quote actor="eco" paraphrase="false">\nZitat.\n</Quote>').problems).toMatchObject([{ message: expect.stringMatching(/write it bare/) }]);
  });

  it('lists every problem with its body line in the message', () => {
    const error = errorOf('Eins {1}\n\nZwei\n\n<Quote>\nx\n</Quote>');
    expect(error.name).toBe('StoryBodyError');
    expect(error.message).toBe(
      'line 1: expressions in braces ({…}) are not supported in articles; write a literal brace as \\{ and \\}\n' +
        'line 5: <Quote> needs an actor id written as actor="karsten-wildberger" (a file name in actors/ without .yaml)',
    );
  });

  it('rejects spread and expression attributes, inline styles and event handlers, and script URLs', () => {
    const messages = (body: string) => errorOf(body).problems.map((problem) => problem.message);
    expect(messages('<Callout {...x}>\nA\n</Callout>')).toEqual(['<Callout>: spread attributes ({...}) are not supported; write each attribute as name="value"']);
    expect(messages('<Callout title={x}>\nA\n</Callout>')).toEqual(['<Callout title={…}>: write attribute values in quotes (title="…"); expressions are not supported']);
    expect(messages('<abbr style="color:red" onClick="x">A</abbr>')).toEqual([
      "<abbr style>: inline styles are not allowed (the site's security policy blocks them)",
      '<abbr onClick>: event handlers are not allowed in articles',
    ]);
    expect(messages('<a href=" javascript:alert(1)-and-more-text">A</a>')).toEqual([
      '<a href=" javascript:alert(1)-and-more-text">: script and data URLs are not allowed; the address uses "javascript:", which articles may not link to; allowed: http:, https:, mailto: and paths on this site',
    ]);
  });

  it('allows attributes that merely contain "on" and URLs that merely mention a scheme', () => {
    const { html } = renderStoryBody('<abbr aria-label="Nation" title="see javascript:">A</abbr>');
    expect(html).toContain('aria-label="Nation"');
  });

  it('refuses ids the page around the body uses, the correction anchors included', () => {
    for (const id of ['main', 'sources-heading', 'corrections-heading', 'correction-2026-02-20']) {
      expect(errorOf(`Text.\n\n<abbr id="${id}">A</abbr>`).problems, id).toMatchObject([{ message: expect.stringMatching(/used by the page around the article/) }]);
    }
    expect(renderStoryBody('Text.\n\n<abbr id="correction-note">A</abbr>').html).toContain('id="correction-note"');
  });
});
