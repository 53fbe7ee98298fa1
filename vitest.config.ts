import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // Tests start git and local fake servers; separate processes keep the run deterministic on 2 cores.
    pool: 'forks',
    // `npm run coverage`: in-process line coverage of src/ (the entry points' subprocess runs are not
    // counted); scripts/coverage.ts checks it per folder. Reported after failing tests too, so a red run
    // still shows where coverage stands.
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      reporter: ['text-summary', 'json-summary'],
      reportOnFailure: true,
    },
  },
});
