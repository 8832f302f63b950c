import type { BodyPart } from './content/body/slots';
import { escapeXml } from './og/escape-xml';

export interface FeedBodyContext {
  /** Absolute URL of the story: relative links and images in the body resolve against it. */
  storyUrl: string;
  /** Absolute URL and alt text of the body's n-th local image. */
  image: (index: number) => { url: string; alt: string };
  /** Name and absolute URL of a quoted actor. */
  actor: (id: string) => { name: string; url: string };
  /** `paraphrased` in the story's language. */
  paraphrase: string;
}

/** `href` and `src` values the renderer writes (always double-quoted), made absolute. */
const URL_ATTRIBUTE = /(\s(?:href|src))="([^"]*)"/g;

function absolutize(html: string, base: string): string {
  return html.replace(URL_ATTRIBUTE, (whole, name: string, value: string) => {
    const raw = value.replace(/&amp;/g, '&');
    if (raw.startsWith('#')) return `${name}="${escapeXml(base + raw)}"`;
    try {
      return `${name}="${escapeXml(new URL(raw, base).href)}"`;
    } catch {
      return whole;
    }
  });
}

/**
 * A story's body for feed readers (RSS `content:encoded`, JSON Feed `content_html`): the
 * rendered HTML with its slots filled as plain markup, every link and image absolute, since a
 * feed reader shows it away from the site.
 */
export function renderFeedBody(parts: readonly BodyPart[], ctx: FeedBodyContext): string {
  return parts
    .map((part) => {
      if ('html' in part) return absolutize(part.html, ctx.storyUrl);
      if ('image' in part) {
        const { url, alt } = ctx.image(part.image);
        return `<img src="${escapeXml(url)}" alt="${escapeXml(alt)}">`;
      }
      const { name, url } = ctx.actor(part.quote.actor);
      return `— <a href="${escapeXml(url)}">${escapeXml(name)}</a>${part.quote.paraphrase ? `, ${escapeXml(ctx.paraphrase)}` : ''}`;
    })
    .join('');
}
