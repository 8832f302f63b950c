import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, epochOf, readAllFiles, type FixtureBuild } from './build-fixture';

// Fixture `publishing`: Kolibri (published 2026-02-18), Quokka (draft), Okapi (dated 2026-03-10).
const filesContaining = (build: FixtureBuild, marker: string) =>
  readAllFiles(build.outDir)
    .filter((file) => file.text.includes(marker))
    .map((file) => file.path);

describe('drafts and scheduled stories in a production build', () => {
  let before: FixtureBuild;
  let onTheDay: FixtureBuild;

  beforeAll(() => {
    before = buildFixture('publishing', { SOURCE_DATE_EPOCH: epochOf('2026-03-01T12:00:00Z') });
    // 00:30 on 10 March in Berlin is still 9 March in UTC: the build day is Berlin's.
    onTheDay = buildFixture('publishing', { SOURCE_DATE_EPOCH: epochOf('2026-03-09T23:30:00Z') });
  }, 240_000);

  it('builds', () => {
    expect(before.status, before.output).toBe(0);
    expect(onTheDay.status, onTheDay.output).toBe(0);
  });

  it('publishes the dated-past story: page and feed item', () => {
    expect(existsSync(join(before.outDir, 'de/artikel/veroeffentlicht/index.html'))).toBe(true);
    expect(filesContaining(before, 'Kolibri')).toEqual(expect.arrayContaining(['/de/rss.xml', '/de/artikel/veroeffentlicht/index.html']));
  });

  it('never ships a draft: no page, and no mention in any file (feeds, sitemap, search index)', () => {
    for (const build of [before, onTheDay]) {
      expect(existsSync(join(build.outDir, 'de/artikel/entwurf/index.html'))).toBe(false);
      expect(filesContaining(build, 'Quokka')).toEqual([]);
      expect(filesContaining(build, '/artikel/entwurf/')).toEqual([]);
    }
  });

  it('holds back a future story until the build day reaches its date', () => {
    expect(existsSync(join(before.outDir, 'de/artikel/geplant/index.html'))).toBe(false);
    expect(filesContaining(before, 'Okapi')).toEqual([]);
    expect(filesContaining(before, '/artikel/geplant/')).toEqual([]);

    expect(existsSync(join(onTheDay.outDir, 'de/artikel/geplant/index.html'))).toBe(true);
    expect(filesContaining(onTheDay, 'Okapi')).toEqual(expect.arrayContaining(['/de/rss.xml', '/de/artikel/geplant/index.html']));
  });

  it('shows no draft banner in production', () => {
    expect(filesContaining(onTheDay, 'class="banner"')).toEqual([]);
  });

  it('lists published stories on the noindex newsroom page, marking missing and outdated editions', () => {
    const page = readFileSync(join(onTheDay.outDir, 'de/redaktion/index.html'), 'utf8');
    expect(page).toMatch(/<meta name="robots" content="noindex/);
    expect(page).toContain('Kolibri');
    expect(page).toContain('Okapi');
    // The English edition of Kolibri is older than the German update of 20 February.
    expect(page).toContain('veraltet: Deutsch wurde am 20. Februar 2026 aktualisiert');
    // Okapi and Tapir have no English edition.
    expect(page).toMatch(/Fehlt auf Englisch<\/dt>\s*<dd[^>]*>2<\/dd>/);
  });
});

describe('hostile text in titles and summaries', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildFixture('publishing', { SOURCE_DATE_EPOCH: epochOf('2026-03-01T12:00:00Z') });
  }, 120_000);

  it('is shown as text on the page, never as markup, in every built file', () => {
    expect(build.status, build.output).toBe(0);
    const page = readFileSync(join(build.outDir, 'de/artikel/tapir/index.html'), 'utf8');
    expect(page).toContain('Tapir &lt;script&gt;alert(1)&lt;/script&gt;');
    const raw = ['<script>alert(1)', '<img src=x onerror', '<b onmouseover'];
    // In HTML and XML, markup outside quoted attribute values would be parsed as elements
    // (inside an attribute it is inert text, with `"` escaped). JSON files hold plain strings.
    const markupFiles = readAllFiles(build.outDir).filter((file) => /\.(html|xml)$/.test(file.path));
    expect(markupFiles.length).toBeGreaterThan(10);
    for (const file of markupFiles) {
      const outsideAttributes = file.text.replace(/="[^"]*"/g, '=""');
      for (const markup of raw) expect(outsideAttributes.includes(markup), `${file.path} contains ${markup}`).toBe(false);
    }
    // The story did reach feeds and listings, escaped.
    expect(filesContaining(build, 'Tapir').length).toBeGreaterThan(3);
  });
});
