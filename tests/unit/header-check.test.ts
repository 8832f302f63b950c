import { describe, expect, it } from 'vitest';
import { checkPagePolicy } from '../servers/header-check';
import { exactly } from '../servers/headers-file';

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
