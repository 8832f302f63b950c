import { describe, expect, it } from 'vitest';
import {
  SECTION_END,
  SECTION_START,
  failingAudits,
  missedTargets,
  pagesToAudit,
  renderSection,
  replaceSection,
  summarise,
  type LighthouseResult,
} from '../../scripts/lib/lighthouse-report';

function lhr(scores: Record<string, number>, failing: string[] = []): LighthouseResult {
  const refs = [{ id: 'color-contrast', weight: 7 }, { id: 'document-title', weight: 1 }, { id: 'manual-check', weight: 0 }];
  return {
    lighthouseVersion: '13.5.0',
    categories: Object.fromEntries(Object.entries(scores).map(([id, score]) => [id, { score, auditRefs: id === 'accessibility' ? refs : [] }])),
    audits: {
      'color-contrast': { score: failing.includes('color-contrast') ? 0 : 1, title: 'Contrast' },
      'document-title': { score: 1, title: 'Title' },
      'manual-check': { score: 0, title: 'Manual' },
      'first-contentful-paint': { numericValue: 800.4 },
      'largest-contentful-paint': { numericValue: 950 },
      'total-blocking-time': { numericValue: 12 },
      'cumulative-layout-shift': { numericValue: 0 },
      'total-byte-weight': { numericValue: 8400 },
    },
  };
}

const perfect = { performance: 0.98, accessibility: 1, 'best-practices': 1, seo: 1 };

describe('lighthouse report', () => {
  it('audits a home, the first story and a topic page per language', () => {
    const pages = pagesToAudit(['/de/artikel/b/index.html', '/de/artikel/a/index.html', '/de/artikel/2/x.html', '/en/articles/z/index.html', '/index.html']);
    expect(pages.map((p) => p.path)).toEqual(['/de/', '/de/artikel/a/', '/de/themen/allianz/', '/en/', '/en/articles/z/', '/en/topics/alliance/']);
  });

  it('refuses to audit without stories', () => {
    expect(() => pagesToAudit(['/index.html'])).toThrow(/no de story/);
  });

  it('turns scores into percentages and names weighted failing audits only', () => {
    const row = summarise({ name: 'de home', path: '/de/' }, lhr({ ...perfect, accessibility: 0.93 }, ['color-contrast']));
    expect(row.scores).toEqual({ performance: 98, accessibility: 93, 'best-practices': 100, seo: 100 });
    expect(row.failing).toEqual(['color-contrast: Contrast']);
    expect(failingAudits(lhr(perfect))).toEqual([]);
    expect(row.transferBytes).toBe(8400);
  });

  it('reports every missed target and nothing when all hold', () => {
    const good = summarise({ name: 'en story', path: '/en/articles/a/' }, lhr(perfect));
    const slow = summarise({ name: 'de topic', path: '/de/themen/allianz/' }, lhr({ ...perfect, performance: 0.94, seo: 0.92 }));
    expect(missedTargets([good])).toEqual([]);
    expect(missedTargets([good, slow])).toEqual(['de topic (/de/themen/allianz/): performance 94 < 95', 'de topic (/de/themen/allianz/): seo 92 < 100']);
  });

  it('replaces its own section of BENCHMARKS.md and keeps the others', () => {
    const row = summarise({ name: 'de home', path: '/de/' }, lhr(perfect));
    const section = renderSection([row], { date: '2026-11-23', lighthouseVersion: '13.5.0', chromium: 'Chromium 156' });
    expect(section).toContain('| de home `/de/` | 98 | 100 | 100 | 100 | 800 ms | 950 ms | 12 ms | 0.000 | 8.4 kB |');
    expect(section).toContain('All targets met.');
    const first = replaceSection('# Benchmarks\n\n## Build\n\nfast\n', section);
    expect(first).toBe(`# Benchmarks\n\n## Build\n\nfast\n\n${section}\n`);
    const again = replaceSection(`${first}\n## Later\n`, `${SECTION_START}\nnew\n${SECTION_END}`);
    expect(again).toBe(`# Benchmarks\n\n## Build\n\nfast\n\n${SECTION_START}\nnew\n${SECTION_END}\n\n## Later\n`);
    expect(replaceSection('', section).startsWith('# Benchmarks\n\n')).toBe(true);
  });
});
