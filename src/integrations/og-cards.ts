import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { OgCard } from '../lib/og/cards.ts';
import { renderCardsInWorkers, type CardPainting } from '../lib/og/card-pool.ts';
import { cardRendererId, syncCardsToOutput, planCardStore, pruneCardStore, readCardStore, type StoredCard } from '../lib/og/card-store.ts';
import { FONT_DIR, FONT_FILES } from '../lib/og/fonts.ts';
import type { ListedFolders } from '../lib/build/list-files.ts';
import { OG_CARD_FOLDER, ogCardRoutePattern } from '../lib/urls.ts';
import { closeCardChannel, openCardChannel } from './og-card-channel.ts';

interface Options {
  /** Worker threads; by default one per core but the one Astro's rendering thread needs. */
  workers?: number | undefined;
  /** Told the card folder's files once they are placed (for the hosting step). */
  listed?: ListedFolders | undefined;
}

/** Where the card code lives, relative to the project root. */
const CARD_CODE_DIR = 'src/lib/og';

/** Low priority: the workers use the cores Astro leaves idle (see card-worker.ts). */
const CARD_WORKER_NICE = 10;

interface CardRun {
  cards: StoredCard[];
  painted: number;
  /** `growTo` adds workers while cards are queued. */
  painting: CardPainting;
  started: number;
  /** When the last card was written (performance.now()). */
  finished: Promise<number>;
}

/**
 * Open Graph cards, outside Astro's page pipeline. A build paints them on worker threads from
 * the moment the card list exists, while Astro renders pages (mostly on its one main thread),
 * into a store keyed by what each card shows (in Astro's cacheDir); unchanged cards are never
 * painted again. When Astro is done they are linked into the output. The dev server paints a
 * card when it is requested instead (an injected endpoint).
 *
 * The card list comes from the pages' own site model: a build-only route sends it from its
 * `getStaticPaths` (og-card-list-route.ts, og-card-channel.ts), so the content is read once, by
 * the story loader. The build tests check that every page's card exists.
 */
export function ogCards({ workers = Math.max(1, availableParallelism() - 1), listed }: Options = {}): AstroIntegration {
  let projectRoot = '';
  let storeDir = '';
  let run: Promise<CardRun> | undefined;
  let building = false;

  async function startCards(list: readonly OgCard[]): Promise<CardRun> {
    const started = performance.now();
    // Nothing is laid out here: a card is named by its content, so Astro's thread only hashes;
    // the workers lay out and paint the cards the store lacks.
    const plan = planCardStore(list, { dir: storeDir, rendererId: cardRendererId(readRendererInputs(projectRoot)), stored: await readCardStore(storeDir) });
    const painting = renderCardsInWorkers(plan.jobs, { workers, projectRoot, nice: CARD_WORKER_NICE });
    const finished = painting.done.then(() => performance.now());
    finished.catch(() => undefined);
    return { cards: plan.cards, painted: plan.jobs.length, painting, started, finished };
  }

  return {
    name: 'souveraen:og-cards',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        building = command === 'build';
        // The dev server paints each card on request; a build's route only sends the card list.
        const entrypoint = new URL(building ? './og-card-list-route.ts' : './og-card-route.ts', import.meta.url);
        if (building || command === 'dev') injectRoute({ pattern: ogCardRoutePattern(), entrypoint, prerender: true });
      },
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
        storeDir = fileURLToPath(new URL('og-cards/', config.cacheDir));
        if (!building) return;
        run = undefined;
        openCardChannel((cards) => {
          if (run) throw new Error('Open Graph cards: the card list was sent twice');
          run = startCards(cards);
          // Failures surface in astro:build:done; until then the rejection is handled here.
          run.catch(() => undefined);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        closeCardChannel();
        if (!run) throw new Error('Open Graph cards: the pages never sent the card list (src/integrations/og-card-list-route.ts)');
        const { cards, painted, painting, started, finished } = await run;
        const pagesDone = performance.now();
        // Astro's thread is done with pages: cards still queued get every core, and the added
        // workers normal priority (on a shared machine nice 10 would only slow this build down).
        painting.growTo(availableParallelism(), 0);
        const finishedAt = await finished;
        const seconds = (finishedAt - started) / 1000;
        const waited = Math.max(0, finishedAt - pagesDone) / 1000;
        const placing = performance.now();
        const { placed, removed } = await syncCardsToOutput(cards, storeDir, fileURLToPath(dir));
        // The card folder now holds exactly these cards: the hosting step need not list it again.
        listed?.set(OG_CARD_FOLDER, cards.map((card) => card.path.replace(/^\//, '')));
        const placingSeconds = (performance.now() - placing) / 1000;
        const pruned = await pruneCardStore(storeDir, new Set(cards.map((card) => card.name)));
        const cpuSeconds = painting.cpuMs() / 1000;
        const perCard = painted > 0 ? ` ${((cpuSeconds * 1000) / painted).toFixed(1)} ms CPU per card,` : '';
        logger.info(
          `${cards.length} cards: ${painted} painted in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} CPU s,${perCard} ${waited.toFixed(1)} s of it after the pages; ` +
            `${workers} worker thread${workers === 1 ? '' : 's'} beside Astro, then one per core), ` +
            `${cards.length - painted} from the store, ${pruned} stale removed from the store; ` +
            `${placed} placed in the output and ${removed} removed from it in ${placingSeconds.toFixed(1)} s`,
        );
      },
    },
  };
}

/** The fonts and the card code's source files (`src/lib/og/*.ts`): what a card's pixels depend on besides its content. */
function readRendererInputs(projectRoot: string): Buffer[] {
  const fonts = Object.values(FONT_FILES).map((file) => readFileSync(join(projectRoot, FONT_DIR, file)));
  const codeDir = join(projectRoot, CARD_CODE_DIR);
  const code = readdirSync(codeDir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => Buffer.concat([Buffer.from(`${name}\n`), readFileSync(join(codeDir, name))]));
  return [...fonts, ...code];
}
