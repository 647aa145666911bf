import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provision } from '../../src/provision/index.js';
import { draftScriptRoutes } from '../support/cloudflare-api/draft-script.js';
import { startCloudflareApi, type CloudflareApi } from '../support/cloudflare-api/server.js';
import {
  FAST,
  PREVIEW_VALUES,
  provisionContext,
  resourceCounts,
} from '../support/provision-env.js';
import { fivePlan } from '../support/provision-plan.js';

let api: CloudflareApi;
beforeEach(async () => {
  api = await startCloudflareApi({ routes: [draftScriptRoutes] });
});
afterEach(() => api.close());

const creates = () =>
  api.requests.filter((r) => r.method === 'POST' && r.route?.endsWith('.create')).length;
const counts = () => resourceCounts(api);

describe('provision', () => {
  it('creates the five resources, then finds them all with list calls only', async () => {
    const plan = await fivePlan();
    const [first] = await provision(plan, FAST, provisionContext(api));
    expect(first!.resources.map((r) => [r.type, r.outcome, r.name])).toEqual([
      ['kv', 'created', 'shop-api-cache-production'],
      ['d1', 'created', 'shop-api-db-production'],
      ['r2', 'created', 'shop-api-uploads-production'],
      ['queue', 'created', 'shop-api-jobs-production'],
      ['hyperdrive', 'created', 'shop-api-pg-production'],
    ]);
    expect(counts()).toEqual({ kv: 1, d1: 1, r2: 1, queues: 1, hyperdrive: 1 });

    const config = parseJsonc(await readFile(first!.configPath, 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({
      name: 'shop-api',
      kv_namespaces: [{ binding: 'CACHE', id: api.state.primary.kv[0]!.id }],
      d1_databases: [{ binding: 'DB', database_id: api.state.primary.d1[0]!.uuid }],
      r2_buckets: [{ binding: 'UPLOADS', bucket_name: 'shop-api-uploads-production' }],
      queues: {
        producers: [{ binding: 'JOBS', queue: 'shop-api-jobs-production' }],
        consumers: [{ queue: 'shop-api-jobs-production' }],
      },
      hyperdrive: [{ binding: 'PG', id: api.state.primary.hyperdrive[0]!.id }],
    });
    expect(api.state.primary.hyperdrive[0]!.origin).toMatchObject({
      host: 'db.example.com',
      user: 'shop',
      database: 'shop',
    });

    api.requests.length = 0;
    const [second] = await provision(plan, FAST, provisionContext(api));
    expect(second!.resources.every((r) => r.outcome === 'found' && r.ownedByUs)).toBe(true);
    expect(second!.migrationsApplied).toEqual([]);
    expect(creates()).toBe(0);
    const resourceCalls = api.requests.filter(
      (r) =>
        !r.route?.startsWith('workers.') &&
        !r.route?.startsWith('test.') &&
        !r.route?.startsWith('d1.database.query'),
    );
    expect(resourceCalls.every((r) => r.method === 'GET')).toBe(true);
    expect(counts()).toEqual({ kv: 1, d1: 1, r2: 1, queues: 1, hyperdrive: 1 });
  });

  it('a rerun with no change keeps the ownership record as it was (times included)', async () => {
    const plan = await fivePlan({ secrets: [] });
    const state = join(plan.outDir, 'shop-api', 'provision-state.json');
    await provision(plan, FAST, provisionContext(api));
    const [text, info] = await Promise.all([readFile(state, 'utf8'), stat(state)]);
    const later = provisionContext(api);
    later.now = () => new Date('2026-12-24T08:00:00Z');
    await provision(plan, FAST, later);
    expect(await readFile(state, 'utf8')).toBe(text);
    expect((await stat(state)).mtimeMs).toBe(info.mtimeMs);
    expect(text).toContain('"createdAt": "2026-11-25T12:00:00.000Z"');
  });

  it('changes nothing with --dry-run', async () => {
    const plan = await fivePlan();
    const [result] = await provision(plan, { ...FAST, dryRun: true }, provisionContext(api));
    expect(result!.resources.map((r) => r.outcome)).toEqual(Array(5).fill('would create'));
    expect(result!.migrationsPending).toEqual(['0001_users.sql', '0002_orders.sql']);
    expect(api.requests.every((r) => r.method === 'GET')).toBe(true);
    await expect(readFile(result!.configPath)).rejects.toThrow();
  });

  it('gives another environment and a per-PR preview their own sets', async () => {
    const plan = await fivePlan();
    await provision(plan, FAST, provisionContext(api));
    const [preview] = await provision(
      plan,
      { ...FAST, environment: 'preview', pr: 9 },
      provisionContext(api, PREVIEW_VALUES),
    );
    const [pr9] = await provision(
      plan,
      { ...FAST, environment: 'preview', pr: 9, perPrResources: true },
      provisionContext(api, PREVIEW_VALUES),
    );
    expect(preview!.resources.map((r) => r.name)).toContain('shop-api-cache-preview');
    expect(pr9!.resources.map((r) => r.name)).toContain('shop-api-cache-pr-9');
    expect(pr9!.resources.every((r) => r.outcome === 'created')).toBe(true);
    expect(pr9!.configPath).toMatch(/wrangler\.preview\.jsonc$/);
    expect(counts()).toEqual({ kv: 3, d1: 3, r2: 3, queues: 3, hyperdrive: 3 });
  });

  it('fails before any change when the token lacks D1, naming the permission', async () => {
    const plan = await fivePlan();
    const ctx = provisionContext(api, { CLOUDFLARE_API_TOKEN: api.tokens.without('D1').value });
    const error = await provision(plan, FAST, ctx).catch((e: unknown) => e);
    expect(String(error)).toContain('"Account › D1 › Edit"');
    expect((error as { fix?: string }).fix).toContain(
      'https://dash.cloudflare.com/profile/api-tokens',
    );
    expect(api.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(counts()).toEqual({ kv: 0, d1: 0, r2: 0, queues: 0, hyperdrive: 0 });
  });

  it('probes the Worker secrets permission when the plan has secrets', async () => {
    const plan = await fivePlan();
    const ctx = provisionContext(api, {
      CLOUDFLARE_API_TOKEN: api.tokens.without('Workers Scripts', 'Queues').value,
    });
    const error = await provision(plan, FAST, ctx).catch((e: unknown) => e);
    expect(String(error)).toContain(
      '"Account › Queues › Edit", "Account › Workers Scripts › Edit"',
    );
    expect(api.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(api.requests.filter((r) => r.status === 403).map((r) => r.missingPermission)).toEqual(
      expect.arrayContaining(['Account › Queues › Read', 'Account › Workers Scripts › Read']),
    );
  });

  it('names a missing required secret before any call', async () => {
    const plan = await fivePlan();
    const ctx = provisionContext(api);
    const error = await provision(plan, FAST, {
      ...ctx,
      env: { ...ctx.env, SESSION_KEY: undefined },
    }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/SESSION_KEY not passed by the workflow.*C020/);
    expect(api.requests).toEqual([]);
  });

  it('lists the accounts when the token has several and none is chosen', async () => {
    await api.close();
    api = await startCloudflareApi({ accounts: ['Acme', 'Acme staging'] });
    const plan = await fivePlan();
    const ctx = provisionContext(api, { CLOUDFLARE_ACCOUNT_ID: '' });
    const error = await provision(plan, FAST, {
      ...ctx,
      env: { ...ctx.env, CLOUDFLARE_ACCOUNT_ID: undefined },
    }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/2 accounts: Acme \([0-9a-f]{32}\), Acme staging/);
  });

  it('accepts an account-owned token', async () => {
    const plan = await fivePlan({ secrets: [] });
    const token = api.tokens.create({ kind: 'account' });
    const [result] = await provision(
      plan,
      FAST,
      provisionContext(api, { CLOUDFLARE_API_TOKEN: token.value }),
    );
    expect(result!.resources).toHaveLength(5);
    expect(api.requests.map((r) => r.route).slice(0, 2)).toEqual([
      'user.tokens.verify',
      'accounts.tokens.verify',
    ]);
  });

  it('finds its KV namespace on page 3 of 250', async () => {
    const plan = await fivePlan();
    for (let i = 0; i < 250; i++) {
      const title = i === 230 ? 'shop-api-cache-production' : `other-${i}`;
      api.state.primary.kv.push({ id: `${i}`.padStart(32, 'a'), title });
    }
    const [result] = await provision(plan, FAST, provisionContext(api));
    expect(result!.resources[0]).toMatchObject({ outcome: 'found', id: '230'.padStart(32, 'a') });
    expect(api.state.primary.kv).toHaveLength(250);
    expect(api.requests.filter((r) => r.route === 'kv.namespaces.list')).toHaveLength(3);
  });

  it('updates the Hyperdrive origin when the connection string changed', async () => {
    const plan = await fivePlan({ secrets: [] });
    await provision(plan, FAST, provisionContext(api));
    const [moved] = await provision(
      plan,
      FAST,
      provisionContext(api, {
        DATABASE_URL: 'postgres://shop:s3cret-pg-pass@db2.example.com:5432/shop',
      }),
    );
    expect(moved!.resources.find((r) => r.type === 'hyperdrive')?.outcome).toBe('updated');
    const [rotated] = await provision(
      plan,
      FAST,
      provisionContext(api, { DATABASE_URL: 'postgres://shop:n3w-pass@db2.example.com:5432/shop' }),
    );
    expect(rotated!.resources.find((r) => r.type === 'hyperdrive')?.outcome).toBe('updated');
    expect(api.state.primary.hyperdrive[0]).toMatchObject({
      password: 'n3w-pass',
      origin: { host: 'db2.example.com' },
    });
    expect(api.state.primary.hyperdrive).toHaveLength(1);
  });
});
