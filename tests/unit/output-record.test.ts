import { describe, expect, it } from 'vitest';
import { isPrecompressedSibling } from '../../src/lib/hosting/precompress';
import { createOutputRecord, findFilesToClear, findOrphanPages, parseOutputRecord } from '../../src/lib/build/output-record';

const OUT = '/site/dist/';

describe('output record', () => {
  const record = createOutputRecord(OUT, ['en/b/index.html', 'de/a/index.html', 'de/a/index.html']);

  it('lists each page once, sorted, and reads back only for the same folder', () => {
    expect(record.pages).toEqual(['de/a/index.html', 'en/b/index.html']);
    expect(parseOutputRecord(JSON.stringify(record), OUT)).toEqual(record);
    expect(parseOutputRecord(JSON.stringify(record), '/elsewhere/dist/')).toBeUndefined();
  });

  it('treats a missing, broken or foreign record as none', () => {
    expect(parseOutputRecord(undefined, OUT)).toBeUndefined();
    expect(parseOutputRecord('{"version":1,"outDir":"/site/dist/","pa', OUT)).toBeUndefined();
    expect(parseOutputRecord(JSON.stringify({ ...record, version: 0 }), OUT)).toBeUndefined();
    expect(parseOutputRecord(JSON.stringify({ ...record, pages: [1] }), OUT)).toBeUndefined();
  });

  it('clears everything but the recorded pages before a build, and everything without a record', () => {
    const files = ['de/a/index.html', '_astro/site.123.css', 'og/de/a.png', 'en/b/index.html', 'sitemap-0.xml', '.git/HEAD'];
    expect(findFilesToClear(files, record)).toEqual(['_astro/site.123.css', 'og/de/a.png', 'sitemap-0.xml']);
    expect(findFilesToClear(files, undefined)).toEqual(['de/a/index.html', '_astro/site.123.css', 'og/de/a.png', 'en/b/index.html', 'sitemap-0.xml']);
  });

  it('leaves owned folders to their owner, unless there is no record', () => {
    const files = ['de/a/index.html', 'og/de/a.png', 'ogre.html', '_astro/x.js'];
    expect(findFilesToClear(files, record, { folders: ['og'] })).toEqual(['ogre.html', '_astro/x.js']);
    expect(findFilesToClear(files, undefined, { folders: ['og'] })).toEqual(files);
  });

  it('leaves owned files (precompressed siblings) to their owner, unless there is no record', () => {
    const files = ['de/a/index.html', 'de/a/index.html.br', 'de/a/index.html.gz', 'sitemap-0.xml', 'sitemap-0.xml.gz', 'de/brief.html', 'data.tar.gz'];
    const owned = { files: (file: string) => isPrecompressedSibling(`/${file}`) };
    expect(findFilesToClear(files, record, owned)).toEqual(['sitemap-0.xml', 'de/brief.html', 'data.tar.gz']);
    expect(findFilesToClear(files, undefined, owned)).toEqual(files);
  });

  it('finds the previous pages this build did not produce', () => {
    expect(findOrphanPages(record, ['de/a/index.html', 'de/c/index.html'])).toEqual(['en/b/index.html']);
    expect(findOrphanPages(undefined, ['de/a/index.html'])).toEqual([]);
  });
});
