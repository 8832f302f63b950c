import { brotliCompressSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleUrl } from '../../src/lib/urls';
import { LANGS } from '../../src/i18n/config';
import { assertBuilt, distExists, listPages, readDist } from './dist';
import { parseTags } from './quality-refs';

/**
 * Lean story pages: HTML plus every same-origin stylesheet, script (with its static imports)
 * and font it loads, compressed as a host would send them, stay within 60 kB. Images aside.
 * gzip is the budget (the larger of the two; brotli is reported for reference).
 */
const BUDGET = 60_000;
/** "The small search enhancement": the only script a story may carry. */
const SCRIPT_BUDGET = 10_000;

interface Asset {
  path: string;
  kind: 'html' | 'css' | 'js' | 'font';
  body: Buffer;
}

function sameOrigin(ref: string, from: string): string | undefined {
  const url = new URL(ref, `https://site.invalid${from}`);
  return url.host === 'site.invalid' && distExists(url.pathname) ? url.pathname : undefined;
}

/** JS modules a module pulls in before it runs; dynamic `import()` loads later, on demand. */
export function importSpecifiers(code: string): string[] {
  return [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g)].map((m) => m[1]!);
}

export function fontUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/g)].map((m) => m[1]!);
}

function staticImportsOf(code: string, from: string): string[] {
  return importSpecifiers(code).flatMap((ref) => sameOrigin(ref, from) ?? []);
}

function fontsOf(css: string, from: string): string[] {
  return fontUrls(css).flatMap((ref) => sameOrigin(ref, from) ?? []);
}

/** Everything the browser fetches to render the page, images aside. */
export function assetsOf(page: string): { assets: Asset[]; entryScripts: string[] } {
  const html = readDist(page);
  const assets: Asset[] = [{ path: page, kind: 'html', body: Buffer.from(html) }];
  const seen = new Set<string>([page]);
  const entryScripts = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1]!)
    .filter((code) => code.trim() !== '' && !/^\s*\{/.test(code)); // JSON-LD is data, not script
  const queue: { path: string; kind: Asset['kind'] }[] = [];
  for (const tag of parseTags(html)) {
    const rel = tag.attrs.get('rel') ?? '';
    const href = tag.attrs.get('href');
    if (tag.name === 'link' && href && /\bstylesheet\b/.test(rel)) queue.push(...[sameOrigin(href, page)].flatMap((p) => (p ? [{ path: p, kind: 'css' as const }] : [])));
    if (tag.name === 'link' && href && /\b(preload|modulepreload)\b/.test(rel)) {
      const kind = tag.attrs.get('as') === 'font' ? 'font' : tag.attrs.get('as') === 'style' ? 'css' : 'js';
      if (tag.attrs.get('as') !== 'image') queue.push(...[sameOrigin(href, page)].flatMap((p) => (p ? [{ path: p, kind: kind as Asset['kind'] }] : [])));
    }
    if (tag.name === 'script' && tag.attrs.get('src')) {
      const path = sameOrigin(tag.attrs.get('src')!, page);
      if (path) {
        queue.push({ path, kind: 'js' });
        entryScripts.push(readDist(path));
      }
    }
  }
  for (const code of entryScripts) queue.push(...staticImportsOf(code, page).map((path) => ({ path, kind: 'js' as const })));
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next.path)) continue;
    seen.add(next.path);
    const body = Buffer.from(readDist(next.path), next.kind === 'font' ? 'latin1' : 'utf8');
    assets.push({ ...next, body });
    const text = body.toString('utf8');
    if (next.kind === 'css') queue.push(...fontsOf(text, next.path).map((path) => ({ path, kind: 'font' as const })));
    if (next.kind === 'js') queue.push(...staticImportsOf(text, next.path).map((path) => ({ path, kind: 'js' as const })));
  }
  return { assets, entryScripts };
}

function compressed(assets: Asset[], kind?: Asset['kind']) {
  const picked = assets.filter((a) => !kind || a.kind === kind);
  return {
    gzip: picked.reduce((sum, a) => sum + gzipSync(a.body, { level: 9 }).length, 0),
    brotli: picked.reduce((sum, a) => sum + brotliCompressSync(a.body).length, 0),
  };
}

describe('lean story pages', () => {
  let stories: string[];
  beforeAll(() => {
    assertBuilt();
    const prefixes = LANGS.map((lang) => articleUrl({ lang, slug: '-' }).replace(/-\/$/, ''));
    stories = listPages().filter((page) => prefixes.some((prefix) => page.startsWith(prefix)));
  });

  it('every story page transfers at most 60 kB (HTML, CSS, JS, fonts; gzip)', () => {
    expect(stories.length).toBeGreaterThan(0);
    const heavy = stories
      .map((page) => ({ page, ...compressed(assetsOf(page).assets) }))
      .filter((weight) => weight.gzip > BUDGET)
      .map((weight) => `${weight.page}: ${weight.gzip} B gzip, ${weight.brotli} B brotli`);
    expect(heavy).toEqual([]);
  });

  it('a story runs no JavaScript except the small search enhancement', () => {
    const problems: string[] = [];
    for (const page of stories) {
      const { assets, entryScripts } = assetsOf(page);
      // The enhancement works on the search form's hooks (data-search-*); any other script is extra.
      for (const code of entryScripts) if (!code.includes('data-search')) problems.push(`${page}: script ${code.slice(0, 80)}…`);
      const js = compressed(assets, 'js').gzip + entryScripts.reduce((sum, code) => sum + gzipSync(code).length, 0);
      if (js > SCRIPT_BUDGET) problems.push(`${page}: ${js} B of JavaScript (gzip)`);
    }
    expect(problems).toEqual([]);
  });

  it('counts what a page pulls in: stylesheet, fonts in it, scripts and their imports', () => {
    const story = stories[0]!;
    const { assets } = assetsOf(story);
    expect(assets[0]!.kind).toBe('html');
    expect(assets.filter((a) => a.kind === 'css').length).toBeGreaterThan(0);
    expect(importSpecifiers('import{a as b}from"./c.js";import"./d.js";export*from"./e.js";import("./lazy.js");')).toEqual(['./c.js', './d.js', './e.js']);
    expect(fontUrls('@font-face{src:url(/f/a.woff2) format("woff2"),url("/f/a.woff")}')).toEqual(['/f/a.woff2', '/f/a.woff']);
  });
});
