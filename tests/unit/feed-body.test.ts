import { describe, expect, it } from 'vitest';
import { renderFeedBody } from '../../src/lib/feed-body';

const ctx = {
  storyUrl: 'https://example.eu/de/artikel/x/',
  image: (index: number) => ({ url: `https://example.eu/_astro/img${index}.webp`, alt: 'Grafik "A" & B' }),
  actor: (id: string) => ({ name: `Name <${id}>`, url: `https://example.eu/de/akteure/${id}/` }),
  paraphrase: 'sinngemäß',
};

describe('renderFeedBody', () => {
  it('makes links and images absolute and leaves absolute ones alone', () => {
    const html = renderFeedBody(
      [{ html: '<p><a href="/de/themen/">T</a> <a href="../y/">Y</a> <a href="#q">Q</a> <a href="https://other.eu/?a=1&amp;b=2">O</a> <img src="pic.png" alt=""></p>' }],
      ctx,
    );
    expect(html).toBe(
      '<p><a href="https://example.eu/de/themen/">T</a> <a href="https://example.eu/de/artikel/y/">Y</a> <a href="https://example.eu/de/artikel/x/#q">Q</a> <a href="https://other.eu/?a=1&amp;b=2">O</a> <img src="https://example.eu/de/artikel/x/pic.png" alt=""></p>',
    );
  });

  it('fills image and quote slots with escaped, absolute markup', () => {
    const html = renderFeedBody([{ html: '<p>a</p>' }, { image: 0 }, { quote: { actor: 'eco', paraphrase: true } }], ctx);
    expect(html).toBe(
      '<p>a</p><img src="https://example.eu/_astro/img0.webp" alt="Grafik &quot;A&quot; &amp; B">— <a href="https://example.eu/de/akteure/eco/">Name &lt;eco&gt;</a>, sinngemäß',
    );
  });
});
