import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PDF and DOCX rendering is CPU-bound; two cores, two forks.
    pool: 'forks',
    maxWorkers: 2,
  },
});
