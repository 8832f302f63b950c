import { defineConfig } from 'vitest/config';

// The unit suite alone, for mutation testing (`npm run test:mutation`, stryker.config.mjs): the
// build and browser suites read dist/, which a mutant of src/lib does not rebuild.
export default defineConfig({
  // Mutants run beside each other on shared cores: worker-thread tests need more than 5 s there.
  test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
});
