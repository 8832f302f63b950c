import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/site';
import { ogCardCacheKey } from '../../lib/cache-key';
import { listOgCards, type OgCard } from '../../lib/og/cards';
import { createCardRenderer } from '../../lib/og/render';

export const getStaticPaths = (async () => {
  const model = await loadSite();
  return listOgCards(model).map((card) => ({
    params: { card: card.path.replace(/^\/og\/|\.png$/g, '') },
    props: { card },
    // PNG rendering is the costliest step per story: unchanged cards are reused (incremental build).
    cacheKey: ogCardCacheKey(card),
  }));
}) satisfies GetStaticPaths;

// Astro builds from the project root, where the shipped fonts are.
const renderer = createCardRenderer(process.cwd());

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const png = await renderer.render(props.card.content);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
