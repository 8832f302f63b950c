import { describe, expect, it } from 'vitest';
import { replaceMarkedSection } from '../../scripts/lib/benchmarks-section';

const MARKERS = { start: '<!-- x:start -->', end: '<!-- x:end -->' };
const section = (text: string) => `${MARKERS.start}\n${text}\n${MARKERS.end}`;

describe('replacing a generated section of BENCHMARKS.md', () => {
  it('replaces only the part between the markers; what is around it stays', () => {
    const document = `# Benchmarks\n\n## X\n\nWritten by hand.\n\n${section('old')}\n\nWhat it means.\n\n## Later\n`;
    expect(replaceMarkedSection(document, section('new'), MARKERS)).toBe(`# Benchmarks\n\n## X\n\nWritten by hand.\n\n${section('new')}\n\nWhat it means.\n\n## Later\n`);
  });

  it('appends the section, after its heading when given, when the markers are missing or out of order', () => {
    expect(replaceMarkedSection('# Benchmarks\n\n## Build\n\nfast\n\n', section('new'), MARKERS)).toBe(`# Benchmarks\n\n## Build\n\nfast\n\n${section('new')}\n`);
    expect(replaceMarkedSection('# Benchmarks\n', section('new'), MARKERS, '## X')).toBe(`# Benchmarks\n\n## X\n\n${section('new')}\n`);
    const swapped = `# Benchmarks\n\n${MARKERS.end}\n${MARKERS.start}\n`;
    expect(replaceMarkedSection(swapped, section('new'), MARKERS)).toBe(`${swapped.trimEnd()}\n\n${section('new')}\n`);
  });

  it('gives an empty document the file’s title', () => {
    expect(replaceMarkedSection('', section('new'), MARKERS)).toBe(`# Benchmarks\n\n${section('new')}\n`);
  });

  it('is stable: replacing twice equals replacing once', () => {
    const once = replaceMarkedSection('# Benchmarks\n', section('a'), MARKERS, '## X');
    expect(replaceMarkedSection(once, section('a'), MARKERS, '## X')).toBe(once);
  });
});
