import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, listDist, listPages, readDist } from './dist';
import { isExecutable, parseTags, siteOrigin } from './quality-refs';

/** The strict Content-Security-Policy that Astro's `security.csp` writes as a meta tag. */
function policyOf(html: string): Map<string, string[]> | undefined {
  const meta = parseTags(html).find((tag) => tag.name === 'meta' && tag.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (!meta) return undefined;
  const directives = new Map<string, string[]>();
  for (const part of meta.attrs.get('content')!.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** Inline code the browser would run; data blocks such as JSON-LD are not subject to script-src. */
function inlineBlocks(html: string, element: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${element}\\b([^>]*)>([\\s\\S]*?)</${element}>`, 'gi');
  return [...html.matchAll(pattern)]
    .filter((m) => !/\ssrc=/.test(m[1]!) && m[2]!.length > 0 && isExecutable(m[1]!))
    .map((m) => m[2]!);
}

describe('strict Content-Security-Policy', () => {
  let pages: string[];
  beforeAll(() => {
    assertBuilt();
    pages = listPages();
  });

  it('every page carries a policy whose script-src and style-src forbid unsafe-inline and eval', () => {
    const weak: string[] = [];
    for (const page of pages) {
      const policy = policyOf(readDist(page));
      if (!policy) {
        weak.push(`${page}: no CSP meta tag`);
        continue;
      }
      for (const directive of ['script-src', 'style-src']) {
        const sources = policy.get(directive);
        if (!sources) weak.push(`${page}: no ${directive}`);
        else if (sources.some((s) => ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:'].includes(s))) {
          weak.push(`${page}: ${directive} ${sources.join(' ')}`);
        }
      }
    }
    expect(weak).toEqual([]);
  });

  it('every page limits every kind of request to the site itself: images, media, fetches, fonts, plugins, forms, base URL', () => {
    const expected: Record<string, string[]> = {
      'default-src': ["'self'"],
      'img-src': ["'self'"],
      'media-src': ["'self'"],
      'connect-src': ["'self'"],
      'font-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
    };
    const wrong: string[] = [];
    for (const page of pages) {
      const policy = policyOf(readDist(page));
      for (const [directive, sources] of Object.entries(expected)) {
        const actual = policy?.get(directive);
        if (actual?.join(' ') !== sources.join(' ')) wrong.push(`${page}: ${directive} ${actual?.join(' ') ?? '(missing)'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every inline script and style is allowed by its hash, so the browser runs it', () => {
    const blocked: string[] = [];
    for (const page of pages) {
      const html = readDist(page);
      const policy = policyOf(html)!;
      for (const [element, directive] of [['script', 'script-src'], ['style', 'style-src']] as const) {
        for (const block of inlineBlocks(html, element)) {
          if (!policy.get(directive)?.includes(sha256(block))) blocked.push(`${page}: inline ${element} ${block.slice(0, 60)}…`);
        }
      }
    }
    expect(blocked).toEqual([]);
  });

  it('leaves JSON-LD out of the policy, so pages share policies and the host lists each once', () => {
    const hashed: string[] = [];
    const policies = new Set<string>();
    for (const page of pages) {
      const html = readDist(page);
      const policy = policyOf(html)!;
      policies.add(JSON.stringify([...policy]));
      for (const m of html.matchAll(/<script\b[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi)) {
        if (policy.get('script-src')?.includes(sha256(m[1]!))) hashed.push(page);
      }
    }
    expect(hashed).toEqual([]);
    expect(pages.length).toBeGreaterThan(50);
    expect(policies.size).toBeLessThan(pages.length / 10);
  });

  it('no page uses style attributes or inline event handlers, which the policy would block', () => {
    const inline: string[] = [];
    for (const page of pages) {
      for (const tag of parseTags(readDist(page))) {
        for (const name of tag.attrs.keys()) {
          if (name === 'style' || /^on[a-z]+$/.test(name)) inline.push(`${page}: <${tag.name} ${name}>`);
        }
        if (/^javascript:/i.test(tag.attrs.get('href') ?? '')) inline.push(`${page}: javascript: URL`);
      }
    }
    expect(inline).toEqual([]);
  });
});

describe('no third parties', () => {
  beforeAll(assertBuilt);

  /** Attributes that make the browser fetch something; `<a href>` is a link a reader chooses to follow. */
  function foreignLoads(html: string, origin: string): string[] {
    const found: string[] = [];
    for (const tag of parseTags(html)) {
      const urls: string[] = [];
      for (const name of ['src', 'poster', 'data', 'action', 'formaction']) if (tag.attrs.has(name)) urls.push(tag.attrs.get(name)!);
      for (const name of ['srcset', 'imagesrcset']) {
        if (tag.attrs.has(name)) urls.push(...tag.attrs.get(name)!.split(',').map((c) => c.trim().split(/\s+/)[0]!));
      }
      // <link rel="canonical|alternate"> name this site's own addresses; other rels load things.
      if (tag.name === 'link' && tag.attrs.has('href')) urls.push(tag.attrs.get('href')!);
      for (const url of urls) {
        if (/^(https?:)?\/\//i.test(url) && new URL(url, origin).origin !== origin) found.push(`<${tag.name}> ${url}`);
      }
    }
    return found;
  }

  it('no page loads anything from another host', () => {
    const origin = siteOrigin();
    const found = listPages().flatMap((page) => foreignLoads(readDist(page), origin).map((f) => `${page}: ${f}`));
    expect(found).toEqual([]);
  });

  it('no stylesheet imports or references another host', () => {
    const found = listDist()
      .filter((file) => file.endsWith('.css'))
      .flatMap((file) => [...readDist(file).matchAll(/(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/gi)].map((m) => `${file}: ${m[1]}`));
    expect(found).toEqual([]);
  });

  it('the check catches a font from a CDN', () => {
    const probe = '<link rel="stylesheet" href="https://fonts.example.com/css"><img src="/x.png"><a href="https://source.example.org/">source</a>';
    expect(foreignLoads(probe, 'https://souveraen-digest.eu')).toEqual(['<link> https://fonts.example.com/css']);
  });
});
