/** A title that needs a smaller size and several lines. */
export const LONG_GERMAN =
  'Bundesministerium für Digitales und Staatsmodernisierung: Haushaltsberatungen zur Digitalisierungsstrategie und Verwaltungsmodernisierung im Bundeshaushalt 2026';
