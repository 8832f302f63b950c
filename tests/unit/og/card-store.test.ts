import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderCardsInWorkers } from '../../../src/lib/og/card-pool';
import { cardRendererId, cardStoreName, syncCardsToOutput, planCardStore, pruneCardStore, readCardStore } from '../../../src/lib/og/card-store';
import { createCardRenderer } from '../../../src/lib/og/render-card';

const renderer = createCardRenderer(process.cwd());
const base = { eyebrow: 'Thema', siteName: 'Souverän Digest', color: '#1f5fa8' };
const contentA = { ...base, title: 'Erste Geschichte' };
const contentB = { ...base, title: 'Zweite Geschichte' };

describe('cardStoreName', () => {
  it('depends on what the card shows and on the renderer, nothing else', () => {
    const id = cardRendererId([Uint8Array.from([1, 2])]);
    expect(cardStoreName(structuredClone(contentA), id)).toBe(cardStoreName(contentA, id));
    expect(cardStoreName(contentB, id)).not.toBe(cardStoreName(contentA, id));
    expect(cardStoreName({ ...contentA, color: '#1f5fa9' }, id)).not.toBe(cardStoreName(contentA, id));
    expect(cardStoreName(contentA, cardRendererId([Uint8Array.from([1, 3])]))).not.toBe(cardStoreName(contentA, id));
    // A change to the card code (one more input) renames every card.
    expect(cardStoreName(contentA, cardRendererId([Uint8Array.from([1, 2]), Uint8Array.from([9])]))).not.toBe(cardStoreName(contentA, id));
  });
});

describe('planCardStore', () => {
  it('paints only cards the store lacks, once even when two pages share one', () => {
    const rendererId = 'r';
    const cards = [
      { path: '/og/a.png', content: contentA },
      { path: '/og/b.png', content: contentB },
      { path: '/og/b2.png', content: contentB },
    ];
    const stored = new Set([cardStoreName(contentA, rendererId)]);
    const plan = planCardStore(cards, { dir: '/store', rendererId, stored });
    expect(plan.cards.map((card) => card.path)).toEqual(['/og/a.png', '/og/b.png', '/og/b2.png']);
    expect(plan.jobs).toEqual([{ content: contentB, file: join('/store', cardStoreName(contentB, rendererId)) }]);
  });
});

describe('the card store on disk', () => {
  it('paints on worker threads, copies into the output and prunes what a build no longer uses', async () => {
    const root = mkdtempSync(join(tmpdir(), 'souveraen-cards-'));
    const store = join(root, 'store');
    const out = join(root, 'dist');
    const cards = [
      { path: '/og/de/a.png', content: contentA },
      { path: '/og/en/b.png', content: contentB },
    ];
    const plan = planCardStore(cards, { dir: store, rendererId: 'r', stored: await readCardStore(store) });
    const painting = renderCardsInWorkers(plan.jobs, { workers: 2, projectRoot: process.cwd() });
    await painting.done;
    // The workers report their own threads' CPU time: painting a card takes some.
    expect(painting.cpuMs()).toBeGreaterThan(0);
    expect(await syncCardsToOutput(plan.cards, store, out)).toEqual({ placed: 2, removed: 0 });
    const copied = readFileSync(join(out, 'og/de/a.png'));
    expect(copied.equals(renderer.render({ ...base, title: 'Erste Geschichte' }))).toBe(true);
    expect((await sharp(join(out, 'og/en/b.png')).metadata()).width).toBe(1200);

    writeFileSync(join(store, 'stale.png'), 'old');
    const again = planCardStore(cards, { dir: store, rendererId: 'r', stored: await readCardStore(store) });
    expect(again.jobs).toEqual([]);
    expect(await pruneCardStore(store, new Set(again.cards.map((card) => card.name)))).toBe(1);
    expect([...(await readCardStore(store))].sort()).toEqual(again.cards.map((card) => card.name).sort());
    // Two Skia workers take seconds to start when other work shares the two cores.
  }, 30_000);

  it('keeps linked cards in a kept output, replaces changed ones and removes the rest', async () => {
    const root = mkdtempSync(join(tmpdir(), 'souveraen-cards-'));
    const store = join(root, 'store');
    const out = join(root, 'dist');
    mkdirSync(store);
    for (const name of ['a.png', 'b.png', 'c.png']) writeFileSync(join(store, name), name);
    const first = [
      { path: '/og/de/a.png', name: 'a.png' },
      { path: '/og/en/b.png', name: 'b.png' },
    ];
    expect(await syncCardsToOutput(first, store, out)).toEqual({ placed: 2, removed: 0 });
    expect(await syncCardsToOutput(first, store, out)).toEqual({ placed: 0, removed: 0 });

    mkdirSync(join(out, 'og', 'old'));
    writeFileSync(join(out, 'og', 'old', 'gone.png'), 'left over');
    // A separate file at a card's path (written in place it would change the store's file too).
    rmSync(join(out, 'og', 'de', 'a.png'));
    writeFileSync(join(out, 'og', 'de', 'a.png'), 'a file that is not the store\'s');
    const second = [
      { path: '/og/de/a.png', name: 'a.png' },
      { path: '/og/en/b.png', name: 'c.png' },
    ];
    expect(await syncCardsToOutput(second, store, out)).toEqual({ placed: 2, removed: 1 });
    expect(readFileSync(join(out, 'og', 'de', 'a.png'), 'utf8')).toBe('a.png');
    expect(readFileSync(join(out, 'og', 'en', 'b.png'), 'utf8')).toBe('c.png');
    expect(existsSync(join(out, 'og', 'old', 'gone.png'))).toBe(false);
  });

  it('writes every card when workers are added while batches are queued', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'souveraen-cards-'));
    const jobs = Array.from({ length: 40 }, (_, i) => ({ content: i % 2 ? contentA : contentB, file: join(dir, `${i}.png`) }));
    const painting = renderCardsInWorkers(jobs, { workers: 1, projectRoot: process.cwd(), minQueuedToGrow: 1 });
    painting.growTo(3);
    await painting.done;
    for (const [i, job] of jobs.entries()) {
      expect(readFileSync(job.file).equals(readFileSync(jobs[i % 2]!.file)), job.file).toBe(true);
    }
    expect(readFileSync(jobs[1]!.file).equals(renderer.render({ ...base, title: 'Erste Geschichte' }))).toBe(true);
    // Starting three Skia workers takes seconds when other tests share the two cores.
  }, 30_000);

  it('rejects with the worker error when a card cannot be written', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'souveraen-cards-')), 'no-such-folder', 'x.png');
    await expect(renderCardsInWorkers([{ content: contentA, file: missing }], { workers: 1, projectRoot: process.cwd() }).done).rejects.toThrow(
      /Open Graph card worker failed: .*ENOENT/s,
    );
  });
});
