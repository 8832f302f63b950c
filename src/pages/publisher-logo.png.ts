import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { PUBLISHER_LOGO_SIZE } from '../lib/seo/structured-data';

/** The site icon as a PNG for the publisher in structured data; Astro builds from the project root. */
export const GET: APIRoute = async () => {
  const icon = readFileSync(join(process.cwd(), 'public/favicon.svg'));
  const png = await sharp(icon, { density: 72 * (PUBLISHER_LOGO_SIZE / 32) }).resize(PUBLISHER_LOGO_SIZE).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
