import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/og/escape-xml';

describe('escapeXml', () => {
  it('turns markup into text', () => {
    expect(escapeXml(`</text><script>"x" & 'y'</script>`)).toBe('&lt;/text&gt;&lt;script&gt;&quot;x&quot; &amp; &apos;y&apos;&lt;/script&gt;');
  });
});
