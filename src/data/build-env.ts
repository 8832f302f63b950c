/**
 * The only place that reads the build environment. Everything downstream receives these
 * values as arguments.
 */
const env = typeof process === 'undefined' ? {} : process.env;

/** Content folder; benchmarks point it at a generated corpus. */
export const contentDir: string = env.CONTENT_DIR ?? './content';

/** Build instant: `SOURCE_DATE_EPOCH` (seconds) makes builds reproducible. */
export const buildTime: Date = env.SOURCE_DATE_EPOCH
  ? new Date(Number(env.SOURCE_DATE_EPOCH) * 1000)
  : new Date();

/** Worker threads painting Open Graph cards; unset means one per core but one (at least one). */
export const cardWorkers: number | undefined = env.CARD_WORKERS ? Number(env.CARD_WORKERS) : undefined;

/** Site origin for absolute links outside the Astro build (the newsletter); astro.config.mjs reads the same variable. */
export const siteUrl: string = env.SITE_URL ?? 'https://souveraen-digest.eu';
