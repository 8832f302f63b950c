import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliQualityOf, compressBoth, findStaleSiblings, isPrecompressSource, isUpToDate, parsePrecompressRecord, type PrecompressRecord } from '../../src/lib/hosting/precompress';
import { writeHostingOutput } from '../../src/lib/hosting/write-output';

const work = mkdtempSync(join(tmpdir(), 'souveraen-precompress-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('precompression', () => {
  it('compresses text files only, not their siblings or the host files', () => {
    expect(['/a.html', '/b.css', '/c.js', '/d.json', '/e.xml', '/f.svg', '/robots.txt'].every(isPrecompressSource)).toBe(true);
    expect(['/a.png', '/a.webp', '/f.woff2', '/a.html.br', '/a.html.gz', '/_headers', '/_hosting/site.caddy'].some(isPrecompressSource)).toBe(false);
    expect(brotliQualityOf('/_astro/x.css')).toBe(11);
    expect(brotliQualityOf('/de/index.html')).toBeLessThan(11);
  });

  it('gives the same bytes for the same input, decoding to the input', async () => {
    const text = Buffer.from('<p>Souverän</p>'.repeat(500));
    const [one, two] = [await compressBoth('/a.html', text), await compressBoth('/a.html', text)];
    expect(one.br.equals(two.br) && one.gz.equals(two.gz)).toBe(true);
    expect(brotliDecompressSync(one.br).equals(text)).toBe(true);
    expect(gunzipSync(one.gz).equals(text)).toBe(true);
  });

  it('keeps siblings only for unchanged bytes with both siblings there, and finds orphaned ones', () => {
    const record: PrecompressRecord = { version: 1, outDir: '/o', compressor: 'c', files: { '/a.html': 'h1' } };
    const all = () => true;
    expect(isUpToDate('/a.html', 'h1', record, all)).toBe(true);
    expect(isUpToDate('/a.html', 'h2', record, all)).toBe(false);
    expect(isUpToDate('/a.html', 'h1', record, (p) => !p.endsWith('.gz'))).toBe(false);
    expect(isUpToDate('/a.html', 'h1', undefined, all)).toBe(false);
    // A shipped archive or a .br of an image is nobody's sibling: left alone.
    expect(findStaleSiblings(['/a.html', '/a.html.br', '/b.html.gz', '/c.png.br', '/x.tar.gz'])).toEqual(['/b.html.gz']);
    expect(parsePrecompressRecord(JSON.stringify(record), '/o', 'c')).toEqual(record);
    expect(parsePrecompressRecord(JSON.stringify(record), '/o', 'other compressor')).toBeUndefined();
    expect(parsePrecompressRecord('{', '/o', 'c')).toBeUndefined();
  });

  it('on a second run compresses only the edited file and removes the removed one’s siblings', async () => {
    const out = join(work, 'out');
    mkdirSync(join(out, 'de'), { recursive: true });
    writeFileSync(join(out, 'de', 'index.html'), '<html><head></head><body>eins</body></html>');
    writeFileSync(join(out, 'de', 'rss.xml'), '<rss/>');
    writeFileSync(join(out, 'gone.html'), '<html></html>');
    const first = await writeHostingOutput(out, undefined);
    expect(first.compressed).toBe(3);
    const untouched = statSync(join(out, 'de', 'rss.xml.br')).mtimeMs;

    writeFileSync(join(out, 'de', 'index.html'), '<html><head></head><body>zwei</body></html>');
    rmSync(join(out, 'gone.html'));
    const second = await writeHostingOutput(out, first.record);
    expect({ compressed: second.compressed, removed: second.removedSiblings }).toEqual({ compressed: 1, removed: 2 });
    expect(brotliDecompressSync(readFileSync(join(out, 'de', 'index.html.br'))).toString()).toContain('zwei');
    expect(statSync(join(out, 'de', 'rss.xml.br')).mtimeMs).toBe(untouched);
    expect(existsSync(join(out, 'gone.html.gz'))).toBe(false);
    expect(second.pagesWithoutPolicy).toEqual(['/de/index.html']);
  });
});
