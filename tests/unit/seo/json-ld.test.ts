import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../../src/lib/seo/json-ld';

const HOSTILE = '</script><script>alert(1)</script>';

describe('serializeJsonLd', () => {
  it('never lets frontmatter close the script element', () => {
    const out = serializeJsonLd({ headline: HOSTILE });
    expect(out).not.toMatch(/[<>]/);
    expect(out.toLowerCase()).not.toContain('</script');
    expect(out).toContain('\\u003c/script\\u003e');
  });

  it('escapes ampersands and the JavaScript line separators', () => {
    const out = serializeJsonLd({ a: 'R&D <!-- x', b: 'line\u2028break\u2029end' });
    expect(out).not.toMatch(/[&\u2028\u2029]/);
    expect(out).toContain('\\u0026');
    expect(out).toContain('\\u2028');
    expect(out).toContain('\\u2029');
  });

  it('is still JSON with exactly the original values', () => {
    const data = { headline: HOSTILE, nested: [{ name: 'Ä & Ö > Ü', sep: '\u2028' }] };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});
