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
  it('keeps plain HTML elements with their literal attributes, bare ones as boolean', () => {
    const { html } = renderStoryBody('Die <abbr title="Bundeswehr">BW</abbr> plant.\n\n<details open>\n\nMehr\n\n</details>');
    expect(html).toContain('<abbr title="Bundeswehr">BW</abbr>');
    expect(html).toContain('<details open>');
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

  it('leaves a slot for a local image and keeps a web or root image as a lazy img', () => {
    const local = renderStoryBody('![Karte](../../images/karte%20neu.png)');
    expect(local.images).toEqual([{ src: '../../images/karte neu.png', alt: 'Karte' }]);
    expect(local.html).toBe('<p><!--image 0--></p>');
    for (const src of ['https://example.org/a.png', '/a.png']) {
      const { html, images } = renderStoryBody(`![Bild](${src})`);
      expect(images).toEqual([]);
      expect(html).toBe(`<p><img src="${src}" alt="Bild" loading="lazy" decoding="async"></p>`);
    }
  });

  it('writes readable markers for its slots', () => {
    const { html, slots } = renderStoryBody('<Quote actor="eco">\nZitat.\n</Quote>\n\n![A](./a.png)');
    expect(slots.map((slot) => html.slice(slot.start, slot.end))).toEqual(['<!--quote-->', '<!--image 0-->']);
  });

  it('titles a callout only when the title is not empty, and reads paraphrase="false" as false', () => {
    expect(renderStoryBody('<Callout title="">\nText\n</Callout>').html).toBe('<aside class="callout note"><p>Text</p></aside>');
    expect(renderStoryBody('<Quote actor="eco" paraphrase="false">\nZitat.\n</Quote>').slots[0]).toMatchObject({ quote: { actor: 'eco', paraphrase: false } });
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
    expect(messages('<a href=" javascript:alert(1)-and-more-text">A</a>')).toEqual(['<a href=" javascript:alert(1)…">: script and data URLs are not allowed']);
  });

  it('allows attributes that merely contain "on" and URLs that merely mention a scheme', () => {
    const { html } = renderStoryBody('<abbr aria-description="Nation" title="see javascript:">A</abbr>');
    expect(html).toContain('aria-description="Nation"');
  });
});
