import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryInvocations } from '../../src/cloudflare/analytics.js';
import { createCloudflareClient } from '../../src/cloudflare/client.js';
import { monitorCommand, monitorExitCode } from '../../src/cli/monitor.js';
import type { Plan } from '../../src/model/index.js';
import { monitor } from '../../src/pipeline/index.js';
import { renderMonitorMarkdown, renderMonitorText } from '../../src/report/monitor.js';
import {
  deploymentEnvironment,
  finishDeployment,
  startDeployment,
} from '../../src/report/deployments.js';
import { githubFor } from '../report/helpers.js';
import { hourlyRows } from '../support/analytics.js';
import { createFakeGitHub } from '../support/github-api/index.js';
import {
  apiEnv,
  startCloudflareApi,
  type CloudflareApi,
} from '../support/cloudflare-api/server.js';
import { testContext, type TestContext } from '../support/context.js';
import { handPlan, workerPlan } from '../deploy/helpers.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const HOUR_AGO = new Date(NOW.getTime() - 3_600_000);
const fast = { retryBaseMs: 1, maxRetryWaitMs: 5 };

let api: CloudflareApi;
let ctx: TestContext;
let plan: Plan;

beforeEach(async () => {
  api = await startCloudflareApi();
  ctx = testContext({ env: apiEnv(api), now: () => NOW });
  plan = await handPlan([workerPlan('shop'), workerPlan('api', { cpuMs: 50 })]);
});
afterEach(() => api.close());

const seed = (
  script: string,
  version: string,
  hours: number,
  profile: Parameters<typeof hourlyRows>[4],
) => api.state.analytics.rows.push(...hourlyRows(script, version, NOW, hours, profile));

const run = (thresholds = {}) =>
  monitor(plan, { since: HOUR_AGO, thresholds, github: null, clientOptions: fast }, ctx);

describe('monitor', () => {
  it('reports every Worker and version from one analytics request, healthy with enough traffic', async () => {
    seed('shop', 'v-old', 1, { requests: 400, errorRate: 0.0025, cpuP50Ms: 1.2, cpuP99Ms: 4 });
    seed('shop', 'v-new', 1, { requests: 600, errorRate: 0, cpuP99Ms: 3, subrequests: 90 });
    seed('api', 'v-api', 1, { requests: 5000, errorRate: 0.001, cpuP99Ms: 20 });
    seed('other', 'v-x', 1, { requests: 10, errorRate: 1 });

    const report = await run();

    expect(api.callCounts()).toEqual({ graphql: 1 });
    const [shop, apiWorker] = report.workers;
    expect(shop?.verdict).toBe('healthy');
    expect(shop?.versions.map((v) => [v.version, v.requests, v.errors])).toEqual([
      ['v-new', 600, 0],
      ['v-old', 400, 1],
    ]);
    expect(shop?.versions[1]).toMatchObject({ errorRate: 0.0025, cpuP50Ms: 1.2, cpuP99Ms: 4 });
    expect(shop?.versions[0]).toMatchObject({ subrequests: 90, wallP50Ms: 5, wallP99Ms: 40 });
    expect(shop?.currentVersion).toBe('v-new');
    expect(shop?.cpuLimitMs).toBe(10); // the Free plan's default
    expect(apiWorker).toMatchObject({ verdict: 'healthy', cpuLimitMs: 50 }); // limits.cpu_ms
    expect(monitorExitCode(report)).toBe(0);

    const text = renderMonitorText(report);
    expect(text).toContain('shop (shop): healthy');
    expect(text).toContain('[███░░░░░░░] 30 % of 10 ms');
    expect(text).toContain('[████░░░░░░] 40 % of 50 ms');
    expect(text).toContain('start-up time: not recorded');
  });

  it('takes the current version and its start-up time from the last upload', async () => {
    seed('shop', 'v-old', 1, { requests: 900 });
    seed('shop', 'v-new', 1, { requests: 300 });
    const report = await monitor(
      plan,
      {
        since: HOUR_AGO,
        clientOptions: fast,
        uploads: [{ worker: 'shop', versionId: 'v-new', startupMs: 12 }],
      },
      ctx,
    );
    expect(report.workers[0]).toMatchObject({ currentVersion: 'v-new', startupMs: 12 });
    const text = renderMonitorText(report);
    expect(text).toContain('v-new (current)');
    expect(text).toContain('start-up time: 12 ms (last upload)');
  });

  it('takes the current version and its start-up time from the last production Deployment on GitHub', async () => {
    seed('shop', 'v-old', 1, { requests: 900 });
    seed('shop', 'v-new', 1, { requests: 300 });
    const fake = createFakeGitHub();
    const { github } = githubFor(fake, {});
    const environment = deploymentEnvironment('production', null, 'shop', plan.workers.length);
    const metrics = { worker: 'shop', versionId: 'v-new', startupMs: 9, gzipBytes: 1000 };
    const target = { environment, ref: 'abc', transient: false, production: true, description: '' };
    const id = await startDeployment(github, { ...target, metrics });
    await finishDeployment(github, id, environment, {
      ok: true,
      environmentUrl: null,
      description: 'ready',
    });

    const report = await monitor(plan, { since: HOUR_AGO, clientOptions: fast, github }, ctx);
    expect(report.workers[0]).toMatchObject({ currentVersion: 'v-new', startupMs: 9 });
    expect(report.workers[1]).toMatchObject({ currentVersion: null, startupMs: null });
    fake.assertAllHandled();
  });

  it('names the metric, the value and the limit of a breach, and exits 1', async () => {
    seed('shop', 'v1', 1, { requests: 1000, errorRate: 0.05, cpuP99Ms: 3 });
    seed('api', 'v2', 1, { requests: 1000, errorRate: 0, cpuP99Ms: 62 });
    const report = await run();
    expect(report.workers.map((w) => w.verdict)).toEqual(['breached', 'breached']);
    expect(report.workers[0]?.summary).toBe(
      'shop: error rate 5.00 % is over the limit 1.00 % (version v1).',
    );
    expect(report.workers[1]?.summary).toBe(
      'api: CPU p99 62 ms is over the limit 50 ms (version v2).',
    );
    expect(monitorExitCode(report)).toBe(1);

    const lenient = await run({ maxErrorRate: 0.1, maxCpuP99Ms: 100 });
    expect(lenient.workers.map((w) => w.verdict)).toEqual(['healthy', 'healthy']);
  });

  it('says too little traffic, with the count, and never healthy (exit 3)', async () => {
    seed('shop', 'v1', 1, { requests: 40, errorRate: 0 });
    seed('api', 'v2', 1, { requests: 5000 });
    const report = await run();
    expect(report.workers[0]).toMatchObject({ verdict: 'too-little-traffic', breaches: [] });
    expect(report.workers[0]?.summary).toContain('too little traffic to judge: 40 requests');
    expect(report.workers[0]?.summary).toContain('at least 100 per version');
    expect(monitorExitCode(report)).toBe(3);
    expect((await run({ minRequests: 10 })).workers[0]?.verdict).toBe('healthy');
  });

  it('charts 30 days in daily points and renders the summary table with Mermaid charts', async () => {
    seed('shop', 'v1', 24 * 30, { requests: 200, errorRate: 0.002, cpuP99Ms: 2 });
    const report = await monitor(
      plan,
      { since: new Date(NOW.getTime() - 30 * 86_400_000), github: null, clientOptions: fast },
      ctx,
    );
    const shop = report.workers[0]!;
    expect(shop.versions[0]?.requests).toBe(200 * 24 * 30);
    expect(shop.series.length).toBeGreaterThanOrEqual(30);
    expect(shop.series.length).toBeLessThanOrEqual(31);
    const markdown = renderMonitorMarkdown(report);
    expect(markdown).toContain('| version | requests | errors | error rate |');
    expect(markdown).toContain('xychart-beta');
    expect(markdown).toContain('title "shop: CPU p99 (ms), limit 10 ms"');
    expect(markdown).toContain('title "shop: error rate (%)"');
  });
});

describe('analytics API failures', () => {
  const client = () =>
    createCloudflareClient(ctx, {
      apiToken: api.tokens.default.value,
      baseUrl: api.baseUrl,
      ...fast,
    });
  const query = () =>
    queryInvocations(client(), {
      accountId: api.state.accountId,
      scripts: ['shop'],
      since: HOUR_AGO,
      until: NOW,
    });

  it('fails with the GraphQL errors[] message (HTTP 200) and the permission to add', async () => {
    api.state.analytics.errors = [
      'graphql: too many requests in a short time; limit is 300 per 5m',
    ];
    const error = await query().catch((e: unknown) => e);
    expect(String(error)).toContain('too many requests in a short time');
    expect((error as { fix: string }).fix).toContain('Account Analytics › Read');
  });

  it('answers a query for an account the token cannot see with a GraphQL error', async () => {
    const other = api.tokens.create({ accountIds: [] });
    const error = await queryInvocations(
      createCloudflareClient(ctx, { apiToken: other.value, baseUrl: api.baseUrl, ...fast }),
      { accountId: api.state.accountId, scripts: ['shop'], since: HOUR_AGO, until: NOW },
    ).catch((e: unknown) => e);
    expect(String(error)).toContain('not authorized for that account');
  });

  it('retries 429 and 5xx like every other API call', async () => {
    seed('shop', 'v1', 1, { requests: 300 });
    api.faults.add(
      { route: 'graphql', calls: [1], fault: { type: 'rate-limit', retryAfterSeconds: 0 } },
      { route: 'graphql', calls: [2], fault: { type: 'server-error', status: 502 } },
    );
    const [shop] = await query();
    expect(shop?.versions[0]?.requests).toBe(300);
    expect(api.callCounts()).toEqual({ graphql: 3 });
  });

  it('gives up on a persistent 5xx with the call named', async () => {
    api.faults.add({ route: 'graphql', calls: 'every', fault: { type: 'server-error' } });
    await expect(query()).rejects.toThrow(
      'Cloudflare API call "read Workers analytics (GraphQL)" failed (HTTP 500)',
    );
  });

  it('rejects a field outside the dataset, as the real schema does', async () => {
    const body = {
      query:
        'query($a: string!) { viewer { accounts(filter: {accountTag: $a}) { workersInvocationsAdaptive(limit: 1, filter: {datetime_geq: "2026-01-01T00:00:00Z", datetime_leq: "2026-01-02T00:00:00Z"}) { sum { cpuTimeP99 } } } } }',
      variables: { a: api.state.accountId },
    };
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.tokens.default.value}` },
      body: JSON.stringify(body),
    });
    expect(await response.json()).toEqual({
      data: null,
      errors: [
        {
          message:
            'Cannot query field "cpuTimeP99" on type "AccountWorkersInvocationsAdaptiveSum".',
        },
      ],
    });
  });
});

describe('monitor command', () => {
  async function savedPlan(): Promise<string> {
    await mkdir(plan.outDir, { recursive: true });
    await writeFile(join(plan.outDir, 'plan.json'), JSON.stringify(plan));
    return plan.outDir;
  }

  it('prints JSON and exits 1 on a breach; rejects a bad --since', async () => {
    seed('shop', 'v1', 1, { requests: 1000, errorRate: 0.2 });
    seed('api', 'v2', 1, { requests: 1000 });
    const out = await savedPlan();
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const code = await monitorCommand.run(['--out', out, '--json', '--since', '30m'], ctx);
      expect(code).toBe(1);
      const printed = JSON.parse(String(write.mock.calls[0]?.[0])) as { since: string };
      expect(printed.since).toBe('2026-11-25T11:30:00.000Z');
    } finally {
      write.mockRestore();
    }
    await expect(monitorCommand.run(['--out', out, '--since', 'yesterday'], ctx)).rejects.toThrow(
      "--since is 'yesterday'",
    );
    await expect(monitorCommand.run(['--out', out, '--max-error-rate', '2'], ctx)).rejects.toThrow(
      "--max-error-rate is '2'",
    );
  });

  it('names the missing credential', async () => {
    const out = await savedPlan();
    const bare = testContext({ env: {}, now: () => NOW });
    await expect(monitorCommand.run(['--out', out], bare)).rejects.toThrow(
      'CLOUDFLARE_ACCOUNT_ID is not set',
    );
  });
});
