import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, buildFixture } from './build-fixture';

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

describe('astro build after an edit, with the content check\'s memo of the last build', () => {
  it('catches the edit that broke a remembered story\'s frontmatter, with the other file\'s error', () => {
    const work = mkdtempSync(join(tmpdir(), 'souveraen-check-memo-'));
    try {
      const content = join(work, 'content');
      cpSync('content', content, { recursive: true });
      // A body error stops the first build at the content check, after every other file's
      // frontmatter and body were checked and remembered.
      const bodyBroken = join(content, 'articles/en/klingbeil-urges-speed-on-the-digital-euro.mdx');
      writeFileSync(bodyBroken, `${readFileSync(bodyBroken, 'utf8')}\n<Callout title="Open">\n\nNever closed.\n`);
      const folders = { outDir: join(work, 'dist'), cacheDir: join(work, 'cache') };
      const first = buildContent(content, 'check-memo', {}, folders);
      expect(first.status).not.toBe(0);
      expect(first.output).toContain('Content check failed: 1 error in 1 file');
      const memo = JSON.parse(readFileSync(join(work, 'cache', 'content-check.json'), 'utf8')) as { frontmatter: unknown[] };
      expect(memo.frontmatter.length).toBeGreaterThan(10);

      // Another story, remembered as passing, gets a broken frontmatter.
      const frontmatterBroken = join(content, 'articles/de/eco-kritisiert-budget-des-digitalministeriums.mdx');
      writeFileSync(frontmatterBroken, readFileSync(frontmatterBroken, 'utf8').replace('topic: budget', 'topic: sport'));
      const second = buildContent(content, 'check-memo', {}, folders);
      expect(second.status).not.toBe(0);
      expect(second.output).toContain('Content check failed: 2 errors in 2 files');
      expect(second.output).toMatch(/articles\/en\/klingbeil-urges-speed-on-the-digital-euro\.mdx/);
      expect(second.output).toMatch(/articles\/de\/eco-kritisiert-budget-des-digitalministeriums\.mdx/);
      expect(second.output).toContain('topic: unknown topic "sport"');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
