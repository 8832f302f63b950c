import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent, epochOf, fingerprintFiles } from './build-fixture';

/**
 * A rebuild into the kept output folder (src/integrations/keep-output.ts) equals a build into an
 * empty one: after one story's title and body are edited, another's topic and actors, a third's
 * date moved into the previous year (a year the search filter did not have) and a fourth story
 * is removed, every file is the same, none is left over. The full build reuses a copy of the first build's cache with the incremental build off,
 * so images come from the same encodes and every page is rendered afresh.
 */
const work = mkdtempSync(join(tmpdir(), 'souveraen-rebuild-'));
const content = join(work, 'content');
const EDITED = 'articles/en/klingbeil-urges-speed-on-the-digital-euro.mdx';
const RETOPICKED = 'articles/de/eco-kritisiert-budget-des-digitalministeriums.mdx';
const REMOVED = 'articles/de/quanten-ausschreibung-wird-erster-test-der-allianz.mdx';
const REMOVED_PAGE = 'de/artikel/quanten-ausschreibung-wird-erster-test-der-allianz/index.html';
const REDATED = 'articles/de/digitalministerium-bereitet-gigabit-gipfel-im-mai-vor.mdx';
const SEARCH_PAGE = 'de/suche/index.html';
const NEW_YEAR_OPTION = /<option value="2025"[^>]*>2025<\/option>/;
const MARKER = 'Rebuild marker: this sentence was added between two builds.';

function build(outDir: string, cacheDir: string, env: Record<string, string> = {}): string {
  const result = buildContent(content, 'rebuild', { SOURCE_DATE_EPOCH: epochOf('2026-11-01T12:00:00Z'), ...env }, { outDir, cacheDir });
  if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
  return result.output;
}

describe('rebuild into the kept output folder', () => {
  let rebuildLog = '';
  let rebuilt = new Map<string, string>();
  let full = new Map<string, string>();
  let searchBefore = '';

  beforeAll(() => {
    cpSync('content', content, { recursive: true });
    const kept = join(work, 'kept');
    // Started the way `npm run build` is; the rebuild as another program would start it (`_` is the launcher's path).
    build(join(kept, 'dist'), join(kept, 'cache'), { _: '/usr/bin/npm' });
    searchBefore = readFileSync(join(kept, 'dist', SEARCH_PAGE), 'utf8');
    cpSync(join(kept, 'cache'), join(work, 'full', 'cache'), { recursive: true });

    const edited = join(content, EDITED);
    const story = readFileSync(edited, 'utf8').replace('title: "', 'title: "Rebuilt: ');
    writeFileSync(edited, story.replace('\n## ', `\n${MARKER}\n\n## `));
    const retopicked = join(content, RETOPICKED);
    writeFileSync(retopicked, readFileSync(retopicked, 'utf8').replace('topic: budget', 'topic: digital-euro').replace('actors: [eco, bmds,', 'actors: [eco, bmds, ecb,'));
    rmSync(join(content, REMOVED));
    const redated = join(content, REDATED);
    writeFileSync(redated, readFileSync(redated, 'utf8').replace('date: 2026-02-19', 'date: 2025-12-31'));

    rebuildLog = build(join(kept, 'dist'), join(kept, 'cache'), { _: '/usr/bin/time' });
    rebuilt = fingerprintFiles(join(kept, 'dist'));
    build(join(work, 'full', 'dist'), join(work, 'full', 'cache'), { INCREMENTAL_BUILD: '0' });
    full = fingerprintFiles(join(work, 'full', 'dist'));
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('reused pages in place rather than copying them from the cache', () => {
    expect(rebuildLog).toMatch(/kept \d+ pages and owned files of the previous build/);
    expect(rebuildLog).toContain('(cached)');
    // A page the edits did not touch is reused although another program started the rebuild.
    expect(rebuildLog).toMatch(/\/de\/impressum\/index\.html \S*\(cached\)/);
    expect(rebuildLog).not.toContain('(restored)');
    // Search-index files the edits left alone are not made again (they have keys, like pages).
    const searchFiles = [...rebuildLog.matchAll(/\/search\/(?:de|en)\/\S+\.json\S*\s+\S*\((cached)?/g)];
    expect(searchFiles.filter((m) => m[1]).length).toBeGreaterThan(0);
    expect(searchFiles.filter((m) => !m[1]).length).toBeGreaterThan(0);
    // Newly painted cards (the edited title's, listings showing it) are placed, the removed
    // story's card goes, the others stay linked.
    const [, painted, placed, removed] = rebuildLog.match(/(\d+) painted in .* (\d+) placed in the output and (\d+) removed from it/) ?? [];
    expect(Number(painted)).toBeGreaterThan(0);
    expect(placed).toBe(painted);
    expect(removed).toBe('1');
  });

  it('removed the page of the deleted story, and nothing else is left over', () => {
    expect(rebuildLog).toMatch(/removed [1-9]\d* pages the previous build had/);
    expect(rebuilt.has(REMOVED_PAGE)).toBe(false);
    expect([...rebuilt.keys()].sort()).toEqual([...full.keys()].sort());
  });

  it('shows the new year in the search filter, which only the rebuilt search page can know', () => {
    expect(searchBefore).not.toMatch(NEW_YEAR_OPTION);
    expect(readFileSync(join(work, 'kept', 'dist', SEARCH_PAGE), 'utf8')).toMatch(NEW_YEAR_OPTION);
  });

  it('has the edit and every file byte-identical to a full build', () => {
    const page = join(work, 'kept', 'dist', 'en', 'articles', 'klingbeil-urges-speed-on-the-digital-euro', 'index.html');
    expect(readFileSync(page, 'utf8')).toContain(MARKER);
    const differing = [...full].filter(([file, hash]) => rebuilt.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
