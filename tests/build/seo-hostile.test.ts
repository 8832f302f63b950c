import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/lib/search/engine';
import type { SearchManifest } from '../../src/lib/search/split-format';
import { createSplitStore } from '../../src/lib/search/split-store';
import { searchIndexUrl, searchShardUrl } from '../../src/lib/urls';
import { buildFixture, epochOf } from './build-fixture';

/**
 * Builds the `hostile` fixture, whose titles try to close the JSON-LD script element, into its
 * own folder (the main dist/ is untouched) and reads the result.
 */
let out: string;

const read = (path: string) => readFileSync(join(out, path), 'utf8');

/** Start tags as an HTML parser sees them: markup inside quoted attribute values is just text. */
function startTags(html: string): { name: string; attrs: string }[] {
  const tag = /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
  return [...html.matchAll(tag)].filter((m) => m[1]).map((m) => ({ name: m[1]!.toLowerCase(), attrs: m[2] ?? '' }));
}

function jsonLdScripts(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

beforeAll(() => {
  const build = buildFixture('hostile', { SOURCE_DATE_EPOCH: epochOf('2026-02-20T12:00:00Z') });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  out = build.outDir;
}, 180_000);

afterAll(() => {
  if (out) rmSync(dirname(out), { recursive: true, force: true });
});

describe('hostile frontmatter', () => {
  const stories = [
    { path: 'de/artikel/feindlicher-titel/index.html', title: '</script><script>alert(1)</script>' },
    { path: 'en/articles/hostile-title/index.html', title: '</script><img src=x onerror=alert(1)>' },
  ];

  it('stays inside the JSON-LD and comes back unchanged', () => {
    for (const story of stories) {
      const html = read(story.path);
      const scripts = jsonLdScripts(html);
      expect(scripts).toHaveLength(1);
      expect(scripts[0]).not.toMatch(/[<>\u2028\u2029]/);
      const graph = JSON.parse(scripts[0]!)['@graph'] as { '@type': string; headline?: string }[];
      expect(graph.find((node) => node['@type'] === 'NewsArticle')?.headline).toBe(story.title);
    }
  });

  it('never reaches the page as markup', () => {
    for (const story of stories) {
      const html = read(story.path);
      const tags = startTags(html);
      const scripts = tags.filter((tag) => tag.name === 'script');
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script.attrs, story.path).toMatch(/type="(application\/ld\+json|module)"/);
      expect(tags.filter((tag) => tag.name === 'img')).toEqual([]);
      const heading = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
      expect(heading?.replace(/&lt;/g, '<').replace(/&gt;/g, '>')).toBe(story.title);
    }
  });

  it('keeps a breadcrumb and a card for the hostile story', () => {
    const html = read(stories[0]!.path);
    expect(html).toContain('"@type":"BreadcrumbList"');
    expect(readFileSync(join(out, 'og/de/artikel/feindlicher-titel.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('escaped braces and angle brackets in a body', () => {
  const sentence = 'Costs {1.36 billion euros} a year, and a < b.';

  it('read on the page as written, and so in the search index', async () => {
    expect(read('en/articles/hostile-title/index.html')).toContain('<p>Some text. Costs {1.36 billion euros} a year, and a &#x3C; b.</p>');
    const manifest = JSON.parse(read(searchIndexUrl('en').slice(1))) as SearchManifest;
    const engine = createSearchEngine(createSplitStore(manifest, async (file) => JSON.parse(read(searchShardUrl('en', file).slice(1)))));
    const { docs } = await engine.search('billion');
    await engine.loadDocs(docs);
    const doc = docs.find((found) => engine.meta(found).slug === 'hostile-title');
    expect(doc).toBeDefined();
    expect(engine.textOf(doc!).excerpt).toContain(sentence);
  });
});
