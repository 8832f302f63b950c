import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CardLayout } from './card-layout';
import type { CardJob } from './card-pool';

/** Bump when the painter or the PNG encoder changes how a layout becomes pixels. */
export const CARD_RENDERER_VERSION = 'skia-palette-1';

/** The renderer's identity: its version and the exact font files it paints with. */
export function cardRendererId(fontFiles: readonly Uint8Array[]): string {
  const hash = createHash('sha256').update(CARD_RENDERER_VERSION);
  for (const font of fontFiles) hash.update(font);
  return hash.digest('hex').slice(0, 16);
}
const COPY_CONCURRENCY = 64;

/** The store file of a card: named by what it shows, so an unchanged card is never painted twice. */
export function cardStoreName(layout: CardLayout, rendererId: string): string {
  return `${createHash('sha256').update(rendererId).update(JSON.stringify(layout)).digest('hex').slice(0, 32)}.png`;
}

export interface StoredCard {
  /** Site path, e.g. `/og/de/artikel/x.png`. */
  path: string;
  /** File name in the store. */
  name: string;
}

export interface CardStorePlan {
  cards: StoredCard[];
  /** Cards missing from the store, each painted once even when several pages share it. */
  jobs: CardJob[];
}

/** Which cards the store already holds and which must be painted. */
export function planCardStore(
  cards: readonly { path: string; layout: CardLayout }[],
  store: { dir: string; rendererId: string; stored: ReadonlySet<string> },
): CardStorePlan {
  const jobs = new Map<string, CardJob>();
  const planned = cards.map(({ path, layout }) => {
    const name = cardStoreName(layout, store.rendererId);
    if (!store.stored.has(name) && !jobs.has(name)) jobs.set(name, { layout, file: join(store.dir, name) });
    return { path, name };
  });
  return { cards: planned, jobs: [...jobs.values()] };
}

/** Names of the cards already in the store (an empty set before the first build). */
export async function readCardStore(storeDir: string): Promise<Set<string>> {
  await mkdir(storeDir, { recursive: true });
  return new Set((await readdir(storeDir)).filter((name) => name.endsWith('.png')));
}

/**
 * Puts every card from the store at its path in the build output: a hard link where both are on
 * one file system (10,000 cards in a moment, no second copy on disk; nothing writes to either
 * file afterwards, a new card gets a new name), a copy otherwise.
 */
export async function copyCardsToOutput(cards: readonly StoredCard[], storeDir: string, outDir: string): Promise<void> {
  const folders = new Set(cards.map((card) => dirname(join(outDir, card.path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  let linking = true;
  const place = async (from: string, to: string) => {
    if (linking) {
      try {
        await rm(to, { force: true });
        return await link(from, to);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV' && (error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
        linking = false;
      }
    }
    await copyFile(from, to);
  };
  for (let i = 0; i < cards.length; i += COPY_CONCURRENCY) {
    await Promise.all(cards.slice(i, i + COPY_CONCURRENCY).map((card) => place(join(storeDir, card.name), join(outDir, card.path))));
  }
}

/** Deletes store files this build did not use (edited or deleted stories, leftovers of a stopped build). */
export async function pruneCardStore(storeDir: string, used: ReadonlySet<string>): Promise<number> {
  const stale = (await readdir(storeDir)).filter((name) => !used.has(name));
  await Promise.all(stale.map((name) => rm(join(storeDir, name), { force: true })));
  return stale.length;
}
