import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { correctionsFeedUrl, correctionsUrl, newsSitemapUrl, redirectsListUrl } from '../../src/lib/urls';
import { buildFixture, epochOf, readAllFiles, type FixtureBuild } from './build-fixture';
import { xml } from './seo-head';

// Fixture `digest` (see its README), built on 20 February 2026.
const ORIGIN = 'https://souveraen-digest.eu';
let build: FixtureBuild;
const read = (path: string) => readFileSync(join(build.outDir, path.replace(/^\//, '').replace(/\/$/, '/index.html')), 'utf8');
const exists = (path: string) => existsSync(join(build.outDir, path.replace(/^\//, '').replace(/\/$/, '/index.html')));

beforeAll(() => {
  build = buildFixture('digest', { SOURCE_DATE_EPOCH: epochOf('2026-02-20T12:00:00Z'), SITE_URL: ORIGIN });
}, 240_000);

describe('digest fixture build', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('makes editions of published stories only: ISO week-years, no draft, no scheduled week', () => {
    expect(exists('/de/ausgaben/2026-kw01/')).toBe(true);
    expect(exists('/de/ausgaben/2026-kw08/')).toBe(true);
    expect(exists('/de/ausgaben/2026-kw09/')).toBe(false);
    expect(exists('/en/editions/2026-w01/')).toBe(false);
    const edition = read('/de/ausgaben/2026-kw08/');
    expect(edition).not.toContain('Quokka');
    expect(edition).toContain('Vorwort mit &lt;script&gt;alert(1)&lt;/script&gt; als Text.');
    expect(edition.indexOf('/de/artikel/kolibri/')).toBeLessThan(edition.indexOf('/de/artikel/heute/'));
    expect(readAllFiles(build.outDir).filter((file) => file.text.includes('Okapi')).map((file) => file.path)).toEqual([]);
  });

  it('shows a dated correction box and says so in the structured data', () => {
    const story = read('/de/artikel/kolibri/');
    const box = story.replace(/ data-astro-cid-\w+/g, '');
    expect(box).toMatch(/<li id="correction-2026-02-19"><strong><time datetime="2026-02-19">Korrigiert am 19\. Februar 2026<\/time>:<\/strong> Kolibri-Korrektur/);
    const graph = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(story)![1]!)['@graph'];
    const article = graph.find((node: { '@type': string }) => node['@type'] === 'NewsArticle');
    expect(article.dateModified).toBe('2026-02-19T12:00:00Z');
    expect(article.correction).toEqual([{ '@type': 'CorrectionComment', text: 'Kolibri-Korrektur: Der Betrag war falsch angegeben.', datePublished: '2026-02-19T12:00:00Z' }]);
    expect(read('/en/articles/hummingbird/')).not.toContain('correction-');
  });

  it('lists corrections per language, with a feed', () => {
    const page = read(correctionsUrl('de'));
    expect(page).toContain('href="/de/artikel/kolibri/"');
    expect(page).toContain('Kolibri-Korrektur');
    expect(read(correctionsUrl('en'))).toContain('No story has needed a correction so far.');
    const channel = xml.parse(read(correctionsFeedUrl('de'))).rss.channel;
    expect(channel.item.map((item: { link: string; title: string }) => [item.link, item.title])).toEqual([
      [`${ORIGIN}/de/artikel/kolibri/#correction-2026-02-19`, 'Korrektur: Kolibri: korrigierte Meldung'],
    ]);
  });

  it('keeps the old URL alive: a static redirect page and the same redirect for web servers', () => {
    const page = read('/de/artikel/kolibri-alt/');
    expect(page).toContain(`<link rel="canonical" href="${ORIGIN}/de/artikel/kolibri/">`);
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${ORIGIN}/de/artikel/kolibri/">`);
    expect(page).toContain('<meta name="robots" content="noindex, follow">');
    expect(JSON.parse(read(redirectsListUrl()))).toEqual([{ from: '/de/artikel/kolibri-alt/', to: '/de/artikel/kolibri/', status: 301 }]);
    expect(read('/sitemap-0.xml')).not.toContain('kolibri-alt');
  });

  it('puts only the stories of the build day and the day before in the news sitemap', () => {
    const news = xml.parse(read(newsSitemapUrl())).urlset.url as { loc: string }[];
    expect(news.map((url) => url.loc)).toEqual([`${ORIGIN}/de/artikel/heute/`]);
  });
});
