import type { ActorKind } from '../../src/lib/content/schema';
import type { TopicId } from '../../src/lib/topics';

/** Word material for synthetic stories. Plain data; the generator combines it from a seed. */

export interface ActorSeed {
  id: string;
  kind: ActorKind;
  name: string | { de: string; en: string };
  role: { de: string; en: string };
}

export const ACTOR_SEEDS: readonly ActorSeed[] = [
  { id: 'eu-commission', kind: 'institution', name: { de: 'EU-Kommission', en: 'European Commission' }, role: { de: 'Exekutive der EU', en: 'Executive of the EU' } },
  { id: 'bundesregierung', kind: 'institution', name: { de: 'Bundesregierung', en: 'German federal government' }, role: { de: 'Regierung Deutschlands', en: 'Government of Germany' } },
  { id: 'bundeswehr', kind: 'institution', name: 'Bundeswehr', role: { de: 'Streitkräfte Deutschlands', en: 'German armed forces' } },
  { id: 'bmds', kind: 'institution', name: 'BMDS', role: { de: 'Digitalministerium', en: 'Digital ministry' } },
  { id: 'bsi', kind: 'institution', name: 'BSI', role: { de: 'IT-Sicherheitsbehörde', en: 'IT security agency' } },
  { id: 'ecb', kind: 'institution', name: { de: 'EZB', en: 'ECB' }, role: { de: 'Europäische Zentralbank', en: 'European Central Bank' } },
  { id: 'european-parliament', kind: 'institution', name: { de: 'Europäisches Parlament', en: 'European Parliament' }, role: { de: 'Parlament der EU', en: 'Parliament of the EU' } },
  { id: 'nato', kind: 'organisation', name: 'NATO', role: { de: 'Verteidigungsbündnis', en: 'Defence alliance' } },
  { id: 'gaia-x', kind: 'organisation', name: 'Gaia-X', role: { de: 'Europäische Dateninitiative', en: 'European data initiative' } },
  { id: 'eco', kind: 'organisation', name: 'eco', role: { de: 'Verband der Internetwirtschaft', en: 'Internet industry association' } },
  { id: 'bitkom', kind: 'organisation', name: 'Bitkom', role: { de: 'Digitalverband', en: 'Digital industry association' } },
  { id: 'stackit', kind: 'organisation', name: 'STACKIT', role: { de: 'Europäischer Cloud-Anbieter', en: 'European cloud provider' } },
  { id: 'hensoldt', kind: 'organisation', name: 'HENSOLDT', role: { de: 'Rüstungselektronik', en: 'Defence electronics maker' } },
  { id: 'schwarz-digits', kind: 'organisation', name: 'Schwarz Digits', role: { de: 'IT-Sparte der Schwarz-Gruppe', en: 'IT arm of the Schwarz group' } },
  { id: 'ovhcloud', kind: 'organisation', name: 'OVHcloud', role: { de: 'Französischer Cloud-Anbieter', en: 'French cloud provider' } },
  { id: 'sap', kind: 'organisation', name: 'SAP', role: { de: 'Softwarekonzern', en: 'Software company' } },
  { id: 'germany', kind: 'country', name: { de: 'Deutschland', en: 'Germany' }, role: { de: 'EU-Mitgliedstaat', en: 'EU member state' } },
  { id: 'france', kind: 'country', name: { de: 'Frankreich', en: 'France' }, role: { de: 'EU-Mitgliedstaat', en: 'EU member state' } },
  { id: 'canada', kind: 'country', name: { de: 'Kanada', en: 'Canada' }, role: { de: 'Partnerland', en: 'Partner country' } },
  { id: 'netherlands', kind: 'country', name: { de: 'Niederlande', en: 'Netherlands' }, role: { de: 'EU-Mitgliedstaat', en: 'EU member state' } },
  { id: 'estonia', kind: 'country', name: { de: 'Estland', en: 'Estonia' }, role: { de: 'EU-Mitgliedstaat', en: 'EU member state' } },
  { id: 'karsten-wildberger', kind: 'person', name: 'Karsten Wildberger', role: { de: 'Digitalminister', en: 'Digital minister' } },
  { id: 'ursula-von-der-leyen', kind: 'person', name: 'Ursula von der Leyen', role: { de: 'Kommissionspräsidentin', en: 'Commission president' } },
  { id: 'christine-lagarde', kind: 'person', name: 'Christine Lagarde', role: { de: 'EZB-Präsidentin', en: 'ECB president' } },
  { id: 'henna-virkkunen', kind: 'person', name: 'Henna Virkkunen', role: { de: 'EU-Kommissarin für Technologie', en: 'EU tech commissioner' } },
  { id: 'boris-pistorius', kind: 'person', name: 'Boris Pistorius', role: { de: 'Verteidigungsminister', en: 'Defence minister' } },
  { id: 'claudia-plattner', kind: 'person', name: 'Claudia Plattner', role: { de: 'BSI-Präsidentin', en: 'BSI president' } },
  { id: 'munich-security-conference', kind: 'event', name: { de: 'Münchner Sicherheitskonferenz', en: 'Munich Security Conference' }, role: { de: 'Jährliche Konferenz', en: 'Annual conference' } },
  { id: 'gigabit-gipfel', kind: 'event', name: { de: 'Gigabit-Gipfel', en: 'Gigabit Summit' }, role: { de: 'Treffen zum Netzausbau', en: 'Meeting on network rollout' } },
  { id: 'digital-summit', kind: 'event', name: { de: 'Digital-Gipfel', en: 'Digital Summit' }, role: { de: 'Jährlicher Digitalgipfel', en: 'Annual digital summit' } },
];

/** Actors likely in each topic; stories draw most actors from here. */
export const TOPIC_ACTORS: Record<TopicId, readonly string[]> = {
  alliance: ['germany', 'canada', 'france', 'nato', 'munich-security-conference', 'karsten-wildberger', 'bundesregierung', 'estonia'],
  'defence-cloud': ['bundeswehr', 'hensoldt', 'schwarz-digits', 'stackit', 'bsi', 'boris-pistorius', 'claudia-plattner', 'ovhcloud'],
  budget: ['bmds', 'eco', 'bitkom', 'bundesregierung', 'karsten-wildberger', 'gigabit-gipfel', 'digital-summit', 'sap'],
  'digital-euro': ['ecb', 'christine-lagarde', 'european-parliament', 'eu-commission', 'ursula-von-der-leyen', 'henna-virkkunen', 'netherlands', 'gaia-x'],
};

export interface LangWords {
  subjects: readonly string[];
  verbs: readonly string[];
  objects: readonly string[];
  tails: readonly string[];
  headings: readonly string[];
  titleStarts: readonly string[];
  titleEnds: readonly string[];
  callout: string;
}

export const WORDS: Record<'de' | 'en', LangWords> = {
  de: {
    subjects: ['Die Bundesregierung', 'Das Ministerium', 'Die Kommission', 'Der Verband', 'Die Behörde', 'Das Konsortium', 'Die Anbieterin', 'Der Ausschuss', 'Die Arbeitsgruppe', 'Das Parlament'],
    verbs: ['plant', 'prüft', 'kritisiert', 'finanziert', 'beschleunigt', 'verschiebt', 'fordert', 'begrüßt', 'bewertet', 'startet'],
    objects: ['eine souveräne Cloud für Behörden', 'den Haushalt für digitale Infrastruktur', 'den digitalen Euro', 'gemeinsame Standards für Rechenzentren', 'die Zusammenarbeit mit europäischen Partnern', 'offene Schnittstellen in der Verwaltung', 'die Ausschreibung für sichere Netze', 'ein Programm für Open-Source-Software'],
    tails: ['noch in diesem Jahr.', 'nach langen Verhandlungen.', 'trotz knapper Mittel.', 'mit Blick auf die nächste Legislaturperiode.', 'gemeinsam mit der Industrie.', 'unter hohem Zeitdruck.', 'auf Grundlage eines neuen Gutachtens.', 'ohne weitere Verzögerung.'],
    headings: ['Worum es geht', 'Die Ausgangslage', 'Was Kritiker sagen', 'Die Zahlen', 'Wie es weitergeht', 'Hintergrund', 'Die offenen Fragen'],
    titleStarts: ['Neue Pläne für', 'Streit um', 'Fortschritt bei', 'Verzögerung bei', 'Einigung über', 'Kritik an', 'Milliarden für', 'Zweifel an'],
    titleEnds: ['die souveräne Cloud', 'den digitalen Euro', 'den Digitalhaushalt', 'die Technologie-Allianz', 'sichere Rechenzentren', 'offene Standards', 'die Verwaltungscloud', 'europäische Chips'],
    callout: 'Auf einen Blick',
  },
  en: {
    subjects: ['The federal government', 'The ministry', 'The Commission', 'The association', 'The agency', 'The consortium', 'The provider', 'The committee', 'The working group', 'Parliament'],
    verbs: ['plans', 'reviews', 'criticises', 'funds', 'speeds up', 'postpones', 'demands', 'welcomes', 'assesses', 'launches'],
    objects: ['a sovereign cloud for public bodies', 'the budget for digital infrastructure', 'the digital euro', 'common standards for data centres', 'cooperation with European partners', 'open interfaces in public administration', 'the tender for secure networks', 'a programme for open-source software'],
    tails: ['later this year.', 'after long negotiations.', 'despite tight funding.', 'with an eye on the next legislative term.', 'together with industry.', 'under heavy time pressure.', 'based on a new expert report.', 'without further delay.'],
    headings: ['What it is about', 'The starting point', 'What critics say', 'The numbers', 'What happens next', 'Background', 'Open questions'],
    titleStarts: ['New plans for', 'Dispute over', 'Progress on', 'Delay for', 'Agreement on', 'Criticism of', 'Billions for', 'Doubts about'],
    titleEnds: ['the sovereign cloud', 'the digital euro', 'the digital budget', 'the technology alliance', 'secure data centres', 'open standards', 'the administration cloud', 'European chips'],
    callout: 'At a glance',
  },
};
