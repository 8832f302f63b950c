import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../data/site';
import { listOgCards, type OgCard } from '../lib/og/cards';
import { createCardRenderer } from '../lib/og/render-card';
import { ogCardParam } from '../lib/urls';

/** Dev server only (see og-cards.ts): each card is painted when a page asks for it. */
export const getStaticPaths = (async () => {
  const model = await loadSite();
  return listOgCards(model).map((card) => ({
    params: { card: ogCardParam(card.path) },
    props: { card },
  }));
}) satisfies GetStaticPaths;

// The dev server runs from the project root, where the shipped fonts are.
const renderer = createCardRenderer(process.cwd());

export const GET: APIRoute<{ card: OgCard }> = ({ props }) =>
  new Response(new Uint8Array(renderer.render(props.card.content)), { headers: { 'content-type': 'image/png' } });
