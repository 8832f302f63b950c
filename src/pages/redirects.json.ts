import type { APIRoute } from 'astro';
import { loadRoutes } from '../data/site';
import { listRedirects } from '../lib/redirects';

/** `redirectsListUrl()`: the alias pages' redirects as data, for web servers that answer with a real 301. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(listRedirects(await loadRoutes()), null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
