/** A place in a rendered body that the page fills: a local image or a quote's attribution. */
export type SlotContent = { image: number } | { quote: { actor: string; paraphrase: boolean } };
/** Where the slot's marker sits in the body's HTML (character offsets), so no text can fake one. */
export type BodySlot = SlotContent & { start: number; end: number };

export interface RenderedBody {
  html: string;
  /** What a reader reads, as one line of plain text: for the word count and the search lead. */
  text: string;
  /** Local images in document order; `src` as written, relative to the article file. */
  images: { src: string; alt: string }[];
  slots: BodySlot[];
  /** What the body points to, for the content check: paths on this site and image files, with body lines. */
  references: {
    links: { line?: number; href: string }[];
    images: { line?: number; src: string }[];
    /** Every id the body gives (headings' own included), for links to `#fragment`s of the story. */
    ids: string[];
  };
}

export type BodyPart = { html: string } | SlotContent;

/** Cuts the body's HTML at its slots: markup to print as is, and slots for the page to render. */
export function splitStoryBody(html: string, slots: readonly BodySlot[]): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const { start, end, ...content } of [...slots].sort((a, b) => a.start - b.start)) {
    if (start > last) parts.push({ html: html.slice(last, start) });
    parts.push(content as SlotContent);
    last = end;
  }
  if (last < html.length) parts.push({ html: html.slice(last) });
  return parts;
}
