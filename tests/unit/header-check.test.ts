import { describe, expect, it } from 'vitest';
import { checkPagePolicy } from '../servers/header-check';
import { exactly, headersFor, readHeadersFile } from '../servers/headers-file';

const META = "script-src 'self' 'sha256-AAA='; style-src 'self'";

describe('the header checks of the server tests', () => {
  it("pass a page's header that allows its meta policy and other pages' hashes, plus frame-ancestors", () => {
    expect(checkPagePolicy("script-src 'self' 'sha256-BBB=' 'sha256-AAA='; style-src 'self' 'sha256-CCC='; frame-ancestors 'none'", META)).toEqual([]);
  });

  it('bite on a missing source, a source beyond hashes and other directives', () => {
    expect(checkPagePolicy("script-src 'self'; style-src 'self'", META)).toEqual(["content-security-policy: script-src lacks 'sha256-AAA=' of the page's meta policy"]);
    expect(checkPagePolicy("script-src 'self' 'sha256-AAA=' 'unsafe-inline'; style-src 'self' https:", META)).toEqual([
      "content-security-policy: script-src allows 'unsafe-inline' beyond the page's meta policy",
      "content-security-policy: style-src allows https: beyond the page's meta policy",
    ]);
    expect(checkPagePolicy("script-src 'self' 'sha256-AAA='", META)).toEqual(["content-security-policy: has the directives script-src, the page's meta policy script-src, style-src"]);
  });

  it("accept other policies on top of the non-page policy only", () => {
    const none = "default-src 'none'; frame-ancestors 'none'";
    expect(exactly(none)(["default-src 'self'", none])).toEqual([]);
    // Where the later rule wins, the page's policy would be what the host sends.
    expect(exactly(none)([none, "default-src 'self'"])).toHaveLength(1);
    expect(exactly(META)([META])).toEqual([]);
    expect(exactly(META)([META, none])).toHaveLength(1);
    expect(exactly(META)([])).toHaveLength(1);
  });
});

describe('the _headers reader of the server tests', () => {
  it("refuses, through Netlify's own parser, a file a host would not read", async () => {
    await expect(readHeadersFile('  Cache-Control: public\n/de/*\n')).rejects.toThrow(/Netlify's parser refuses _headers:\n {2}Path should come before header "Cache-Control"/);
    // A header line without a colon: Netlify drops the rule silently; the reader here refuses it.
    await expect(readHeadersFile('/de/*\n  Cache-Control public\n')).rejects.toThrow(/without a colon/);
    const rules = await readHeadersFile('/de/*\n  Cache-Control: public\n/de/:a/rss.xml\n  Content-Type: application/rss+xml\n');
    expect(headersFor(rules, '/DE/Themen/rss.xml/', 'netlify').get('content-type')).toEqual(['application/rss+xml']);
    expect(headersFor(rules, '/DE/Themen/rss.xml/', 'cloudflare').get('content-type')).toBeUndefined();
    expect(headersFor(rules, '/de/themen/rss.xml', 'cloudflare').get('cache-control')).toEqual(['public']);
  });
});
