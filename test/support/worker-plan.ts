import type { WorkerPlan } from '../../src/model/index.js';

/** A ready Worker plan for a Node.js HTTP server named `name`, built by hand; `overrides` replace fields. */
export function workerPlan(name: string, overrides: Partial<WorkerPlan> = {}): WorkerPlan {
  return {
    name,
    target: 'worker',
    targetReason: 'Node.js HTTP server',
    targetSource: null,
    dir: '.',
    compatibilityDate: '2026-05-03',
    compatibilityFlags: ['nodejs_compat'],
    main: `${name}/entry.mjs`,
    port: 3000,
    healthcheckPath: '/healthz',
    vars: {},
    secrets: [],
    bindings: [],
    assets: null,
    crons: [],
    cpuMs: null,
    remedies: [],
    codeChanges: [],
    report: [
      {
        key: 'EXPOSE 3000',
        source: 'Dockerfile:4',
        outcome: 'converted',
        became: 'fetch handler',
        why: 'shim',
      },
      {
        key: 'VOLUME /data',
        source: 'Dockerfile:5',
        outcome: 'manual',
        became: 'R2 bucket',
        why: 'no disk',
      },
    ],
    verdict: 'ready',
    verdictReason: 'all good',
    files: {
      wranglerConfig: `${name}/wrangler.jsonc`,
      shim: `${name}/entry.mjs`,
      report: 'MIGRATION.md',
    },
    ...overrides,
  };
}
