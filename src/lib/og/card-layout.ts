// `.ts` paths: the card workers load this file outside Vite.
import { mixColors } from './colors.ts';
import { fitText, type Measure } from './text-fit.ts';

/** Open Graph card size recommended by Facebook, LinkedIn and X. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardContent {
  /** Small label above the title (topic, section). */
  eyebrow: string;
  title: string;
  /** Optional smaller text under the title. */
  subtitle?: string;
  /** Bottom left. */
  siteName: string;
  /** Bottom right, e.g. the formatted publication date. */
  meta?: string;
  /** Accent colour (`#rrggbb`), the topic's colour for stories and topics. */
  color: string;
}

export interface CardFonts {
  regular: Measure;
  bold: Measure;
}

/** A filled rectangle in one solid colour. */
interface CardBox {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

/** One line of text; `y` is the baseline, `x` the left edge (or the right edge when aligned right). */
interface CardText {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: 'regular' | 'bold';
  color: string;
  align: 'left' | 'right';
  letterSpacing: number;
}

/**
 * What a card shows, as plain data: the painter draws it, the card store hashes it. Text is
 * data here, never markup, so a hostile title cannot become anything but letters.
 */
export interface CardLayout {
  width: number;
  height: number;
  background: string;
  boxes: CardBox[];
  texts: CardText[];
}

export const CARD_BACKGROUND = '#fbfaf7';
const INK = '#16202c';
const MUTED_INK = '#4a5563';
const PAD_X = 96;
const TEXT_WIDTH = CARD_WIDTH - 2 * PAD_X;
const TITLE_TOP = 170;
const FOOTER_RULE = 520;
const FOOTER_BASELINE = FOOTER_RULE + 62;
/** Font sizes for the title: long German compounds step down until the title fits. */
export const TITLE_SIZES = [68, 62, 56, 50, 46, 42, 38] as const;

function lines(
  texts: string[],
  first: Omit<CardText, 'text' | 'y'> & { y: number },
  lineHeight: number,
): CardText[] {
  return texts.map((text, index) => ({ ...first, text, y: Math.round((first.y + index * lineHeight) * 10) / 10 }));
}

/** Lays the card out: text is measured with the shipped font's metrics and wrapped to fit. */
export function layoutCard(content: CardContent, fonts: CardFonts): CardLayout {
  const subtitleSpace = content.subtitle ? 120 : 0;
  const titleBox = FOOTER_RULE - 40 - TITLE_TOP - subtitleSpace;
  const title = fitText(
    content.title,
    { maxWidth: TEXT_WIDTH, maxHeight: titleBox, sizes: TITLE_SIZES, lineHeight: 1.18 },
    fonts.bold,
  );
  const titleBottom = TITLE_TOP + title.lines.length * title.lineHeight;
  const eyebrow = fitText(
    content.eyebrow.toUpperCase(),
    { maxWidth: TEXT_WIDTH, maxHeight: 40, sizes: [28, 24, 20], lineHeight: 1.2 },
    fonts.bold,
  );
  const base = { x: PAD_X, align: 'left', letterSpacing: 0 } as const;
  const texts: CardText[] = [
    ...lines(eyebrow.lines, { ...base, y: 112, size: eyebrow.fontSize, weight: 'bold', color: content.color, letterSpacing: 2 }, eyebrow.lineHeight),
    ...lines(title.lines, { ...base, y: TITLE_TOP + title.fontSize, size: title.fontSize, weight: 'bold', color: INK }, title.lineHeight),
  ];
  if (content.subtitle) {
    const subtitle = fitText(content.subtitle, { maxWidth: TEXT_WIDTH, maxHeight: 84, sizes: [30, 27, 25], lineHeight: 1.3 }, fonts.regular);
    texts.push(
      ...lines(subtitle.lines, { ...base, y: titleBottom + 24 + subtitle.fontSize, size: subtitle.fontSize, weight: 'regular', color: MUTED_INK }, subtitle.lineHeight),
    );
  }
  texts.push({ ...base, text: content.siteName, y: FOOTER_BASELINE, size: 32, weight: 'bold', color: INK });
  if (content.meta) {
    texts.push({ ...base, text: content.meta, x: CARD_WIDTH - PAD_X, y: FOOTER_BASELINE, size: 28, weight: 'regular', color: MUTED_INK, align: 'right' });
  }
  return {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    background: CARD_BACKGROUND,
    boxes: [
      { x: 0, y: 0, width: 24, height: CARD_HEIGHT, color: content.color },
      // The accent at 35 % over the background, as a solid colour: the palette stays exact.
      { x: CARD_WIDTH - 260, y: 0, width: 260, height: 12, color: mixColors(CARD_BACKGROUND, content.color, 0.35) },
      { x: PAD_X, y: FOOTER_RULE, width: TEXT_WIDTH, height: 3, color: content.color },
    ],
    texts,
  };
}
