import { describe, expect, it } from 'vitest';
import { BUILD_ENV_VARIABLES, BuildEnvError, DEFAULT_BUILD_CONCURRENCY, DEFAULT_SITE_URL, parseBuildEnv } from '../../src/data/build-env';

const now = new Date('2026-06-01T12:00:00Z');
const parse = (env: Record<string, string | undefined>) => parseBuildEnv(env, () => now);
const messageOf = (env: Record<string, string | undefined>): string => {
  try {
    parse(env);
  } catch (error) {
    expect(error).toBeInstanceOf(BuildEnvError);
    return (error as Error).message;
  }
  throw new Error('expected the environment to be rejected');
};

describe('parseBuildEnv', () => {
  it('gives the defaults for an empty environment, and treats VAR= as unset', () => {
    const defaults = {
      siteUrl: DEFAULT_SITE_URL,
      buildTime: now,
      contentDir: './content',
      outDir: undefined,
      cacheDir: undefined,
      incrementalBuild: true,
      cardWorkers: undefined,
      buildConcurrency: DEFAULT_BUILD_CONCURRENCY,
      heapSnapshotDir: undefined,
    };
    expect(parse({})).toEqual(defaults);
    expect(parse(Object.fromEntries(BUILD_ENV_VARIABLES.map((name) => [name, ''])))).toEqual(defaults);
  });

  it('reads every variable', () => {
    expect(
      parse({
        SITE_URL: 'http://localhost:8080/',
        SOURCE_DATE_EPOCH: '1780272000',
        CONTENT_DIR: '/tmp/corpus',
        OUT_DIR: '/tmp/out',
        CACHE_DIR: '/tmp/cache',
        INCREMENTAL_BUILD: '0',
        CARD_WORKERS: '3',
        BUILD_CONCURRENCY: '1',
        HEAP_SNAPSHOT_DIR: '/tmp/heap',
        UNRELATED: 'ignored',
      }),
    ).toEqual({
      siteUrl: 'http://localhost:8080/',
      buildTime: new Date('2026-06-01T00:00:00Z'),
      contentDir: '/tmp/corpus',
      outDir: '/tmp/out',
      cacheDir: '/tmp/cache',
      incrementalBuild: false,
      cardWorkers: 3,
      buildConcurrency: 1,
      heapSnapshotDir: '/tmp/heap',
    });
    expect(parse({ INCREMENTAL_BUILD: '1' }).incrementalBuild).toBe(true);
    expect(parse({ SOURCE_DATE_EPOCH: '0' }).buildTime).toEqual(new Date(0));
  });

  it.each([
    ['CARD_WORKERS', 'abc', 'a whole number of threads, 1 or more'],
    ['CARD_WORKERS', '0', 'a whole number of threads, 1 or more'],
    ['CARD_WORKERS', '1.5', 'a whole number of threads, 1 or more'],
    ['CARD_WORKERS', '99999999999999999999', 'a whole number of threads, 1 or more'],
    ['BUILD_CONCURRENCY', 'lots', 'a whole number of pages at a time, 1 or more'],
    ['BUILD_CONCURRENCY', '-2', 'a whole number of pages at a time, 1 or more'],
    ['SOURCE_DATE_EPOCH', 'yesterday', 'whole seconds since 1970-01-01 UTC'],
    ['SOURCE_DATE_EPOCH', '1780272000.5', 'whole seconds since 1970-01-01 UTC'],
    ['SOURCE_DATE_EPOCH', '99999999999999', 'within the years a date can hold'],
    ['INCREMENTAL_BUILD', 'false', '0 (off) or 1 (on, the default)'],
    ['SITE_URL', 'souveraen-digest.eu', 'an absolute http:// or https:// URL'],
    ['SITE_URL', 'ftp://souveraen-digest.eu', 'an absolute http:// or https:// URL'],
  ])('rejects %s=%s, naming the variable, the value and what is allowed', (name, value, allowed) => {
    const message = messageOf({ [name]: value });
    expect(message).toContain(`${name}="${value}": not allowed; expected `);
    expect(message).toContain(allowed);
    expect(message.split('\n')).toHaveLength(2);
  });

  it('reports every bad variable at once', () => {
    const message = messageOf({ CARD_WORKERS: 'abc', SOURCE_DATE_EPOCH: 'yesterday', BUILD_CONCURRENCY: 'lots', SITE_URL: 'https://ok.example' });
    expect(message.split('\n').slice(1).map((line) => line.trim().split('=')[0])).toEqual(['SOURCE_DATE_EPOCH', 'CARD_WORKERS', 'BUILD_CONCURRENCY']);
    expect(message).toMatch(/^Bad build environment, nothing was built:/);
  });
});
