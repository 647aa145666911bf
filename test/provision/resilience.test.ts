import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provision } from '../../src/provision/index.js';
import type { Fault } from '../support/cloudflare-api/server.js';
import { startCloudflareApi, type CloudflareApi } from '../support/cloudflare-api/server.js';
import { FAST, provisionContext, resourceCounts } from '../support/provision-env.js';
import { fivePlan } from '../support/provision-plan.js';

let api: CloudflareApi;
beforeEach(async () => {
  api = await startCloudflareApi();
});
afterEach(() => api.close());

const ONE_OF_EACH = { kv: 1, d1: 1, r2: 1, queues: 1, hyperdrive: 1 };
const ROUTES = [
  'kv.namespaces',
  'd1.database',
  'r2.buckets',
  'queues',
  'hyperdrive.configs',
].flatMap((r) => [`${r}.list`, `${r}.create`]);
const FAULTS: Fault[] = [
  { type: 'rate-limit', retryAfterSeconds: 0 },
  { type: 'server-error', status: 500 },
  { type: 'malformed-json' },
  { type: 'reset' },
  { type: 'reset', afterHandling: true },
];

describe('provision under faults', () => {
  // Secrets go through wrangler, which these cases do not exercise: a plan without them keeps the matrix fast.
  for (const route of ROUTES) {
    for (const fault of FAULTS) {
      it(`${route}: ${JSON.stringify(fault)} on the first call → success, no duplicates`, async () => {
        const plan = await fivePlan({ secrets: [] });
        api.faults.add({ route, fault });
        const [result] = await provision(plan, FAST, provisionContext(api));
        expect(
          result!.resources.every((r) => r.outcome === 'created' || r.outcome === 'found'),
        ).toBe(true);
        expect(resourceCounts(api)).toEqual(ONE_OF_EACH);
        expect(api.requests.filter((r) => r.route === route).length).toBeGreaterThanOrEqual(2);
      });
    }
  }

  it('honours Retry-After', async () => {
    const plan = await fivePlan({ secrets: [] });
    const waits: number[] = [];
    api.faults.add({
      route: 'd1.database.create',
      fault: { type: 'rate-limit', retryAfterSeconds: 7 },
    });
    await provision(
      plan,
      { client: { sleep: async (ms) => void waits.push(ms) } },
      provisionContext(api),
    );
    expect(waits).toEqual([7000]);
  });

  it('caps a long Retry-After', async () => {
    const plan = await fivePlan({ secrets: [] });
    const waits: number[] = [];
    api.faults.add({
      route: 'kv.namespaces.list',
      fault: { type: 'rate-limit', retryAfterSeconds: 3600 },
    });
    const client = { maxRetryWaitMs: 30_000, sleep: async (ms: number) => void waits.push(ms) };
    await provision(plan, { client }, provisionContext(api));
    expect(waits).toEqual([30_000]);
  });

  it('gives up after bounded retries, naming the call and Cloudflare’s code', async () => {
    const plan = await fivePlan({ secrets: [] });
    api.faults.add({ route: 'queues.create', calls: 'every', fault: { type: 'server-error' } });
    const error = await provision(
      plan,
      { client: { retryBaseMs: 1, maxAttempts: 3 } },
      provisionContext(api),
    ).catch((e: unknown) => e);
    expect(String(error)).toContain('"create queue shop-api-jobs-production" failed (HTTP 500)');
    expect(String(error)).toContain('[code 10013]');
    expect(api.requests.filter((r) => r.route === 'queues.create')).toHaveLength(3);
  });

  it('names the call that timed out', async () => {
    const plan = await fivePlan({ secrets: [] });
    api.faults.add({
      route: 'r2.buckets.create',
      calls: 'every',
      fault: { type: 'delay', ms: 500 },
    });
    const error = await provision(
      plan,
      { client: { retryBaseMs: 1, maxAttempts: 2, timeoutMs: 100 } },
      provisionContext(api),
    ).catch((e: unknown) => e);
    expect(String(error)).toMatch(
      /"create R2 bucket shop-api-uploads-production" could not reach http:\/\/127\.0\.0\.1:\d+\/client\/v4 \(network error: timed out\)/,
    );
  });

  it('removes what it created when the connection drops after the second create, then finishes', async () => {
    const plan = await fivePlan({ secrets: [] });
    api.faults.add({ route: /\.create$/, calls: { from: 3 }, fault: { type: 'reset' } });
    await expect(
      provision(plan, { client: { retryBaseMs: 1, maxAttempts: 2 } }, provisionContext(api)),
    ).rejects.toThrow();
    // Nothing half-provisioned: the two resources the failed run created are gone again.
    const afterCrash = Object.values(resourceCounts(api)).reduce((a, b) => a + b, 0);
    expect(afterCrash).toBe(0);
    api.faults.clear();
    const [rerun] = await provision(plan, FAST, provisionContext(api));
    expect(rerun!.resources.filter((r) => r.outcome === 'created')).toHaveLength(5);
    expect(resourceCounts(api)).toEqual(ONE_OF_EACH);
  });

  it('two concurrent runs end with one resource of each', async () => {
    const plan = await fivePlan({ secrets: [] });
    // Both runs list before either creates.
    api.faults.add({ route: /\.create$/, calls: 'every', fault: { type: 'delay', ms: 50 } });
    const [a, b] = await Promise.all([
      provision(plan, FAST, provisionContext(api)),
      provision(plan, FAST, provisionContext(api)),
    ]);
    expect(resourceCounts(api)).toEqual(ONE_OF_EACH);
    const ids = (rows: typeof a) => rows[0]!.resources.map((r) => r.id);
    expect(ids(a)).toEqual(ids(b));
    // Each migration is applied by exactly one of the two runs.
    expect([...a, ...b].flatMap((r) => r.migrationsApplied).sort()).toEqual([
      '0001_users.sql',
      '0002_orders.sql',
    ]);
  });
});
