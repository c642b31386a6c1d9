import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Whole games are played in some tests; on a busy two-core machine they can take seconds.
    testTimeout: 60_000,
  },
});
