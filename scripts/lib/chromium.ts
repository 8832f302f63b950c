import { existsSync } from 'node:fs';

/** Debian's Chromium; tools that download their own browser cannot work here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for every Chromium we start (tests, screenshots, benchmarks, Lighthouse): root needs
 * --no-sandbox, and the rest keep the browser from calling home, so runs measure only the site.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium path, or a helpful error when it is not installed. */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return CHROMIUM;
}
