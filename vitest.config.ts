import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // The end-to-end tests spawn the bundled action; keep the run deterministic on 2 cores.
    pool: 'forks',
  },
});
