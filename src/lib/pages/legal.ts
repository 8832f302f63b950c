import { resources } from '../../i18n';
import type { Lang } from '../../i18n/config';
import { isPlaceholder, type Publisher } from '../content/publisher';
import { STORY_KINDS } from '../content/schema';
import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { legalUrl, type LegalPage } from '../urls';
import { buildFrame, type PageContext, type PageFrame } from './frame';

/** Text, or a filled-in value: a publisher detail (maybe still a placeholder) or a link. */
export type Part = { text: string } | { value: string; placeholder: boolean; href?: string };

export interface LegalSection {
  heading: string;
  paragraphs: Part[][];
  /** Lines of an address block, shown together. */
  address?: Part[][];
  list?: Part[][];
}

export interface LegalPageData {
  page: LegalPage;
  title: string;
  sections: LegalSection[];
  /** True while any shown detail is a placeholder (the page then says so at the top). */
  hasPlaceholders: boolean;
}

type Strings = Readonly<Record<string, string>>;

/** A UI string with `{{name}}` slots filled by parts, so a placeholder value can be marked. */
export function fillParts(template: string, values: Readonly<Record<string, Part>>): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{\{(\w+)\}\}/g)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    const value = values[match[1]!];
    if (!value) throw new Error(`UI string needs {{${match[1]}}}, which the legal page does not provide: ${template}`);
    parts.push(value);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

function detail(value: string, href?: string): Part {
  const placeholder = isPlaceholder(value);
  return { value, placeholder, ...(href && !placeholder && { href }) };
}

/**
 * What an imprint, privacy or about page shows: sections of UI strings with the publisher's
 * details filled in. `strings` is the language's raw UI strings (resources[lang]).
 */
export function buildLegalPage(page: LegalPage, lang: Lang, publisher: Publisher, strings: Strings): LegalPageData {
  const s = (key: string): string => {
    const value = strings[key];
    if (value === undefined) throw new Error(`missing UI string ${key}`);
    return value;
  };
  const para = (key: string, values: Record<string, Part> = {}) => fillParts(s(key), values);
  const link = (target: LegalPage): Part => ({ value: s(`legal.${target}.title`), placeholder: false, href: legalUrl(lang, target) });
  const email = detail(publisher.email, `mailto:${publisher.email}`);
  const address: Part[][] = [
    [detail(publisher.name)],
    [detail(publisher.address.street)],
    [detail(publisher.address.postalCode), { text: ' ' }, detail(publisher.address.city)],
    [detail(publisher.address.country[lang])],
  ];
  const sections = ((): LegalSection[] => {
    switch (page) {
      case 'imprint':
        return [
          { heading: s('legal.imprint.provider'), paragraphs: [], address },
          {
            heading: s('legal.imprint.contact'),
            paragraphs: [
              para('legal.imprint.email', { email }),
              ...(publisher.phone ? [para('legal.imprint.phone', { phone: detail(publisher.phone, `tel:${publisher.phone.replace(/[^+\d]/g, '')}`) })] : []),
              ...(publisher.vatId ? [para('legal.imprint.vatId', { vatId: detail(publisher.vatId) })] : []),
            ],
          },
          {
            heading: s('legal.imprint.responsible'),
            paragraphs: [],
            address: [[detail(publisher.responsible.name)], [detail(publisher.responsible.address)]],
          },
          { heading: s('legal.imprint.principles'), paragraphs: [para('legal.imprint.principlesText', { about: link('about') })] },
        ];
      case 'privacy':
        return [
          { heading: s('legal.privacy.controller'), paragraphs: [para('legal.privacy.controllerText')], address: [...address, [email]] },
          { heading: s('legal.privacy.none'), paragraphs: [para('legal.privacy.noneText')] },
          {
            heading: s('legal.privacy.logs'),
            paragraphs: [
              para('legal.privacy.logsText', { hostName: detail(publisher.host.name), hostAddress: detail(publisher.host.address) }),
              para('legal.privacy.logsBasis', { retention: detail(publisher.host.logRetention[lang]) }),
            ],
          },
          { heading: s('legal.privacy.search'), paragraphs: [para('legal.privacy.searchText')] },
          { heading: s('legal.privacy.language'), paragraphs: [para('legal.privacy.languageText')] },
          { heading: s('legal.privacy.rights'), paragraphs: [para('legal.privacy.rightsText', { email })] },
        ];
      case 'about':
        return [
          { heading: s('legal.about.who'), paragraphs: [para('legal.about.whoText', { publisher: detail(publisher.name), imprint: link('imprint') })] },
          { heading: s('legal.about.how'), paragraphs: [para('legal.about.howText')] },
          {
            heading: s('legal.about.kinds'),
            paragraphs: [para('legal.about.kindsText')],
            list: STORY_KINDS.map((kind) => para(`legal.about.kind.${kind}`)),
          },
          { heading: s('legal.about.languages'), paragraphs: [para('legal.about.languagesText')] },
          { heading: s('legal.about.corrections'), paragraphs: [para('legal.about.correctionsText', { email })] },
        ];
    }
  })();
  const hasPlaceholders = sections.some((section) =>
    [...section.paragraphs, ...(section.address ?? []), ...(section.list ?? [])].some((line) => line.some((part) => 'value' in part && part.placeholder)),
  );
  return { page, title: s(`legal.${page}.title`), sections, hasPlaceholders };
}

/** The routed trust page: the site's frame around the page's sections. */
export interface LegalPageView extends PageFrame, Omit<LegalPageData, 'page'> {
  kind: 'legal';
  page: LegalPage;
}

export function buildLegalPageData(route: Extract<Route, { kind: 'legal' }>, model: SiteModel, context: PageContext): LegalPageView {
  return { kind: 'legal', ...buildFrame(route, model, context), ...buildLegalPage(route.page, route.lang, model.publisher, resources[route.lang]) };
}
