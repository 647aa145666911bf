import { describe, expect, it } from 'vitest';
import type { DeployResult } from '../../src/model/index.js';
import { renderJobSummary } from '../../src/report/summary.js';

function result(overrides: Partial<DeployResult> = {}): DeployResult {
  return {
    worker: 'shop',
    scriptName: 'shop',
    environment: 'production',
    mode: 'production',
    modeReason: 'production deploy',
    status: 'ready',
    deploymentUrl: 'https://shop.acme.workers.dev',
    previewUrl: null,
    previewAliasUrl: null,
    versionId: 'v-2',
    previousVersionId: 'v-1',
    rolledBack: false,
    health: {
      url: 'https://shop.acme.workers.dev/healthz',
      status: 200,
      latencyMs: 42,
      attempts: 1,
      ok: true,
    },
    migration: {
      startupMs: 30,
      gzipBytes: 4096,
      production: { startupMs: 15, gzipBytes: 4000 },
      kvReadYourWrites: ['src/cache.js:12'],
    },
    commandOutput: 'secret output',
    commandStderr: '',
    diagnostics: [],
    durationMs: 1200,
    ...overrides,
  };
}

describe('job summary', () => {
  it('records each step of a gradual rollout with both versions’ figures and the decision', () => {
    const stats = (version: string, requests: number, errorRate: number, cpuP99Ms: number) => ({
      version,
      requests,
      errors: Math.round(requests * errorRate),
      errorRate,
      subrequests: 0,
      cpuP50Ms: 1,
      cpuP99Ms,
      wallP50Ms: 5,
      wallP99Ms: 40,
    });
    const text = renderJobSummary({
      environment: 'production',
      pullRequest: null,
      verdict: 'ready',
      results: [
        result({
          status: 'failed',
          rolledBack: true,
          rollout: {
            newVersionId: 'v-2',
            oldVersionId: 'v-1',
            decision: 'rolled-back',
            finalPercentage: 0,
            steps: [
              {
                percentage: 10,
                outcome: 'rolled-back',
                judgedBy: 'analytics',
                newStats: stats('v-2', 200, 0.2, 3),
                oldStats: stats('v-1', 1800, 0.001, 3),
                note: 'error rate 20.00 % is over the limit 1.00 %',
              },
            ],
            resumed: null,
            reason: 'rolled back from v-2 to v-1 at 10 % because of the error rate',
          },
        }),
      ],
    });
    expect(text).toContain('### Gradual rollout');
    expect(text).toContain(
      '| shop | 10% | rolled-back | analytics | 200 / 1800 | 20.00 % / 0.10 % | 3 / 3 ms |',
    );
    expect(text).toContain(
      '- shop: **rolled-back**, new version at 0%: rolled back from v\\-2 to v\\-1 at 10 % because of the error rate',
    );
  });

  it('has the verdict, URLs, health, migration health, findings, bundle, resources and timings', () => {
    const text = renderJobSummary({
      environment: 'production',
      pullRequest: null,
      verdict: 'ready',
      results: [
        result(),
        result({
          worker: 'api',
          status: 'failed',
          health: {
            url: 'https://api.acme.workers.dev/',
            status: 500,
            latencyMs: 9,
            attempts: 5,
            ok: false,
          },
          diagnostics: [
            { ruleId: 'R021', severity: 'error', message: 'rolled back from v-4 to v-3' },
          ],
        }),
      ],
      checks: [
        {
          worker: 'shop',
          verdict: 'ready',
          diagnostics: [
            { ruleId: 'W101', severity: 'warning', message: 'fs.watch is not available' },
          ],
          bundle: {
            rawBytes: 20000,
            gzipBytes: 4096,
            limitBytes: 3 * 1024 * 1024,
            topPackages: [],
          },
          smoke: null,
          startup: null,
        },
      ],
      provisions: [
        {
          worker: 'shop',
          environment: 'production',
          accountId: 'a',
          resources: [
            {
              binding: 'SESSIONS',
              type: 'kv',
              name: 'shop-sessions-production',
              id: 'x',
              outcome: 'created',
              ownedByUs: true,
            },
          ],
          secretsSet: [],
          migrationsApplied: [],
          configPath: '/x',
          dryRun: false,
        },
      ],
      timings: { plan: 800, deploy: 12_300 },
    });
    expect(text).toMatch(/^## docker-to-workers: ready/);
    expect(text).toContain('[shop\\.acme\\.workers\\.dev](https://shop.acme.workers.dev/)');
    expect(text).toContain('✅ HTTP 200, 42 ms');
    expect(text).toContain('❌ HTTP 500, 9 ms');
    expect(text).toMatch(/\| shop \| 30 ms \| \+100% ⚠️ \| 4\.0 KiB \| \+2% \|/);
    expect(text).toContain('SESSIONS');
    expect(text).toContain('rolled back from v-4 to v-3');
    expect(text).toContain('fs.watch is not available');
    expect(text).toContain('gzip');
    expect(text).toContain('shop\\-sessions\\-production');
    expect(text).toContain('| deploy | 12.3 s |');
    expect(text).not.toContain('secret output');
    expect(text).not.toContain('### D1 migrations');
  });

  it('lists the D1 migrations applied before traffic and says they cannot be rolled back', () => {
    const text = renderJobSummary({
      environment: 'production',
      pullRequest: null,
      verdict: 'ready',
      results: [result({ status: 'failed', rolledBack: true })],
      provisions: [
        {
          worker: 'shop',
          environment: 'production',
          accountId: 'a',
          resources: [],
          secretsSet: [],
          migrationsApplied: ['0002_orders.sql'],
          configPath: '/x',
          dryRun: false,
        },
      ],
    });
    expect(text).toContain('### D1 migrations');
    expect(text).toContain('shop (production): `0002\\_orders\\.sql`');
    expect(text).toMatch(
      /cannot be rolled back: a Worker rollback leaves the database as migrated/,
    );
  });
});
