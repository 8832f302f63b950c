import type { ContentError } from './validate.ts';

/**
 * A readable report grouped by file, one line per error, for the terminal and the build log.
 * `dir` is the content folder as the editor knows it (e.g. `content`).
 */
export function formatContentReport(errors: readonly ContentError[], dir: string): string {
  if (errors.length === 0) return `Content check passed (${dir}).`;
  const byFile = new Map<string, ContentError[]>();
  for (const error of errors) byFile.set(error.file, [...(byFile.get(error.file) ?? []), error]);
  const root = dir.replace(/\/+$/, '');
  const lines = [
    `Content check failed: ${plural(errors.length, 'error')} in ${plural(byFile.size, 'file')} (${root}/).`,
  ];
  for (const [file, fileErrors] of byFile) {
    lines.push('', `${root}/${file}`);
    for (const error of fileErrors) {
      lines.push(`  ✗ ${error.line === undefined ? '' : `line ${error.line}: `}${error.message}`);
    }
  }
  lines.push('', 'EDITING.md lists every message with its fix.');
  return lines.join('\n');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
