import type { OgCard } from '../lib/og/cards.ts';

/**
 * How the card list gets from the site model to the card painter. The model exists only in the
 * build's page bundle, which Astro imports into the same process as the integrations but as
 * separate module instances, so the two meet on a `globalThis` slot: the integration opens it
 * when a build starts, the build-only card route fills it from `getStaticPaths`, which Astro
 * calls for every route before it renders the first page. Cards then paint beside the pages.
 */
const SLOT = Symbol.for('souveraen-digest:og-card-list');

type Receiver = (cards: OgCard[]) => void;

interface Slot {
  [SLOT]?: Receiver;
}

/** The integration's side: `receive` gets the card list once the page bundle has made it. */
export function openCardChannel(receive: Receiver): void {
  (globalThis as Slot)[SLOT] = receive;
}

export function closeCardChannel(): void {
  delete (globalThis as Slot)[SLOT];
}

/** The page bundle's side. */
export function sendCardList(cards: OgCard[]): void {
  const receive = (globalThis as Slot)[SLOT];
  if (!receive) throw new Error('Open Graph cards: no card painter is waiting for the card list (src/integrations/og-cards.ts did not open the channel)');
  receive(cards);
}
