import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // vitest runs one file at a time on 2 cores (cores − 1), yet much of a file's time is spent waiting on
    // wrangler, workerd, installs and the loopback API. Measured on 2 cores, whole suite: 705 s with one
    // file at a time, 436 s with two, 389 s with three. https://vitest.dev/config/maxworkers
    maxWorkers: 3,
    // A bound for hangs only, far above any run on a loaded 2-core machine: no test may depend on speed.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    setupFiles: ['test/support/setup.ts'],
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
