import { defineConfig } from 'vitest/config';

// Four suites: pure logic, the built dist/, dist/ behind real web servers, and real Chromium against it.
// `npm test` builds first (see package.json), so build and e2e suites read a fresh dist/.
export default defineConfig({
  test: {
    // Temporary folders of a run in one folder, removed at its end (tests/temp-folder.ts).
    globalSetup: ['tests/temp-folder.ts'],
    // Builds started by tests get a publisher's environment, not Vitest's (tests/child-env.ts).
    setupFiles: ['tests/child-env.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Whole-site checks (every page validated, every link resolved) take seconds on a busy 2-core machine.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000 } },
      // The built dist/ behind nginx and Caddy on loopback; one server at a time.
      { extends: true, test: { name: 'servers', include: ['tests/servers/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser per file is plenty for 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
