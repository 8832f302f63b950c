/**
 * Vitest setup file: Vitest mirrors Vite's `import.meta.env` into each worker's `process.env`
 * (`DEV=1`, `PROD=`, `MODE=test`, `SSR=1`, `BASE_URL=/`), and every build a test starts
 * inherits it. Astro inlines environment variables into its bundle, so those builds ran with
 * `import.meta.env.DEV` set, unlike `npm run build`. Removed here, a test's build sees the
 * environment a publisher's does.
 */
for (const name of ['BASE_URL', 'DEV', 'MODE', 'PROD', 'SSR']) delete process.env[name];
