import type { GetStaticPaths } from 'astro';
import { loadSite } from '../data/site';
import { listOgCards } from '../lib/og/cards';
import { sendCardList } from './og-card-channel';

/**
 * Build only (see og-cards.ts): hands the card list, from the same site model as the pages, to
 * the card painter, and makes no page itself; the painter writes the cards.
 */
export const getStaticPaths = (async () => {
  sendCardList(listOgCards(await loadSite()));
  return [];
}) satisfies GetStaticPaths;

export const GET = () => new Response(null, { status: 404 });
