import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/config';
import { actorsUrl, newsroomUrl, notFoundUrl, searchUrl } from '../../src/lib/urls';
import { useBrowserSite } from './harness';
import { pageCases, search, type PageCase } from './quality-pages';

const site = useBrowserSite();
const WIDTHS = [320, 390, 768, 1024, 1440];

/** Every actor page of a language: their co-actor lists differ, and one long name is enough to overflow. */
function actorPages(lang: (typeof LANGS)[number]): PageCase[] {
  const dir = join(process.cwd(), 'dist', actorsUrl(lang));
  const ids = existsSync(dir) ? readdirSync(dir).filter((name) => existsSync(join(dir, name, 'index.html'))) : [];
  return ids.sort().map((id) => ({ name: `${lang} actor ${id}`, path: `${actorsUrl(lang)}${id}/` }));
}

function cases(): PageCase[] {
  const extra: PageCase[] = LANGS.flatMap((lang) => [
    { name: `${lang} search, empty`, path: searchUrl(lang) },
    { name: `${lang} not found page`, path: notFoundUrl(lang) },
    { name: `${lang} newsroom`, path: newsroomUrl(lang) },
    ...legalPages(lang),
    ...actorPages(lang),
  ]);
  return [...pageCases(), ...extra];
}

/** The trust pages, once they are built (paths from the built output, not guessed). */
function legalPages(lang: (typeof LANGS)[number]): PageCase[] {
  const segments = lang === 'de' ? ['impressum', 'datenschutz', 'ueber-uns'] : ['imprint', 'privacy', 'about'];
  return segments
    .filter((segment) => existsSync(join(process.cwd(), 'dist', lang, segment, 'index.html')))
    .map((segment) => ({ name: `${lang} ${segment}`, path: `/${lang}/${segment}/` }));
}

/**
 * Elements reaching past the right edge of the viewport, outside any box that scrolls sideways on
 * purpose (a wide table in its own scroller). The page's own scroll width catches the rest.
 */
async function overflowing(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsSideways = (el: Element | null): boolean => {
      for (let node = el?.parentElement; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) return true;
      }
      return false;
    };
    const found: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= width + 0.5 || scrollsSideways(el)) continue;
      if (getComputedStyle(el).position === 'absolute' && el.closest('.visually-hidden, .skip-link')) continue;
      const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/)[0]}` : ''}`;
      found.push(`${name} "${(el.textContent ?? '').trim().slice(0, 40)}" right=${Math.round(rect.right)}`);
    }
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > width) found.unshift(`page scrollWidth ${scrollWidth} > ${width}`);
    return found.slice(0, 5);
  });
}

describe('no horizontal overflow', () => {
  it('keeps every page kind, in both languages, within the viewport from 320 to 1440 px', { timeout: 240_000 }, async () => {
    const { page, context } = await site.open();
    const failures: string[] = [];
    for (const item of cases()) {
      await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
      await page.goto(site.origin + item.path, { waitUntil: 'load' });
      if (item.query) await search(page, item.query);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        const wide = await overflowing(page);
        if (wide.length > 0) failures.push(`${item.path} at ${width} px: ${wide.join('; ')}`);
      }
    }
    await context.close();
    expect(failures).toEqual([]);
  });
});
