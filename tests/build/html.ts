import { parse, type HTMLElement } from 'node-html-parser';
import { readPage } from './dist';

/** Parsed built page for a site path such as `/de/`. */
export function loadPage(path: string): HTMLElement {
  return parse(readPage(path));
}

export function hreflangs(page: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    page.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang')!, link.getAttribute('href')!]),
  );
}

export function pathOf(href: string): string {
  return new URL(href, 'https://x.invalid').pathname;
}
