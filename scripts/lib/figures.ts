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

export interface Figure {
  /** File name without language and extension. */
  name: string;
  render(lang: Lang, fonts: CardFonts): string;
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
    return frame(
      `${band}\n  ${axis}\n  ${rows}`,
      lang === 'de' ? 'Digitale Souveränität: Meilensteine 2025–2026' : 'Digital sovereignty: milestones 2025–2026',
      lang === 'de' ? 'Hervorgehoben: die Woche vom 14. bis 17. Februar 2026. Farben: Thema des Ereignisses.' : 'Highlighted: the week of 14 to 17 February 2026. Colours: the topic of each event.',
      fonts,
      SITE,
    );
  },
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
  <text x="${FIGURE_WIDTH / 2}" y="250" text-anchor="middle" font-family="${FAMILY}" font-size="32" font-weight="bold" fill="#ffffff">${escapeXml(lang === 'de' ? 'Souveräne Technologie-Allianz' : 'Sovereign Technology Alliance')}</text>`;
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
    const foot = lang === 'de'
      ? 'Unterzeichnet am 14. Februar 2026 in München; baut auf der Canada-Germany Digital Alliance vom Dezember 2025 auf.'
      : 'Signed on 14 February 2026 in Munich; builds on the Canada-Germany Digital Alliance of December 2025.';
    return frame(
      `${hub}\n  ${boxes}\n  ${textBlock([foot], 80, FIGURE_HEIGHT - 60, 24, 30, `fill="${MUTED}"`)}`,
      lang === 'de' ? 'Deutschland und Kanada: drei Arbeitsfelder' : 'Germany and Canada: three fields of work',
      lang === 'de' ? 'Worauf sich die Souveräne Technologie-Allianz konzentriert' : 'What the Sovereign Technology Alliance focuses on',
      fonts,
      color,
    );
  },
};

/* The BMDS budget for 2026 as a key figure. */

const budgetFigure: Figure = {
  name: 'bmds-budget-2026',
  render(lang, fonts) {
    const color = TOPICS.budget.color;
    const figure = lang === 'de' ? 'rund 1,36 Mrd. €' : 'about €1.36 billion';
    const label = lang === 'de' ? 'Etat des BMDS für das Jahr 2026' : 'BMDS budget for 2026';
    const facts =
      lang === 'de'
        ? ['Gegründet im Mai 2025, Minister: Karsten Wildberger', 'Selbstverständnis: Impulsgeber statt Regulierer', 'Kritik des Verbands eco: ohne erhebliche zusätzliche Innovationsinvestitionen eher „Koordinator als Gestalter“']
        : ['Founded in May 2025, minister: Karsten Wildberger', 'Sees itself as a driver, not a regulator', 'Criticism from the eco association: without substantial extra investment in innovation, “more coordinator than shaper”'];
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
      lang === 'de' ? 'Digitalministerium: der Haushalt 2026' : 'Digital ministry: the 2026 budget',
      lang === 'de' ? 'Bundesministerium für Digitales und Staatsmodernisierung (BMDS)' : 'Federal Ministry for Digital Transformation and Government Modernisation (BMDS)',
      fonts,
      color,
    );
  },
};

export const FIGURES: Figure[] = [timelineFigure, allianceFigure, budgetFigure];

export function figureFileName(figure: Figure, lang: Lang): string {
  return `${figure.name}-${lang}.png`;
}
