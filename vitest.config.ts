import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real wrangler and workerd runs take seconds each on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    setupFiles: ['test/support/setup.ts'],
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
