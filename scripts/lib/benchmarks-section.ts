/** The two HTML comments around a generated part of BENCHMARKS.md (`<!-- search:start -->`, …). */
export interface SectionMarkers {
  start: string;
  end: string;
}

/**
 * Puts `section` (which begins and ends with the markers) in place of the part between the
 * markers, so what an editor wrote around it stays; without the markers it is appended, after
 * `heading` when the section brings none of its own. An empty document gets the file's title.
 */
export function replaceMarkedSection(document: string, section: string, { start, end }: SectionMarkers, heading?: string): string {
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from !== -1 && to > from) return `${document.slice(0, from)}${section}${document.slice(to + end.length)}`;
  const base = document.trimEnd();
  return `${base === '' ? '# Benchmarks' : base}\n\n${heading ? `${heading}\n\n` : ''}${section}\n`;
}
