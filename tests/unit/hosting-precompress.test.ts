import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compressBothSync, compressFile, hashBytes, type CompressJob } from '../../src/lib/hosting/compress-file';
import { compressInWorkers, compressJobs } from '../../src/lib/hosting/compress-pool';
import { brotliQualityOf, findStaleSiblings, isPrecompressSource, isUpToDate, parsePrecompressRecord, RACY_MARGIN_NS, reuseRead, type PrecompressRecord } from '../../src/lib/hosting/precompress';
import { writeHostingOutput } from '../../src/lib/hosting/write-output';

const nowNs = () => BigInt(Date.now()) * 1_000_000n;
const work = mkdtempSync(join(tmpdir(), 'souveraen-precompress-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('precompression', () => {
  it('compresses text files only, not their siblings or the host files', () => {
    expect(['/a.html', '/b.css', '/c.js', '/d.json', '/e.xml', '/f.svg', '/robots.txt'].every(isPrecompressSource)).toBe(true);
    expect(['/a.png', '/a.webp', '/f.woff2', '/a.html.br', '/a.html.gz', '/_headers', '/_hosting/site.caddy'].some(isPrecompressSource)).toBe(false);
    expect(brotliQualityOf('/_astro/x.css')).toBe(11);
    expect(brotliQualityOf('/de/index.html')).toBeLessThan(11);
  });

  it('gives the same bytes for the same input, decoding to the input', () => {
    const text = Buffer.from('<p>Souverän</p>'.repeat(500));
    const [one, two] = [compressBothSync(text, brotliQualityOf('/a.html'), 9), compressBothSync(text, brotliQualityOf('/a.html'), 9)];
    expect(one.br.equals(two.br) && one.gz.equals(two.gz)).toBe(true);
    expect(brotliDecompressSync(one.br).equals(text)).toBe(true);
    expect(gunzipSync(one.gz).equals(text)).toBe(true);
  });

  it('keeps siblings only for unchanged bytes with both siblings there, and finds orphaned ones', () => {
    const record: PrecompressRecord = { version: 3, outDir: '/o', compressor: 'c', files: { '/a.html': 'h1' }, stamps: {}, policies: [], metas: {}, madeAtNs: '0' };
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
    const first = await writeHostingOutput(out, undefined, nowNs());
    expect(first.compressed).toBe(3);
    const untouched = statSync(join(out, 'de', 'rss.xml.br')).mtimeMs;

    writeFileSync(join(out, 'de', 'index.html'), '<html><head></head><body>zwei</body></html>');
    rmSync(join(out, 'gone.html'));
    const second = await writeHostingOutput(out, first.record, nowNs());
    expect({ compressed: second.compressed, removed: second.removedSiblings }).toEqual({ compressed: 1, removed: 2 });
    expect(brotliDecompressSync(readFileSync(join(out, 'de', 'index.html.br'))).toString()).toContain('zwei');
    expect(statSync(join(out, 'de', 'rss.xml.br')).mtimeMs).toBe(untouched);
    expect(existsSync(join(out, 'gone.html.gz'))).toBe(false);
    expect(second.pagesWithoutPolicy).toEqual(['/de/index.html']);
  });

  it('reads again only files whose stamp changed, even a rewrite of the same size, and reuses the rest', async () => {
    const out = join(work, 'stamps');
    mkdirSync(join(out, 'de'), { recursive: true });
    const page = (word: string) => `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"></head><body>${word}</body></html>`;
    writeFileSync(join(out, 'de', 'index.html'), page('eins'));
    writeFileSync(join(out, 'de', 'b.html'), page('fest'));
    writeFileSync(join(out, 'de', 'rss.xml'), '<rss/>');
    const first = await writeHostingOutput(out, undefined, nowNs());
    expect(first.read).toBe(3);
    // As if the first build had been seconds ago (its files' change times clearly before it).
    const aged = { ...first.record, madeAtNs: String(nowNs() + 2n * RACY_MARGIN_NS) };
    await new Promise((done) => setTimeout(done, 20));
    writeFileSync(join(out, 'de', 'index.html'), page('zwei'));
    const second = await writeHostingOutput(out, aged, nowNs());
    expect({ read: second.read, compressed: second.compressed }).toEqual({ read: 1, compressed: 1 });
    expect(brotliDecompressSync(readFileSync(join(out, 'de', 'index.html.br'))).toString()).toContain('zwei');
    expect(second.record.files).toEqual({ ...first.record.files, '/de/index.html': second.record.files['/de/index.html'] });
    expect(second.record.files['/de/index.html']).not.toBe(first.record.files['/de/index.html']);
    // The reused page keeps its policy: no page lacks one.
    expect(second.pagesWithoutPolicy).toEqual([]);
    expect(second.record.policies[second.record.metas['/de/b.html']!]).toBe("default-src 'self'");
    // Both pages' policy is written once.
    expect(second.record.policies).toEqual(["default-src 'self'"]);
    // A missing sibling is written again from the file itself.
    rmSync(join(out, 'de', 'rss.xml.gz'));
    const third = await writeHostingOutput(out, { ...second.record, madeAtNs: String(nowNs() + 2n * RACY_MARGIN_NS) }, nowNs());
    expect({ read: third.read, compressed: third.compressed }).toEqual({ read: 1, compressed: 1 });
    expect(existsSync(join(out, 'de', 'rss.xml.gz'))).toBe(true);
  });

  it('trusts a stamp only when the file changed clearly before the record was made', () => {
    const record: PrecompressRecord = { version: 3, outDir: '/o', compressor: 'c', files: { '/a.xml': 'h' }, stamps: { '/a.xml': 's' }, policies: [], metas: {}, madeAtNs: String(10n * RACY_MARGIN_NS) };
    expect(reuseRead('/a.xml', 's', RACY_MARGIN_NS, record)).toEqual({ hash: 'h', meta: undefined });
    expect(reuseRead('/a.xml', 's', 9n * RACY_MARGIN_NS, record)).toBeUndefined();
    expect(reuseRead('/a.xml', 'other', RACY_MARGIN_NS, record)).toBeUndefined();
    // A page without its recorded meta tag is read again.
    const page = { ...record, files: { '/a.html': 'h' }, stamps: { '/a.html': 's' } };
    expect(reuseRead('/a.html', 's', RACY_MARGIN_NS, page)).toBeUndefined();
    // Its policy by number, none, or a number the record has no policy for (read again).
    expect(reuseRead('/a.html', 's', RACY_MARGIN_NS, { ...page, policies: ['x', 'y'], metas: { '/a.html': 1 } })).toEqual({ hash: 'h', meta: 'y' });
    expect(reuseRead('/a.html', 's', RACY_MARGIN_NS, { ...page, metas: { '/a.html': null } })).toEqual({ hash: 'h', meta: null });
    expect(reuseRead('/a.html', 's', RACY_MARGIN_NS, { ...page, policies: ['x'], metas: { '/a.html': 1 } })).toBeUndefined();
  });

  it('compresses on worker threads: every job’s result comes back with its own job, the same as on this thread', async () => {
    const dir = join(work, 'pool');
    mkdirSync(dir, { recursive: true });
    const jobs: CompressJob[] = Array.from({ length: 150 }, (_, i) => {
      const file = join(dir, `${i}.html`);
      writeFileSync(file, `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; img-src ${i}"></head><body>${'x'.repeat(i * 40)}</body></html>`);
      // Every third file is already compressed from these bytes: only hashed and read for its policy.
      const upToDateHash = i % 3 === 0 ? hashBytes(readFileSync(file)) : undefined;
      return { path: `/${i}.html`, file, brFile: `${file}.br`, gzFile: `${file}.gz`, brotliQuality: 6, gzipLevel: 9, upToDateHash, page: true };
    });
    const seen = new Map<string, unknown>();
    await compressInWorkers(jobs, (job, result) => seen.set(job.path, result), 3);
    expect(seen.size).toBe(jobs.length);
    for (const [i, job] of jobs.entries()) {
      const result = seen.get(job.path) as ReturnType<typeof compressFile>;
      expect(result.hash).toBe(hashBytes(readFileSync(job.file)));
      expect(result.meta).toBe(`default-src 'self'; img-src ${i}`);
      expect(result.compressed !== undefined).toBe(i % 3 !== 0);
      if (i % 3 !== 0) expect(brotliDecompressSync(readFileSync(job.brFile)).equals(readFileSync(job.file))).toBe(true);
      else expect(existsSync(job.brFile)).toBe(false);
    }
  });

  it('gives each job its own result, whether a few run on this thread or many on worker threads', async () => {
    const dir = join(work, 'jobs');
    mkdirSync(dir, { recursive: true });
    const jobsOf = (count: number, name: string): CompressJob[] =>
      Array.from({ length: count }, (_, i) => {
        const file = join(dir, `${name}-${i}.css`);
        writeFileSync(file, `a{content:"${name} ${i}"}${' '.repeat(i * 30)}`);
        return { path: `/${name}-${i}.css`, file, brFile: `${file}.br`, gzFile: `${file}.gz`, brotliQuality: 6, gzipLevel: 9, page: false };
      });
    for (const jobs of [jobsOf(3, 'few'), jobsOf(200, 'many')]) {
      const seen = new Map<string, ReturnType<typeof compressFile>>();
      await compressJobs(jobs, (job, result) => seen.set(job.path, result));
      expect(seen.size).toBe(jobs.length);
      for (const job of jobs) {
        expect(seen.get(job.path)!.hash).toBe(hashBytes(readFileSync(job.file)));
        expect(gunzipSync(readFileSync(job.gzFile)).equals(readFileSync(job.file))).toBe(true);
      }
    }
  });

  it('stops with the worker’s error, naming the file, and with an error of the caller', async () => {
    const missing = join(work, 'pool', 'missing.html');
    const job: CompressJob = { path: '/missing.html', file: missing, brFile: `${missing}.br`, gzFile: `${missing}.gz`, brotliQuality: 6, gzipLevel: 9, page: true };
    await expect(compressInWorkers([job], () => undefined, 2)).rejects.toThrow(/compression worker failed: .*missing\.html/s);
    const present = join(work, 'pool', '1.html');
    const ok: CompressJob = { ...job, path: '/1.html', file: present, brFile: `${present}.br`, gzFile: `${present}.gz` };
    await expect(compressInWorkers([ok], () => { throw new Error('caller says no'); }, 1)).rejects.toThrow('caller says no');
  });
});
