import { z } from 'astro/zod';

/**
 * The only place that reads the build environment, and checks it before anything is built:
 * astro.config.mjs imports it first, so a bad value stops `astro build` (or `astro dev`) before
 * any output is touched, naming the variable, its value and what is allowed. Everything
 * downstream receives these values as arguments.
 */
export interface BuildEnv {
  /** `SITE_URL`: site origin for canonical URLs, feeds and the sitemap. */
  siteUrl: string;
  /** `SOURCE_DATE_EPOCH` (seconds) makes builds reproducible; unset means now. */
  buildTime: Date;
  /** `CONTENT_DIR`; benchmarks point it at a generated corpus. */
  contentDir: string;
  /** `OUT_DIR`, `CACHE_DIR`: Astro's defaults when unset. */
  outDir: string | undefined;
  cacheDir: string | undefined;
  /** `INCREMENTAL_BUILD=0` turns Astro's incremental build off. */
  incrementalBuild: boolean;
  /** `CARD_WORKERS`: Open Graph card threads beside Astro; unset means the integration's default. */
  cardWorkers: number | undefined;
  /** `BUILD_CONCURRENCY`: pages Astro renders at a time. */
  buildConcurrency: number;
  /** `HEAP_SNAPSHOT_DIR`: heap snapshots of the build are written there (`npm run bench:profile -- --heap`). */
  heapSnapshotDir: string | undefined;
}

export const DEFAULT_SITE_URL = 'https://souveraen-digest.eu';
/** Two pages at a time: while one waits for the file system, the other renders (BENCHMARKS.md, "Build scale"). */
export const DEFAULT_BUILD_CONCURRENCY = 2;

/** Unset and empty (`VAR=`) mean the same: the default. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const wholeNumber = (allowed: string) =>
  z
    .string()
    .regex(/^[1-9]\d*$/, { error: allowed })
    .transform(Number)
    .refine(Number.isSafeInteger, { error: allowed });

const httpUrl = z.string().refine(
  (value) => URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol),
  { error: 'an absolute http:// or https:// URL, e.g. https://souveraen-digest.eu' },
);

const epochSeconds = z
  .string()
  .regex(/^\d+$/, { error: 'whole seconds since 1970-01-01 UTC, e.g. 1780272000 (date +%s)' })
  .transform((value) => new Date(Number(value) * 1000))
  .refine((date) => !Number.isNaN(date.getTime()), { error: 'whole seconds since 1970-01-01 UTC, within the years a date can hold' });

const folder = z.string();

const envSchema = z.object({
  SITE_URL: optional(httpUrl),
  SOURCE_DATE_EPOCH: optional(epochSeconds),
  CONTENT_DIR: optional(folder),
  OUT_DIR: optional(folder),
  CACHE_DIR: optional(folder),
  INCREMENTAL_BUILD: optional(z.enum(['0', '1'], { error: '0 (off) or 1 (on, the default)' })),
  CARD_WORKERS: optional(wholeNumber('a whole number of threads, 1 or more')),
  BUILD_CONCURRENCY: optional(wholeNumber(`a whole number of pages at a time, 1 or more (default ${DEFAULT_BUILD_CONCURRENCY})`)),
  HEAP_SNAPSHOT_DIR: optional(folder),
});

/** The variables this module reads. */
export const BUILD_ENV_VARIABLES = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];

export class BuildEnvError extends Error {
  override name = 'BuildEnvError';
}

/** Validates every variable at once and reports every bad one, with its value and what is allowed. */
export function parseBuildEnv(env: Readonly<Record<string, string | undefined>>, now: () => Date = () => new Date()): BuildEnv {
  const values = Object.fromEntries(BUILD_ENV_VARIABLES.map((name) => [name, env[name]]));
  const result = envSchema.safeParse(values);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `  ${name}=${JSON.stringify(env[name] ?? '')}: not allowed; expected ${issue.message}`;
    });
    const error = new BuildEnvError(`Bad build environment, nothing was built:\n${lines.join('\n')}`);
    // The message names the variable; a stack trace into this file would only distract.
    error.stack = `${error.name}: ${error.message}`;
    throw error;
  }
  const parsed = result.data;
  return {
    siteUrl: parsed.SITE_URL ?? DEFAULT_SITE_URL,
    buildTime: parsed.SOURCE_DATE_EPOCH ?? now(),
    contentDir: parsed.CONTENT_DIR ?? './content',
    outDir: parsed.OUT_DIR,
    cacheDir: parsed.CACHE_DIR,
    incrementalBuild: parsed.INCREMENTAL_BUILD !== '0',
    cardWorkers: parsed.CARD_WORKERS,
    buildConcurrency: parsed.BUILD_CONCURRENCY ?? DEFAULT_BUILD_CONCURRENCY,
    heapSnapshotDir: parsed.HEAP_SNAPSHOT_DIR,
  };
}

/**
 * What a shell sets about itself rather than about the build: `_`, the path of the command it
 * ran last (`npm`, `npx`, `/usr/bin/time`). Astro inlines every variable whose name occurs in a
 * runtime module that reads `import.meta.env` whole (its actions runtime contains `_`), so the
 * launcher's path became part of every route's dependency hash and a rebuild started another way
 * rendered every page again. The build uses none of them.
 */
export const LAUNCHER_VARIABLES = ['_'] as const;

/** Removes the launcher's variables from `env` (the process's own, before Astro reads it). */
export function dropLauncherVariables(env: Record<string, string | undefined>): void {
  for (const name of LAUNCHER_VARIABLES) delete env[name];
}

/** This process's environment, read once. */
export const buildEnv: BuildEnv = parseBuildEnv(typeof process === 'undefined' ? {} : process.env);
