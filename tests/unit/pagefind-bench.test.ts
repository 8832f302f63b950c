import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n';
import { LANGS } from '../../src/i18n/config';
import type { TopicLabels } from '../../src/lib/search/build';
import { TOPIC_IDS } from '../../src/lib/topics';
import { serveCountingBrotli } from '../../scripts/lib/brotli-server';
import {
  BENCH_QUERIES,
  bundleStatsFor,
  COMPARE_END,
  COMPARE_START,
  medianRun,
  parseCompareArgs,
  renderCompareSection,
  renderStoryPage,
  replaceCompareSection,
  storyPagePath,
  syntheticModel,
  writeStoryPages,
  type ToolRun,
} from '../../scripts/lib/pagefind-bench';
import { syntheticIndex } from '../../scripts/lib/search-bench';

const topicLabels = Object.fromEntries(
  LANGS.map((l) => [l, Object.fromEntries(TOPIC_IDS.map((id) => [id, resources[l][`topic.${id}.label`]]))]),
) as TopicLabels;

describe('the corpus Pagefind indexes', () => {
  it('is the search bench’s corpus: the same German stories in the same order', () => {
    const model = syntheticModel(40);
    const index = syntheticIndex(40, topicLabels, 'de');
    expect(model.byLang.de.map((article) => article.slug)).toEqual(index.slugs.slice(0, index.own));
  });

  it('uses the search bench’s queries', () => {
    const source = readFileSync(join(process.cwd(), 'scripts/bench-search.ts'), 'utf8');
    const list = /const QUERIES = (\[[^\]]*\])/.exec(source)?.[1];
    expect(list).toBeDefined();
    expect(JSON.parse(list!.replace(/'/g, '"'))).toEqual(BENCH_QUERIES);
  });
});

describe('renderStoryPage', () => {
  const model = syntheticModel(5);
  const article = model.byLang.de[0]!;

  it('has the language, title, summary, text, actor names and aliases, and the topic as a filter', () => {
    const page = parse(renderStoryPage(article, model.actors, 'Digitaler Euro'));
    expect(page.querySelector('html')!.getAttribute('lang')).toBe('de');
    expect(page.querySelector('h1')!.text).toBe(article.title);
    const body = page.querySelector('[data-pagefind-body]')!.text;
    expect(body).toContain(article.summary);
    expect(body).toContain(article.text);
    for (const id of article.actors) {
      const actor = model.actors.get(id)!;
      for (const name of [actor.name.de, ...actor.aliases]) expect(body).toContain(name);
    }
    expect(page.querySelector('[data-pagefind-filter="topic"]')!.text).toBe('Digitaler Euro');
  });

  it('shows hostile text as text', () => {
    const hostile = { ...article, title: '<script>alert(1)</script> & "x"', summary: '<img src=x onerror=alert(1)>' };
    const html = renderStoryPage(hostile, model.actors, '<b>');
    const page = parse(html);
    expect(page.querySelectorAll('script, img, b')).toHaveLength(0);
    expect(page.querySelector('h1')!.text).toBe(hostile.title);
    expect(page.querySelector('[data-pagefind-filter="topic"]')!.text).toBe('<b>');
  });

  it('writes one page per story and language at its path', () => {
    const root = mkdtempSync(join(tmpdir(), 'pagefind-pages-'));
    try {
      expect(writeStoryPages(root, model, topicLabels)).toBe(model.byLang.de.length + model.byLang.en.length);
      const en = model.byLang.en[0]!;
      expect(readFileSync(join(root, storyPagePath(en)), 'utf8')).toContain('<html lang="en">');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('bundleStatsFor', () => {
  it('counts the JS API’s shared files and the language’s own, not the other language’s or the UI', () => {
    const files = [
      { path: 'pagefind.js', size: 100 },
      { path: 'pagefind-entry.json', size: 10 },
      { path: 'pagefind-ui.js', size: 1000 },
      { path: 'pagefind-component-ui.css', size: 1000 },
      { path: 'wasm.de.pagefind', size: 50 },
      { path: 'wasm.en.pagefind', size: 5000 },
      { path: 'pagefind.de_abc.pf_meta', size: 5 },
      { path: 'pagefind.en_abc.pf_meta', size: 5000 },
      { path: 'index/de_1.pf_index', size: 20 },
      { path: 'index/en_1.pf_index', size: 5000 },
      { path: 'fragment/de_2.pf_fragment', size: 2 },
      { path: 'fragment/en_2.pf_fragment', size: 5000 },
      { path: 'filter/de_3.pf_filter', size: 3 },
      { path: 'filter/en_3.pf_filter', size: 5000 },
    ];
    expect(bundleStatsFor(files, 'de')).toEqual({ files: 7, bytes: 190 });
  });
});

const first = (ms: number, total = 3, bytes = 2048) => ({ ms, total, bytes, requests: 2 });

describe('medianRun', () => {
  it('takes the median time of the runs', () => {
    expect(medianRun([first(300), first(100), first(200)]).ms).toBe(200);
    expect(medianRun([first(300), first(100)]).ms).toBe(200);
  });
});

describe('renderCompareSection', () => {
  const runs: ToolRun[] = [
    { tool: 'ours', stories: 5000, indexSeconds: 2.25, indexFiles: 1, indexBytes: 3 * 1024 * 1024, outputFiles: 2, queries: [{ query: 'Bundeswer', first: first(150.4, 12, 430 * 1024) }] },
    { tool: 'pagefind', stories: 5000, indexSeconds: 9.5, indexFiles: 900, indexBytes: 20 * 1024 * 1024, outputFiles: 1800, queries: [{ query: 'Bundeswer', first: first(412.6, 0, 90 * 1024) }] },
  ];
  const info = { date: '2026-12-01', chromium: 'Chromium 150', pagefind: 'Pagefind 1.6.0', cores: 2, loadBefore: [1, 2, 3], loadAfter: [2, 2, 3], runs: 3, command: 'npm run bench:pagefind' };
  const section = renderCompareSection(runs, info);

  it('puts both searches of a query on one row: kB, ms and results', () => {
    expect(section).toContain('| 5,000 | `Bundeswer` | 430 | 150 | 12 | 90 | 413 | 0 |');
  });

  it('lists the index of each search with files, size and indexing time', () => {
    expect(section).toContain('| 5,000 | ours | 1 | 3072 | 2 | 2.3 |');
    expect(section).toContain('| 5,000 | Pagefind | 900 | 20480 | 1,800 | 9.5 |');
  });

  it('names the queries a search found nothing for, and the run’s load', () => {
    expect(section).toContain('No results: pagefind at 5,000: `Bundeswer`.');
    expect(section).toContain('load average 1.0 / 2.0 / 3.0 before and 2.0 / 2.0 / 3.0 after');
  });

  it('replaces only its own part of BENCHMARKS.md', () => {
    const document = `# Benchmarks\n\n## Search: ours vs Pagefind\n\n${COMPARE_START}\nold\n${COMPARE_END}\n\nWhat it means.\n`;
    const replaced = replaceCompareSection(document, section);
    expect(replaced).not.toContain('old');
    expect(replaced).toContain(section);
    expect(replaced.endsWith('\n\nWhat it means.\n')).toBe(true);
    expect(replaceCompareSection('# Benchmarks\n', section)).toBe(`# Benchmarks\n\n## Search: ours vs Pagefind\n\n${section}\n`);
  });
});

describe('parseCompareArgs', () => {
  it('defaults to both searches at 5,000 and 20,000 stories', () => {
    expect(parseCompareArgs([])).toEqual({ sizes: [5000, 20000], tools: ['ours', 'pagefind'], runs: 3 });
    expect(parseCompareArgs(['--sizes', '50000', '--tools', 'pagefind', '--runs', '1'])).toEqual({ sizes: [50000], tools: ['pagefind'], runs: 1 });
  });

  it('refuses what it does not know, naming it', () => {
    expect(() => parseCompareArgs(['--tools', 'ours,lunr'])).toThrow('unknown lunr');
    expect(() => parseCompareArgs(['--sizes', '5k'])).toThrow('--sizes 5k');
    expect(() => parseCompareArgs(['--runs'])).toThrow("Option '--runs <value>' argument missing");
    expect(() => parseCompareArgs(['--fast', '1'])).toThrow("Unknown option '--fast'");
  });
});

describe('serveCountingBrotli', () => {
  it('serves files and swapped-in contents brotli-compressed and counts the bytes it sent', async () => {
    const root = mkdtempSync(join(tmpdir(), 'brotli-server-'));
    mkdirSync(join(root, 'de'));
    writeFileSync(join(root, 'de', 'index.html'), '<p>Hallo</p>'.repeat(50));
    const server = await serveCountingBrotli(root, new Map([['/index.json', '{"swapped":true}']]));
    try {
      const raw = async (path: string) => {
        // fetch decodes the brotli body; the server's count is of the bytes it sent.
        const response = await fetch(`${server.origin}${path}`);
        return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
      };
      server.reset();
      const page = await raw('/de/');
      expect(page).toEqual({ status: 200, type: 'text/html; charset=utf-8', text: '<p>Hallo</p>'.repeat(50) });
      expect((await raw('/index.json')).text).toBe('{"swapped":true}');
      expect((await raw('/missing.js')).status).toBe(404);
      expect(server.requested()).toEqual(['/de/', '/index.json']);
      const brotli = (text: string) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      expect(server.bytesSent()).toBe(brotli('<p>Hallo</p>'.repeat(50)) + brotli('{"swapped":true}'));
      expect(server.bytesOf((path) => path.endsWith('.json'))).toBe(brotli('{"swapped":true}'));
      server.reset();
      expect(server.bytesOf(() => true)).toBe(0);
      expect(server.bytesSent()).toBe(0);
    } finally {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
