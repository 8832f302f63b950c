import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, listDist, listPages, readDist } from './dist';
import { anchorsOf, feedReferencesOf, fileFor, referencesOf, siteOrigin } from './quality-refs';

/** Every internal link, image, script and stylesheet in dist/ resolves to a built file. */
describe('no broken links', () => {
  let origin: string;
  beforeAll(() => {
    assertBuilt();
    origin = siteOrigin();
  });

  function brokenRefs(from: string, refs: string[]): string[] {
    const base = new URL(from, origin);
    const broken: string[] = [];
    for (const ref of refs) {
      if (/^(mailto|tel|data|javascript):/i.test(ref)) continue;
      const url = new URL(ref, base);
      if (url.origin !== origin) continue;
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${from} → ${ref}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html') && !anchorsOf(readDist(file)).has(fragment)) {
        broken.push(`${from} → ${ref} (no #${fragment})`);
      }
    }
    return broken;
  }

  it('resolves every href, src and srcset of every page', () => {
    const pages = listPages();
    expect(pages.length).toBeGreaterThan(10);
    const broken = pages.flatMap((page) => brokenRefs(page, referencesOf(readDist(page))));
    expect(broken).toEqual([]);
  });

  it('resolves every link in every feed', () => {
    const feeds = listDist().filter((file) => file.endsWith('.xml'));
    expect(feeds.length).toBeGreaterThan(0);
    const broken = feeds.flatMap((feed) => brokenRefs(feed, feedReferencesOf(readDist(feed))));
    expect(broken).toEqual([]);
  });

  it('finds a broken link when there is one (the checker is not blind)', () => {
    expect(brokenRefs('/de/', ['/de/gibt-es-nicht/', '/#nirgends', '/favicon.svg', 'https://example.org/x'])).toEqual([
      '/de/ → /de/gibt-es-nicht/',
      '/de/ → /#nirgends (no #nirgends)',
    ]);
  });
});
