import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // vitest runs one file at a time on 2 cores (cores − 1), yet most of a file's time is spent waiting on
    // wrangler, workerd, installs and the loopback API: two files at once finish the suite in about half
    // the time (measured with the whole suite, 2 cores). https://vitest.dev/config/maxworkers
    maxWorkers: 2,
    // A bound for hangs only, far above any run on a loaded 2-core machine: no test may depend on speed.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    setupFiles: ['test/support/setup.ts'],
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
