import { describe, expect, it } from 'vitest';
import { buildFixture } from './build-fixture';

describe('astro build with broken content', () => {
  it('fails before rendering and prints the full content report', () => {
    const { status, output } = buildFixture('broken');
    expect(status).not.toBe(0);
    expect(output).toContain('Content check failed: 3 errors in 1 file');
    expect(output).toMatch(/fixtures\/content\/broken\/articles\/de\/kaputte-meldung\.mdx/);
    expect(output).toContain('date: 2026-02-31 is not a real calendar day');
    expect(output).toContain('topic: unknown topic "sport"; allowed: alliance, defence-cloud, budget, digital-euro');
    expect(output).toContain('line 12: MDX does not compile: Expected a closing tag for `<Callout>`');
    // Stopped at config setup: no page was rendered.
    expect(output).not.toMatch(/page\(s\) built/);
  }, 120_000);
});
