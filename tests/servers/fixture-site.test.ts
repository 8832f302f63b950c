import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHostingOutput } from '../../src/lib/hosting/write-output';
import { assertBuilt, DIST } from '../build/dist';
import { checkHeaders } from './header-check';
import { rawGet } from './http';
import { metaPolicyOf, useServer, type ServerName } from './servers';

/**
 * A copy of dist/ with what the real build may not have yet: a hand-made redirects.json (story
 * aliases), a font and a page without a policy meta tag, its host configuration written again by the build's own step; and the
 * same copy with one header taken out of each server's configuration, to see the check bite.
 */
const work = mkdtempSync(join(tmpdir(), 'souveraen-hosting-fixture-'));
const site = join(work, 'site');
const broken = join(work, 'broken');
const STORY = '/de/artikel/deutschland-und-kanada-besiegeln-technologie-allianz/';
const REDIRECTS = [
  { from: '/de/artikel/alter-name/', to: STORY, status: 301 },
  { from: '/en/articles/old-name/', to: '/en/', status: 301 },
  { from: '/de/artikel/umgezogen/', to: '/de/themen/', status: 308 },
];

beforeAll(async () => {
  assertBuilt();
  cpSync(DIST, site, { recursive: true });
  writeFileSync(join(site, 'redirects.json'), JSON.stringify(REDIRECTS));
  mkdirSync(join(site, 'fonts'));
  writeFileSync(join(site, 'fonts', 'probe.woff2'), Buffer.from('wOF2 probe'));
  mkdirSync(join(site, 'de', 'ohne-richtlinie'));
  writeFileSync(join(site, 'de', 'ohne-richtlinie', 'index.html'), '<!doctype html><html lang="de"><head><title>Ohne</title></head><body><p>Ohne Richtlinie</p></body></html>');
  await writeHostingOutput(site, undefined, BigInt(Date.now()) * 1_000_000n);

  cpSync(site, broken, { recursive: true });
  const nginx = join(broken, '_hosting', 'nginx-server.conf');
  writeFileSync(nginx, readFileSync(nginx, 'utf8').replace(/^add_header X-Content-Type-Options .*$/m, ''));
  const caddy = join(broken, '_hosting', 'site.caddy');
  writeFileSync(caddy, readFileSync(caddy, 'utf8').replace(/^\tX-Content-Type-Options .*$/m, ''));
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each<ServerName>(['nginx', 'caddy'])('%s with redirects, a font and a page without a policy', (name) => {
  const server = useServer(name, () => site);

  it('answers each alias with its redirect, headers included', async () => {
    for (const redirect of REDIRECTS) {
      const response = await rawGet(server.origin + redirect.from);
      expect({ from: redirect.from, status: response.status, location: response.headers.location }).toEqual({ from: redirect.from, status: redirect.status, location: redirect.to });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    // The target is a real page.
    expect((await rawGet(server.origin + STORY)).status).toBe(200);
  });

  it('serves a page without a meta policy with the non-page policy, by URL and file, and the others with theirs', async () => {
    for (const url of ['/de/ohne-richtlinie/', '/de/ohne-richtlinie/index.html', '/de//ohne-richtlinie/', '//de/ohne-richtlinie//index.html']) {
      const response = await rawGet(server.origin + url);
      expect({ url, status: response.status, policy: response.headers['content-security-policy'] }).toEqual({ url, status: 200, policy: "default-src 'none'; frame-ancestors 'none'" });
    }
    expect(checkHeaders(await rawGet(`${server.origin}/de/`), { kind: 'page', metaPolicy: metaPolicyOf(site, '/de/index.html') })).toEqual([]);
  });

  it('serves fonts as font/woff2', async () => {
    const response = await rawGet(`${server.origin}/fonts/probe.woff2`);
    expect(response.status).toBe(200);
    expect(checkHeaders(response, { kind: 'font' })).toEqual([]);
  });
});

describe.each<ServerName>(['nginx', 'caddy'])('%s with a header missing from its configuration', (name) => {
  const server = useServer(name, () => broken);

  it('fails the header check, naming the header', async () => {
    const response = await rawGet(`${server.origin}/de/`);
    expect(response.status).toBe(200);
    expect(checkHeaders(response, { kind: 'page', metaPolicy: metaPolicyOf(broken, '/de/index.html') })).toEqual(['x-content-type-options: missing (nosniff)']);
  });
});
