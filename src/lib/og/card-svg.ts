import { fitText, type Measure } from './text-fit';

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

const FAMILY = 'DejaVu Sans';
const PAD_X = 96;
const TEXT_WIDTH = CARD_WIDTH - 2 * PAD_X;
const TITLE_TOP = 170;
const FOOTER_RULE = 520;
/** Font sizes for the title: long German compounds step down until the title fits. */
export const TITLE_SIZES = [68, 62, 56, 50, 46, 42, 38] as const;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function textLines(lines: string[], x: number, firstBaseline: number, lineHeight: number): string {
  return lines
    .map((line, index) => `<tspan x="${x}" y="${(firstBaseline + index * lineHeight).toFixed(1)}">${escapeXml(line)}</tspan>`)
    .join('');
}

/** The card as SVG; text is measured with the shipped font's metrics and wrapped to fit. */
export function renderCardSvg(content: CardContent, fonts: CardFonts): string {
  const subtitleSpace = content.subtitle ? 120 : 0;
  const titleBox = FOOTER_RULE - 40 - TITLE_TOP - subtitleSpace;
  const title = fitText(
    content.title,
    { maxWidth: TEXT_WIDTH, maxHeight: titleBox, sizes: TITLE_SIZES, lineHeight: 1.18 },
    fonts.bold,
  );
  const titleBaseline = TITLE_TOP + title.fontSize;
  const titleBottom = TITLE_TOP + title.lines.length * title.lineHeight;
  const subtitle = content.subtitle
    ? fitText(content.subtitle, { maxWidth: TEXT_WIDTH, maxHeight: 84, sizes: [30, 27, 25], lineHeight: 1.3 }, fonts.regular)
    : undefined;
  const eyebrow = fitText(content.eyebrow.toUpperCase(), { maxWidth: TEXT_WIDTH, maxHeight: 40, sizes: [28, 24, 20], lineHeight: 1.2 }, fonts.bold);

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
  <rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#fbfaf7"/>
  <rect width="24" height="${CARD_HEIGHT}" fill="${content.color}"/>
  <rect x="${CARD_WIDTH - 260}" y="0" width="260" height="12" fill="${content.color}" opacity="0.35"/>
  <text font-family="${FAMILY}" font-weight="bold" font-size="${eyebrow.fontSize}" letter-spacing="2" fill="${content.color}">${textLines(eyebrow.lines, PAD_X, 112, eyebrow.lineHeight)}</text>
  <text font-family="${FAMILY}" font-weight="bold" font-size="${title.fontSize}" fill="#16202c">${textLines(title.lines, PAD_X, titleBaseline, title.lineHeight)}</text>
  ${
    subtitle
      ? `<text font-family="${FAMILY}" font-size="${subtitle.fontSize}" fill="#4a5563">${textLines(subtitle.lines, PAD_X, titleBottom + 24 + subtitle.fontSize, subtitle.lineHeight)}</text>`
      : ''
  }
  <rect x="${PAD_X}" y="${FOOTER_RULE}" width="${TEXT_WIDTH}" height="3" fill="${content.color}"/>
  <text x="${PAD_X}" y="${FOOTER_RULE + 62}" font-family="${FAMILY}" font-weight="bold" font-size="32" fill="#16202c">${escapeXml(content.siteName)}</text>
  ${
    content.meta
      ? `<text x="${CARD_WIDTH - PAD_X}" y="${FOOTER_RULE + 62}" text-anchor="end" font-family="${FAMILY}" font-size="28" fill="#4a5563">${escapeXml(content.meta)}</text>`
      : ''
  }
</svg>`;
}
