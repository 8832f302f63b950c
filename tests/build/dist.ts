import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Helpers for tests that read the built site. `npm test` builds before testing. */
export const DIST = join(process.cwd(), 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does it for you)');
  }
}

export function readDist(path: string): string {
  return readFileSync(join(DIST, path.replace(/^\//, '')), 'utf8');
}

export function distExists(path: string): boolean {
  return existsSync(join(DIST, path.replace(/^\//, '')));
}

/** The HTML file for a site path such as `/de/themen/`. */
export function pageFile(path: string): string {
  return path.endsWith('/') ? `${path}index.html` : path;
}

export function readPage(path: string): string {
  return readDist(pageFile(path));
}

/** All files under dist/ as site paths (`/de/index.html`). */
export function listDist(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listDist(full));
    else out.push(`/${relative(DIST, full).split('\\').join('/')}`);
  }
  return out;
}

export function listPages(): string[] {
  return listDist().filter((file) => file.endsWith('.html'));
}
