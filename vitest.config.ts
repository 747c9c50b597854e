import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Generous: a CI machine may be busy with other work, and a 60 s limit failed a 2-rank gang test
    // there. No test relies on these limits for its verdict.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Integration tests spawn real Python workers; two cores cannot run many at once.
    maxWorkers: 2,
  },
});
