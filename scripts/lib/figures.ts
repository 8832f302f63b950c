import type { Lang } from '../../src/i18n/config';
import type { CardFonts } from '../../src/lib/og/card-layout';
import { escapeXml } from '../../src/lib/og/escape-xml';
import { fitText, wrapText } from '../../src/lib/og/text-fit';
import { TOPICS, type TopicId } from '../../src/lib/topics';

/**
 * Story figures drawn with code: every fact comes from the source reports in shared/sources
 * (and the stories written from them). Each figure exists in both languages.
 */
const FIGURE_WIDTH = 1600;
const FIGURE_HEIGHT = 900;

const FAMILY = 'DejaVu Sans';
const INK = '#16202c';
const MUTED = '#4a5563';
const PAPER = '#fbfaf7';
const SITE = '#17457a';

/**
 * The phone variant's width: shown about 290–600 CSS px wide, so its lettering (at least 26 px)
 * reads at 13 px or more, where the wide figure's would be about 5 px.
 */
export const NARROW_WIDTH = 640;
const NARROW_MARGIN = 40;
const NARROW_TEXT = NARROW_WIDTH - 2 * NARROW_MARGIN;

export interface Figure {
  /** File name without language and extension. */
  name: string;
  render(lang: Lang, fonts: CardFonts): string;
  /** The same facts laid out for a phone: one column, larger lettering, as tall as it needs. */
  renderNarrow(lang: Lang, fonts: CardFonts): string;
}

function textBlock(
  lines: string[],
  x: number,
  y: number,
  size: number,
  lineHeight: number,
  attrs: string,
): string {
  const spans = lines.map((line, i) => `<tspan x="${x}" y="${(y + i * lineHeight).toFixed(1)}">${escapeXml(line)}</tspan>`).join('');
  return `<text font-family="${FAMILY}" font-size="${size}" ${attrs}>${spans}</text>`;
}

function frame(body: string, title: string, subtitle: string, fonts: CardFonts, accent: string): string {
  const heading = fitText(title, { maxWidth: FIGURE_WIDTH - 160, maxHeight: 60, sizes: [48, 44, 40], lineHeight: 1.2 }, fonts.bold);
  const sub = wrapText(subtitle, FIGURE_WIDTH - 160, 26, fonts.regular).slice(0, 1);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${FIGURE_WIDTH}" height="${FIGURE_HEIGHT}" viewBox="0 0 ${FIGURE_WIDTH} ${FIGURE_HEIGHT}">
  <rect width="${FIGURE_WIDTH}" height="${FIGURE_HEIGHT}" fill="${PAPER}"/>
  <rect width="${FIGURE_WIDTH}" height="10" fill="${accent}"/>
  ${textBlock(heading.lines, 80, 96, heading.fontSize, heading.lineHeight, `font-weight="bold" fill="${INK}"`)}
  ${textBlock(sub, 80, 140, 26, 32, `fill="${MUTED}"`)}
  ${body}
</svg>`;
}

/**
 * The phone frame: heading and subtitle wrapped to the width, then the body, which `body` lays
 * out from the given top and returns with the height it used.
 */
function narrowFrame(
  title: string,
  subtitle: string,
  fonts: CardFonts,
  accent: string,
  body: (top: number) => { svg: string; bottom: number },
): string {
  const heading = wrapText(title, NARROW_TEXT, 40, fonts.bold);
  const sub = wrapText(subtitle, NARROW_TEXT, 26, fonts.regular);
  const headingTop = 76;
  const subTop = headingTop + (heading.length - 1) * 48 + 44;
  const { svg, bottom } = body(subTop + (sub.length - 1) * 34 + 56);
  const height = Math.ceil(bottom + NARROW_MARGIN);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${NARROW_WIDTH}" height="${height}" viewBox="0 0 ${NARROW_WIDTH} ${height}">
  <rect width="${NARROW_WIDTH}" height="${height}" fill="${PAPER}"/>
  <rect width="${NARROW_WIDTH}" height="10" fill="${accent}"/>
  ${textBlock(heading, NARROW_MARGIN, headingTop, 40, 48, `font-weight="bold" fill="${INK}"`)}
  ${textBlock(sub, NARROW_MARGIN, subTop, 26, 34, `fill="${MUTED}"`)}
  ${svg}
</svg>`;
}

/* Timeline: milestones 2025–2026, the week of 14–17 February highlighted. */

interface Milestone {
  when: Record<Lang, string>;
  what: Record<Lang, string>;
  topic: TopicId;
  /** Part of the week the digests cover. */
  week: boolean;
}

const MILESTONES: Milestone[] = [
  { when: { de: 'Mai 2025', en: 'May 2025' }, what: { de: 'Das Bundesministerium für Digitales und Staatsmodernisierung (BMDS) wird gegründet', en: 'The Federal Ministry for Digital Transformation and Government Modernisation (BMDS) is founded' }, topic: 'budget', week: false },
  { when: { de: 'Dez. 2025', en: 'Dec 2025' }, what: { de: 'Deutschland und Kanada starten die Canada-Germany Digital Alliance', en: 'Germany and Canada launch the Canada-Germany Digital Alliance' }, topic: 'alliance', week: false },
  { when: { de: 'Jan. 2026', en: 'Jan 2026' }, what: { de: 'NRC und BMBF kündigen eine gemeinsame Ausschreibung zu Quantentechnologien an', en: 'NRC and BMBF announce a joint call on quantum technologies' }, topic: 'alliance', week: false },
  { when: { de: 'Sa., 14. Feb. 2026', en: 'Sat 14 Feb 2026' }, what: { de: 'Wildberger und Solomon unterzeichnen in München die Souveräne Technologie-Allianz', en: 'Wildberger and Solomon sign the Sovereign Technology Alliance in Munich' }, topic: 'alliance', week: true },
  { when: { de: 'Mo., 16. Feb. 2026', en: 'Mon 16 Feb 2026' }, what: { de: 'HENSOLDT und Schwarz Digits kündigen eine souveräne Cloud für die Bundeswehr an', en: 'HENSOLDT and Schwarz Digits announce a sovereign cloud for the Bundeswehr' }, topic: 'defence-cloud', week: true },
  { when: { de: 'Di., 17. Feb. 2026', en: 'Tue 17 Feb 2026' }, what: { de: 'Finanzminister Klingbeil mahnt Tempo beim digitalen Euro an', en: 'Finance minister Klingbeil urges speed on the digital euro' }, topic: 'digital-euro', week: true },
  { when: { de: 'Mai 2026', en: 'May 2026' }, what: { de: 'Gigabit-Gipfel des BMDS: Glasfaserausbau und EU-KI-Gesetz', en: 'BMDS Gigabit Summit: fibre roll-out and the EU AI Act' }, topic: 'budget', week: false },
  { when: { de: 'Sep. 2026', en: 'Sep 2026' }, what: { de: 'Deutschland ist „Country of the Year“ der Konferenz All In in Montréal', en: 'Germany is “Country of the Year” at the All In conference in Montréal' }, topic: 'alliance', week: false },
];

const timelineFigure: Figure = {
  name: 'timeline-2025-2026',
  render(lang, fonts) {
    const top = 200;
    const step = (FIGURE_HEIGHT - top - 40) / MILESTONES.length;
    const axisX = 470;
    const weekStart = MILESTONES.findIndex((m) => m.week);
    const weekEnd = MILESTONES.findLastIndex((m) => m.week);
    const band = `<rect x="60" y="${top + weekStart * step - 6}" width="${FIGURE_WIDTH - 120}" height="${(weekEnd - weekStart + 1) * step}" rx="10" fill="${SITE}" opacity="0.07"/>`;
    const rows = MILESTONES.map((m, i) => {
      const y = top + i * step + step / 2;
      const color = TOPICS[m.topic].color;
      const measure = m.week ? fonts.bold : fonts.regular;
      const what = fitText(m.what[lang], { maxWidth: FIGURE_WIDTH - axisX - 150, maxHeight: step - 8, sizes: [26, 24, 22], lineHeight: 1.25 }, measure);
      const textTop = y - ((what.lines.length - 1) * what.lineHeight) / 2 + what.fontSize * 0.35;
      return `<text x="${axisX - 40}" y="${y + 9}" text-anchor="end" font-family="${FAMILY}" font-size="26" font-weight="bold" fill="${m.week ? INK : MUTED}">${escapeXml(m.when[lang])}</text>
  <circle cx="${axisX}" cy="${y}" r="${m.week ? 15 : 11}" fill="${color}" stroke="${PAPER}" stroke-width="4"/>
  ${textBlock(what.lines, axisX + 45, textTop, what.fontSize, what.lineHeight, `fill="${INK}"${m.week ? ' font-weight="bold"' : ''}`)}`;
    }).join('\n  ');
    const axis = `<rect x="${axisX - 2}" y="${top + step / 2}" width="4" height="${(MILESTONES.length - 1) * step}" fill="#c9c5bb"/>`;
    return frame(`${band}\n  ${axis}\n  ${rows}`, TIMELINE_TITLE[lang], TIMELINE_SUBTITLE[lang], fonts, SITE);
  },
  renderNarrow(lang, fonts) {
    return narrowFrame(TIMELINE_TITLE[lang], TIMELINE_SUBTITLE[lang], fonts, SITE, (top) => {
      const axisX = NARROW_MARGIN + 16;
      const textX = axisX + 40;
      const textWidth = NARROW_WIDTH - NARROW_MARGIN - textX;
      let y = top;
      const dots: number[] = [];
      const week: number[] = [];
      const rows = MILESTONES.map((m) => {
        const what = wrapText(m.what[lang], textWidth, 28, m.week ? fonts.bold : fonts.regular);
        const rowTop = y;
        const rowHeight = 36 + what.length * 36 + 8;
        y += rowHeight + 18;
        dots.push(rowTop + 10);
        if (m.week) week.push(rowTop - 30, rowTop + rowHeight - 12);
        return `<circle cx="${axisX}" cy="${rowTop - 9}" r="${m.week ? 13 : 10}" fill="${TOPICS[m.topic].color}" stroke="${PAPER}" stroke-width="4"/>
  <text x="${textX}" y="${rowTop}" font-family="${FAMILY}" font-size="28" font-weight="bold" fill="${m.week ? INK : MUTED}">${escapeXml(m.when[lang])}</text>
  ${textBlock(what, textX, rowTop + 40, 28, 36, `fill="${INK}"${m.week ? ' font-weight="bold"' : ''}`)}`;
      });
      const axis = `<rect x="${axisX - 2}" y="${dots[0]! - 19}" width="4" height="${dots.at(-1)! - dots[0]!}" fill="#c9c5bb"/>`;
      const band = `<rect x="${NARROW_MARGIN - 16}" y="${Math.min(...week)}" width="${NARROW_TEXT + 32}" height="${Math.max(...week) - Math.min(...week)}" rx="10" fill="${SITE}" opacity="0.07"/>`;
      return { svg: `${band}\n  ${axis}\n  ${rows.join('\n  ')}`, bottom: y - 40 };
    });
  },
};

const TIMELINE_TITLE: Record<Lang, string> = { de: 'Digitale Souveränität: Meilensteine 2025–2026', en: 'Digital sovereignty: milestones 2025–2026' };
const TIMELINE_SUBTITLE: Record<Lang, string> = {
  de: 'Hervorgehoben: die Woche vom 14. bis 17. Februar 2026. Farben: Thema des Ereignisses.',
  en: 'Highlighted: the week of 14 to 17 February 2026. Colours: the topic of each event.',
};

/* The alliance's three focus fields. */

const FIELDS: Record<Lang, { title: string; text: string }[]> = {
  de: [
    { title: 'Sichere Rechen­kapazitäten', text: 'Ausbau sicherer Recheninfrastruktur, weniger Abhängigkeit von Hyperscalern außerhalb der EU' },
    { title: 'KI in den Markt bringen', text: 'Verantwortete Kommerzialisierung von KI, Schwerpunkt „safe by design“, etwa mit LawZero' },
    { title: 'Fachkräfte gewinnen', text: 'Die Lücke bei Fachkräften schließen, Talente in beiden Ländern fördern' },
  ],
  en: [
    { title: 'Secure computing capacity', text: 'Building secure computing infrastructure, less dependence on hyperscalers outside the EU' },
    { title: 'Bringing AI to market', text: 'Responsible commercialisation of AI with a focus on “safe by design”, for example with LawZero' },
    { title: 'Closing the skills gap', text: 'Closing the gap in skilled workers and developing talent in both countries' },
  ],
};

const allianceFigure: Figure = {
  name: 'alliance-focus-fields',
  render(lang, fonts) {
    const color = TOPICS.alliance.color;
    const gap = 40;
    const boxWidth = (FIGURE_WIDTH - 160 - 2 * gap) / 3;
    const boxTop = 330;
    const boxHeight = 420;
    const hub = `<rect x="${FIGURE_WIDTH / 2 - 420}" y="200" width="840" height="76" rx="38" fill="${color}"/>
  <text x="${FIGURE_WIDTH / 2}" y="250" text-anchor="middle" font-family="${FAMILY}" font-size="32" font-weight="bold" fill="#ffffff">${escapeXml(ALLIANCE_NAME[lang])}</text>`;
    const boxes = FIELDS[lang].map((field, i) => {
      const x = 80 + i * (boxWidth + gap);
      const title = fitText(field.title.replace(/\u00ad/g, ''), { maxWidth: boxWidth - 60, maxHeight: 90, sizes: [34, 30, 28], lineHeight: 1.2 }, fonts.bold);
      const text = fitText(field.text, { maxWidth: boxWidth - 60, maxHeight: 190, sizes: [26, 24, 22], lineHeight: 1.35 }, fonts.regular);
      return `<path d="M${FIGURE_WIDTH / 2} 276 C ${FIGURE_WIDTH / 2} 305, ${x + boxWidth / 2} 300, ${x + boxWidth / 2} ${boxTop}" fill="none" stroke="${color}" stroke-width="4"/>
  <rect x="${x}" y="${boxTop}" width="${boxWidth}" height="${boxHeight}" rx="16" fill="#ffffff" stroke="${color}" stroke-width="3"/>
  <circle cx="${x + 60}" cy="${boxTop + 70}" r="32" fill="${color}"/>
  <text x="${x + 60}" y="${boxTop + 83}" text-anchor="middle" font-family="${FAMILY}" font-size="36" font-weight="bold" fill="#ffffff">${i + 1}</text>
  ${textBlock(title.lines, x + 30, boxTop + 150 + title.fontSize * 0.3, title.fontSize, title.lineHeight, `font-weight="bold" fill="${INK}"`)}
  ${textBlock(text.lines, x + 30, boxTop + 170 + title.lines.length * title.lineHeight + 10, text.fontSize, text.lineHeight, `fill="${MUTED}"`)}`;
    }).join('\n  ');
    return frame(
      `${hub}\n  ${boxes}\n  ${textBlock([ALLIANCE_FOOT[lang]], 80, FIGURE_HEIGHT - 60, 24, 30, `fill="${MUTED}"`)}`,
      ALLIANCE_TITLE[lang],
      ALLIANCE_SUBTITLE[lang],
      fonts,
      color,
    );
  },
  renderNarrow(lang, fonts) {
    const color = TOPICS.alliance.color;
    return narrowFrame(ALLIANCE_TITLE[lang], ALLIANCE_SUBTITLE[lang], fonts, color, (top) => {
      const hubName = wrapText(ALLIANCE_NAME[lang], NARROW_TEXT - 60, 30, fonts.bold);
      const hubHeight = 30 + hubName.length * 38;
      const hub = `<rect x="${NARROW_MARGIN}" y="${top}" width="${NARROW_TEXT}" height="${hubHeight}" rx="${Math.min(38, hubHeight / 2)}" fill="${color}"/>
  ${textBlock(hubName, NARROW_WIDTH / 2, top + 48, 30, 38, 'font-weight="bold" fill="#ffffff" text-anchor="middle"')}`;
      let y = top + hubHeight + 32;
      const boxes = FIELDS[lang].map((field, i) => {
        const title = wrapText(field.title.replace(/\u00ad/g, ''), NARROW_TEXT - 150, 32, fonts.bold);
        const text = wrapText(field.text, NARROW_TEXT - 60, 28, fonts.regular);
        const titleHeight = Math.max(64, title.length * 40);
        const height = 36 + titleHeight + 16 + text.length * 37 + 20;
        const boxTop = y;
        y += height + 24;
        return `<rect x="${NARROW_MARGIN}" y="${boxTop}" width="${NARROW_TEXT}" height="${height}" rx="16" fill="#ffffff" stroke="${color}" stroke-width="3"/>
  <circle cx="${NARROW_MARGIN + 62}" cy="${boxTop + 36 + 32}" r="30" fill="${color}"/>
  <text x="${NARROW_MARGIN + 62}" y="${boxTop + 36 + 44}" text-anchor="middle" font-family="${FAMILY}" font-size="34" font-weight="bold" fill="#ffffff">${i + 1}</text>
  ${textBlock(title, NARROW_MARGIN + 110, boxTop + 36 + 32 + 11 - ((title.length - 1) * 40) / 2, 32, 40, `font-weight="bold" fill="${INK}"`)}
  ${textBlock(text, NARROW_MARGIN + 30, boxTop + 36 + titleHeight + 16 + 26, 28, 37, `fill="${MUTED}"`)}`;
      });
      const foot = wrapText(ALLIANCE_FOOT[lang], NARROW_TEXT, 26, fonts.regular);
      const footSvg = textBlock(foot, NARROW_MARGIN, y + 16, 26, 34, `fill="${MUTED}"`);
      return { svg: `${hub}\n  ${boxes.join('\n  ')}\n  ${footSvg}`, bottom: y + 16 + (foot.length - 1) * 34 };
    });
  },
};

const ALLIANCE_NAME: Record<Lang, string> = { de: 'Souveräne Technologie-Allianz', en: 'Sovereign Technology Alliance' };
const ALLIANCE_TITLE: Record<Lang, string> = { de: 'Deutschland und Kanada: drei Arbeitsfelder', en: 'Germany and Canada: three fields of work' };
const ALLIANCE_SUBTITLE: Record<Lang, string> = { de: 'Worauf sich die Souveräne Technologie-Allianz konzentriert', en: 'What the Sovereign Technology Alliance focuses on' };
const ALLIANCE_FOOT: Record<Lang, string> = {
  de: 'Unterzeichnet am 14. Februar 2026 in München; baut auf der Canada-Germany Digital Alliance vom Dezember 2025 auf.',
  en: 'Signed on 14 February 2026 in Munich; builds on the Canada-Germany Digital Alliance of December 2025.',
};

/* The BMDS budget for 2026 as a key figure. */

const budgetFigure: Figure = {
  name: 'bmds-budget-2026',
  render(lang, fonts) {
    const color = TOPICS.budget.color;
    const { figure, label, facts } = BUDGET[lang];
    const size = fitText(figure, { maxWidth: 1300, maxHeight: 170, sizes: [150, 130, 110], lineHeight: 1 }, fonts.bold).fontSize;
    let y = 410 + size;
    const list = facts.map((fact) => {
      const lines = wrapText(fact, FIGURE_WIDTH - 240, 28, fonts.regular);
      const block = `<rect x="80" y="${y - 22}" width="14" height="14" fill="${color}"/>
  ${textBlock(lines, 120, y, 28, 36, `fill="${INK}"`)}`;
      y += lines.length * 36 + 22;
      return block;
    }).join('\n  ');
    return frame(
      `<text x="80" y="${230 + size}" font-family="${FAMILY}" font-size="${size}" font-weight="bold" fill="${color}">${escapeXml(figure)}</text>
  <text x="84" y="${300 + size}" font-family="${FAMILY}" font-size="40" font-weight="bold" fill="${INK}">${escapeXml(label)}</text>
  <rect x="80" y="${340 + size}" width="${FIGURE_WIDTH - 160}" height="3" fill="${color}"/>
  ${list}`,
      BUDGET[lang].title,
      BUDGET[lang].subtitle,
      fonts,
      color,
    );
  },
  renderNarrow(lang, fonts) {
    const color = TOPICS.budget.color;
    const { figure, label, facts, title, subtitle } = BUDGET[lang];
    return narrowFrame(title, subtitle, fonts, color, (top) => {
      // One line when it fits at a size that still stands out; a key figure split in two reads badly.
      const oneLine = fitText(figure, { maxWidth: NARROW_TEXT, maxHeight: 90, sizes: [84, 76, 68, 60, 54, 48], lineHeight: 1.05 }, fonts.bold);
      const big = oneLine.truncated ? fitText(figure, { maxWidth: NARROW_TEXT, maxHeight: 180, sizes: [84, 76, 68], lineHeight: 1.05 }, fonts.bold) : oneLine;
      const figureY = top + big.fontSize * 0.8;
      const labelLines = wrapText(label, NARROW_TEXT, 32, fonts.bold);
      const labelY = figureY + (big.lines.length - 1) * big.lineHeight + 56;
      const ruleY = labelY + (labelLines.length - 1) * 40 + 28;
      let y = ruleY + 60;
      const list = facts.map((fact) => {
        const lines = wrapText(fact, NARROW_TEXT - 40, 28, fonts.regular);
        const block = `<rect x="${NARROW_MARGIN}" y="${y - 20}" width="14" height="14" fill="${color}"/>
  ${textBlock(lines, NARROW_MARGIN + 40, y, 28, 37, `fill="${INK}"`)}`;
        y += lines.length * 37 + 22;
        return block;
      });
      return {
        svg: `${textBlock(big.lines, NARROW_MARGIN, figureY, big.fontSize, big.lineHeight, `font-weight="bold" fill="${color}"`)}
  ${textBlock(labelLines, NARROW_MARGIN, labelY, 32, 40, `font-weight="bold" fill="${INK}"`)}
  <rect x="${NARROW_MARGIN}" y="${ruleY}" width="${NARROW_TEXT}" height="3" fill="${color}"/>
  ${list.join('\n  ')}`,
        bottom: y - 50,
      };
    });
  },
};

const BUDGET: Record<Lang, { title: string; subtitle: string; figure: string; label: string; facts: string[] }> = {
  de: {
    title: 'Digitalministerium: der Haushalt 2026',
    subtitle: 'Bundesministerium für Digitales und Staatsmodernisierung (BMDS)',
    figure: 'rund 1,36 Mrd. €',
    label: 'Etat des BMDS für das Jahr 2026',
    facts: ['Gegründet im Mai 2025, Minister: Karsten Wildberger', 'Selbstverständnis: Impulsgeber statt Regulierer', 'Kritik des Verbands eco: ohne erhebliche zusätzliche Innovationsinvestitionen eher „Koordinator als Gestalter“'],
  },
  en: {
    title: 'Digital ministry: the 2026 budget',
    subtitle: 'Federal Ministry for Digital Transformation and Government Modernisation (BMDS)',
    figure: 'about €1.36 billion',
    label: 'BMDS budget for 2026',
    facts: ['Founded in May 2025, minister: Karsten Wildberger', 'Sees itself as a driver, not a regulator', 'Criticism from the eco association: without substantial extra investment in innovation, “more coordinator than shaper”'],
  },
};

export const FIGURES: Figure[] = [timelineFigure, allianceFigure, budgetFigure];

export function figureFileName(figure: Figure, lang: Lang, variant: 'wide' | 'narrow' = 'wide'): string {
  return `${figure.name}-${lang}${variant === 'narrow' ? '-narrow' : ''}.png`;
}
