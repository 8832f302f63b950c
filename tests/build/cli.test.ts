import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './build-fixture';

// The editor CLIs end to end: exit codes and output, on fixture folders or temporary copies.
function run(script: string, args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, [join('node_modules', 'tsx', 'dist', 'cli.mjs'), `scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1' },
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

function copyOf(fixture: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'souveraen-cli-')), 'content');
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

describe('editor CLIs', () => {
  it('check:content fails with the report on broken content and passes on valid content', () => {
    const broken = run('check-content', [], join(FIXTURES, 'broken'));
    expect(broken.status).toBe(1);
    expect(broken.out).toContain('Content check failed: 3 errors in 1 file');
    const valid = run('check-content', [], join(FIXTURES, 'publishing'));
    expect(valid.status, valid.out).toBe(0);
  }, 30_000);

  it('check:launch fails naming each placeholder, passes once the publisher is filled in, and explains itself with --help', () => {
    const shipped = run('check-launch', [], 'content');
    expect(shipped.status).toBe(1);
    expect(shipped.out).toMatch(/Not ready to launch: \d+ problems/);
    expect(shipped.out).toContain('content/publisher.yaml: responsible.name is still a placeholder');
    const dir = copyOf('publishing');
    writeFileSync(
      join(dir, 'publisher.yaml'),
      readFileSync('content/publisher.yaml', 'utf8').replace(/^email: .*$/m, 'email: redaktion@example.org').replace(/"PLACEHOLDER[^"]*"/g, '"Filled in"'),
    );
    const filled = run('check-launch', [], dir);
    expect(filled.status, filled.out).toBe(0);
    expect(filled.out).toContain('Launch check passed');
    const help = run('check-launch', ['--help'], dir);
    expect(help.status).toBe(0);
    expect(help.out).toContain('Usage: npm run check:launch');
    expect(run('check-launch', [], join(FIXTURES, 'publishing')).out).toContain('publisher.yaml is missing');
  }, 30_000);

  it('translations prints the status and --strict fails when a translation is missing', () => {
    const dir = join(FIXTURES, 'publishing');
    const plain = run('translations', [], dir);
    expect(plain.status).toBe(0);
    expect(plain.out).toContain('✗ geplant\n    de  geplant  2026-03-10\n    en  missing');
    expect(plain.out).toContain('en  published  2026-02-18  (OUT OF DATE: de changed 2026-02-20)');
    expect(run('translations', ['--strict'], dir).status).toBe(1);
  }, 30_000);

  it('new creates both editions, then refuses to overwrite them', () => {
    const dir = copyOf('publishing');
    const args = ['--topic', 'budget', '--actors', 'eco', '--de', 'Neue Meldung', '--en', 'New story'];
    const first = run('new-story', args, dir);
    expect(first.status, first.out).toBe(0);
    const created = readFileSync(join(dir, 'articles/de/neue-meldung.mdx'), 'utf8');
    expect(created).toContain('translationKey: new-story');
    const second = run('new-story', args, dir);
    expect(second.status).toBe(1);
    expect(second.out).toContain('articles/de/neue-meldung.mdx already exists; not overwritten');
    expect(readFileSync(join(dir, 'articles/de/neue-meldung.mdx'), 'utf8')).toBe(created);
    expect(run('check-content', [], dir).status).toBe(0);
  }, 30_000);

  it('new:actor creates an actor and rejects an unknown kind', () => {
    const dir = copyOf('publishing');
    const ok = run('new-actor', ['--id', 'bmds', '--kind', 'institution', '--name', 'BMDS', '--role-de', 'Ministerium', '--role-en', 'Ministry'], dir);
    expect(ok.status, ok.out).toBe(0);
    const bad = run('new-actor', ['--id', 'x', '--kind', 'club', '--name', 'X', '--role-de', 'a', '--role-en', 'b'], dir);
    expect(bad.status).toBe(1);
    expect(bad.out).toContain('unknown kind "club"; allowed: person, organisation, institution, country, event');
  }, 30_000);
});

describe('every script', () => {
  it('answers --help with its usage, exit status 0, and changes no file', () => {
    const scripts = Object.entries((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts).flatMap(
      ([name, command]) => {
        const match = /^tsx (scripts\/\S+\.ts)$/.exec(command);
        return match ? [[name, match[1]!] as const] : [];
      },
    );
    expect(scripts.length).toBeGreaterThan(15);
    const status = () => spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' }).stdout;
    const before = status();
    for (const [name, file] of scripts) {
      const result = spawnSync(process.execPath, [join('node_modules', 'tsx', 'dist', 'cli.mjs'), file, '--help'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(result.status, `${name}: ${result.stderr}`).toBe(0);
      expect(result.stdout, name).toContain(`Usage: npm run ${name}`);
    }
    expect(status()).toBe(before);
  }, 240_000);
});
