// @ts-check
/**
 * Mutation testing of the pure core (`npm run test:mutation`; not part of `npm test`): Stryker
 * changes src/lib one operator at a time and runs the unit tests that cover the change; a mutant
 * no test notices is a gap in the tests. One folder at a time on a shared machine:
 * `npm run test:mutation -- --mutate 'src/lib/search/**'`. Scores are in TESTING.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/lib/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Two cores shared by several people.
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  // Constants evaluated once at import (tables, regular expressions) would need every test for each mutant.
  ignoreStatic: true,
  timeoutMS: 20_000,
  thresholds: { high: 90, low: 80, break: null },
};
