import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapInBatches } from '../batches.ts';
import { OG_CARD_FOLDER } from '../urls.ts';
import type { CardContent } from './card-layout.ts';
import type { CardJob } from './card-pool.ts';

/** Bump when the painter or the PNG encoder changes how a layout becomes pixels. */
const CARD_RENDERER_VERSION = 'skia-palette-2';

/**
 * The renderer's identity: its version and its exact inputs besides the card's content, i.e. the
 * font files and the source of the card code (layout, text fitting, painting, encoding), so that
 * any change to how content becomes pixels gives every card a new name.
 */
export function cardRendererId(inputs: readonly Uint8Array[]): string {
  const hash = createHash('sha256').update(CARD_RENDERER_VERSION);
  for (const input of inputs) hash.update(createHash('sha256').update(input).digest());
  return hash.digest('hex').slice(0, 16);
}
const COPY_CONCURRENCY = 64;

/**
 * The store file of a card: named by what it shows and the renderer, so an unchanged card is
 * never laid out or painted twice (the layout's text fitting costs as much as painting).
 */
export function cardStoreName(content: CardContent, rendererId: string): string {
  return `${createHash('sha256').update(rendererId).update(JSON.stringify(content)).digest('hex').slice(0, 32)}.png`;
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
  cards: readonly { path: string; content: CardContent }[],
  store: { dir: string; rendererId: string; stored: ReadonlySet<string> },
): CardStorePlan {
  const jobs = new Map<string, CardJob>();
  const planned = cards.map(({ path, content }) => {
    const name = cardStoreName(content, store.rendererId);
    if (!store.stored.has(name) && !jobs.has(name)) jobs.set(name, { content, file: join(store.dir, name) });
    return { path, name };
  });
  return { cards: planned, jobs: [...jobs.values()] };
}

/** Names of the cards already in the store (an empty set before the first build). */
export async function readCardStore(storeDir: string): Promise<Set<string>> {
  await mkdir(storeDir, { recursive: true });
  return new Set((await readdir(storeDir)).filter((name) => name.endsWith('.png')));
}

export interface CardPlacement {
  /** Cards linked or copied into the output this build. */
  placed: number;
  /** Files in the card folder no card of this build has (deleted stories, a previous build's leftovers). */
  removed: number;
}

/**
 * Makes the output's card folder hold exactly this build's cards, each the store's file: a hard
 * link where both are on one file system (10,000 cards in a moment, no second copy on disk;
 * nothing writes to either file afterwards, a new card gets a new name), a copy otherwise. The
 * output folder is kept between builds (src/integrations/keep-output.ts), so a card already
 * linked to its store file stays; every other file in the folder is replaced or removed.
 */
export async function syncCardsToOutput(cards: readonly StoredCard[], storeDir: string, outDir: string): Promise<CardPlacement> {
  const folder = join(outDir, OG_CARD_FOLDER);
  const wanted = new Set(cards.map((card) => join(outDir, card.path)));
  const present = await listFiles(folder);
  const stale = present.filter((file) => !wanted.has(file));
  await mapInBatches(stale, COPY_CONCURRENCY, (file) => rm(file, { force: true }));

  const existing = new Set(present);
  const folders = new Set(cards.map((card) => dirname(join(outDir, card.path))));
  await Promise.all([...folders].map((dir) => mkdir(dir, { recursive: true })));
  let linking = true;
  let placed = 0;
  const place = async (from: string, to: string) => {
    if (existing.has(to) && isSameFile(from, to)) return;
    placed++;
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
  await mapInBatches(cards, COPY_CONCURRENCY, (card) => place(join(storeDir, card.name), join(outDir, card.path)));
  return { placed, removed: stale.length };
}

/**
 * Both names are hard links to one file (a copy never counts: it is written again). Synchronous:
 * two stats of files just listed cost microseconds, two promises through libuv's threads several
 * times that on Astro's thread, for every card of the archive on every build.
 */
function isSameFile(a: string, b: string): boolean {
  const first = statSync(a);
  const second = statSync(b, { throwIfNoEntry: false });
  return second !== undefined && first.ino === second.ino && first.dev === second.dev;
}

async function listFiles(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => !entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Deletes store files this build did not use (edited or deleted stories, leftovers of a stopped build). */
export async function pruneCardStore(storeDir: string, used: ReadonlySet<string>): Promise<number> {
  const stale = (await readdir(storeDir)).filter((name) => !used.has(name));
  await Promise.all(stale.map((name) => rm(join(storeDir, name), { force: true })));
  return stale.length;
}
