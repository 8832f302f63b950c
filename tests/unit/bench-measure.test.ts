import { describe, expect, it } from 'vitest';
import {
  computeRatios,
  formatRatiosTable,
  formatResultsTable,
  medianByWall,
  pagesPerSecond,
  parseClock,
  parseSizes,
  parseTimeVerbose,
  type Measurement,
} from '../../scripts/bench/measure';
import { bareAstroFiles } from '../../scripts/bench/bare-astro';
import { HUGO_CONFIG, HUGO_LAYOUTS, toHugoMarkdown } from '../../scripts/bench/hugo-site';

const REPORT = `\tCommand being timed: "node astro.mjs build"
\tUser time (seconds): 41.20
\tSystem time (seconds): 3.35
\tPercent of CPU this job got: 112%
\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:39.71
\tMaximum resident set size (kbytes): 2097152
\tExit status: 0
`;

describe('parseTimeVerbose', () => {
  it('reads wall time, user+sys CPU and the system share, peak RSS and exit status', () => {
    expect(parseTimeVerbose(REPORT)).toEqual({ wallSeconds: 39.71, cpuSeconds: 44.55, systemSeconds: 3.35, maxRssMb: 2048, exitStatus: 0 });
  });

  it('fails on a report without the fields', () => {
    expect(() => parseTimeVerbose('Command exited with non-zero status 1')).toThrow(/User time/);
  });
});

describe('parseClock', () => {
  it('reads m:ss and h:mm:ss', () => {
    expect(parseClock('2:03.50')).toBe(123.5);
    expect(parseClock('1:00:05')).toBe(3605);
  });
  it('rejects other text', () => {
    expect(() => parseClock('12')).toThrow();
    expect(() => parseClock('a:b')).toThrow();
  });
});

function m(tool: Measurement['tool'], perLang: number, wallSeconds: number, maxRssMb: number, cpuSeconds = wallSeconds, systemSeconds = 3.1): Measurement {
  return { tool, perLang, wallSeconds, cpuSeconds, systemSeconds, maxRssMb, exitStatus: 0, pages: 100, distMb: 1 };
}

describe('computeRatios', () => {
  it('divides ours by bare Astro and Hugo per size, and rebuild by cold build', () => {
    const results = [
      m('ours', 500, 30, 1200, 40),
      m('bare', 500, 25, 1000, 20),
      m('hugo', 500, 3, 100),
      m('ours-rebuild', 500, 6, 900, 4),
      m('floor', 500, 12, 800),
      m('floor-rebuild', 500, 2.5, 700),
      m('ours', 2500, 90, 3000),
    ];
    expect(computeRatios(results)).toEqual([
      { perLang: 500, timeVsBare: 1.2, cpuVsBare: 2, memoryVsBare: 1.2, timeVsHugo: 10, rebuildShare: 0.2, rebuildCpuShare: 0.1, rebuildVsFloor: 2.4, rebuildOverFloorSeconds: 3.5 },
      {
        perLang: 2500,
        timeVsBare: undefined,
        cpuVsBare: undefined,
        memoryVsBare: undefined,
        timeVsHugo: undefined,
        rebuildShare: undefined,
        rebuildCpuShare: undefined,
        rebuildVsFloor: undefined,
        rebuildOverFloorSeconds: undefined,
      },
    ]);
  });
});

describe('tables', () => {
  it('formats one row per measurement with pages per second', () => {
    const table = formatResultsTable([m('ours', 500, 40, 1500), m('hugo', 500, 4, 90)]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('| 500 | Souverän Digest | 40 | 40 | 3.1 | 40 | 40 | 1500 | 100 | 2.5 | 1 | – |');
    expect(lines[3]).toContain('| Hugo | 4 |');
    expect(pagesPerSecond({ pages: 100, wallSeconds: 4 })).toBe(25);
  });

  it('shows a dash for a missing ratio', () => {
    const table = formatRatiosTable([{ perLang: 500, timeVsBare: 1.25 }]);
    expect(table.split('\n')[2]).toBe('| 500 | 1.25× | – | – | – | – | – | – | – |');
    expect(formatRatiosTable([{ perLang: 50000, rebuildVsFloor: 3.1, rebuildOverFloorSeconds: 29.6 }]).split('\n')[2]).toBe('| 50000 | – | – | – | – | – | – | 3.1× | 29.6 s |');
  });
});

describe('parseSizes', () => {
  it('reads a comma list', () => expect(parseSizes('500, 2500,5000')).toEqual([500, 2500, 5000]));
  it('rejects junk', () => {
    expect(() => parseSizes('500,abc')).toThrow(/--sizes/);
    expect(() => parseSizes('0')).toThrow();
  });
});

describe('toHugoMarkdown', () => {
  it('turns the topic into a taxonomy, drops sources and flattens components', () => {
    const mdx = [
      '---',
      'title: "T"',
      'topic: budget',
      'actors: [bmds, eco]',
      'sources:',
      '  - title: "S"',
      '    url: https://example.org/x',
      'translationKey: k',
      '---',
      '',
      '<Callout title="At a glance" tone="note">',
      '- point',
      '</Callout>',
      '<Quote actor="bmds">Said it.</Quote>',
      '',
    ].join('\n');
    const md = toHugoMarkdown(mdx);
    expect(md).toContain('topics: [budget]');
    expect(md).toContain('actors: [bmds, eco]');
    expect(md).toContain('translationKey: k');
    expect(md).not.toContain('sources');
    expect(md).not.toContain('Callout');
    expect(md).toContain('> Said it.');
    expect(md).toContain('- point');
  });
});

describe('bareAstroFiles', () => {
  const files = bareAstroFiles('/repo');

  it('uses the site schemas and loaders, and one plain page per story', () => {
    expect(files['src/content.config.ts']).toContain('import { actorSchema, createArticleSchema } from "/repo/src/lib/content/schema.ts"');
    expect(files['src/content.config.ts']).toContain("pattern: ['de/*.mdx', 'en/*.mdx']");
    expect(files['src/pages/[lang]/[slug].astro']).toContain("getCollection('articles')");
    expect(files['src/pages/[lang]/[slug].astro']).toContain('<Content components={{ Callout, Quote }} />');
    expect(Object.keys(files).filter((path) => path.startsWith('src/pages/'))).toEqual(['src/pages/[lang]/[slug].astro']);
  });
});

describe('HUGO_CONFIG', () => {
  it('builds two languages with topic and actor taxonomies', () => {
    expect(HUGO_CONFIG).toContain('[languages.de]');
    expect(HUGO_CONFIG).toContain('[languages.en]');
    expect(HUGO_CONFIG).toContain('topic = "topics"');
    expect(HUGO_CONFIG).toContain('actor = "actors"');
    expect(HUGO_LAYOUTS['_default/single.html']).toContain('.Related');
  });
});

describe('medianByWall', () => {
  it('picks the run with the middle wall time, the lower middle of an even count', () => {
    const runs = [{ wallSeconds: 30, id: 'a' }, { wallSeconds: 10, id: 'b' }, { wallSeconds: 20, id: 'c' }];
    expect(medianByWall(runs).id).toBe('c');
    expect(medianByWall([...runs, { wallSeconds: 40, id: 'd' }]).id).toBe('c');
    expect(medianByWall([runs[0]!]).id).toBe('a');
    expect(() => medianByWall([])).toThrow(/no runs/);
  });
});
