import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserError } from '../../src/errors.js';
import { cleanupPreviewResources, provision } from '../../src/provision/index.js';
import { draftScriptRoutes } from '../support/cloudflare-api/draft-script.js';
import { startCloudflareApi, type CloudflareApi } from '../support/cloudflare-api/server.js';
import {
  DATABASE_URL,
  FAST,
  provisionContext,
  resourceCounts,
  SESSION_KEY,
} from '../support/provision-env.js';
import { fivePlan } from '../support/provision-plan.js';

const PREVIEW_DATABASE_URL = 'postgres://shop:preview-pg-pass@preview-db.example.com:5432/shop';

let api: CloudflareApi;
beforeEach(async () => {
  api = await startCloudflareApi({ routes: [draftScriptRoutes] });
});
afterEach(() => api.close());

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'utf8')),
  );
}

/** What `wrangler secret bulk` calls (its flow differs between wrangler releases). */
const SECRET_ROUTES = /^workers\.scripts\.(settings\.edit|secrets\.bulk)$/;

describe('provision secrets and migrations', () => {
  it('sets each environment’s secrets on its own Worker, previews from PREVIEW_<NAME>, and never prints a value', async () => {
    const plan = await fivePlan();
    const production = provisionContext(api);
    const preview = provisionContext(api, {
      PREVIEW_SESSION_KEY: 'preview-session-key-fedcba9876',
      PREVIEW_DATABASE_URL,
    });
    const [prod] = await provision(plan, FAST, production);
    const [prev] = await provision(plan, { ...FAST, environment: 'preview' }, preview);
    expect(prod!.secretsSet).toEqual(['DATABASE_URL', 'SESSION_KEY']);
    expect(prev!.scriptName).toBe('shop-api-preview');

    const secretsOf = (script: string) =>
      Object.fromEntries(
        (api.state.primary.scripts.get(script)?.bindings ?? []).map((b) => [b.name, b.text]),
      );
    expect(secretsOf('shop-api')).toEqual({ DATABASE_URL, SESSION_KEY });
    // The preview got its own values, and its Hyperdrive points at the preview database, not production's.
    expect(secretsOf('shop-api-preview')).toEqual({
      DATABASE_URL: PREVIEW_DATABASE_URL,
      SESSION_KEY: 'preview-session-key-fedcba9876',
    });
    const hosts = Object.fromEntries(
      api.state.primary.hyperdrive.map((h) => [h.name, 'host' in h.origin ? h.origin.host : null]),
    );
    expect(hosts).toEqual({
      'shop-api-pg-production': 'db.example.com',
      'shop-api-pg-preview': 'preview-db.example.com',
    });

    const captured = [
      ...production.logs,
      ...preview.logs,
      JSON.stringify([prod, prev]),
      ...(await filesUnder(plan.outDir)),
    ].join('\n');
    for (const value of [
      DATABASE_URL,
      SESSION_KEY,
      's3cret-pg-pass',
      PREVIEW_DATABASE_URL,
      'preview-session-key-fedcba9876',
    ]) {
      expect(captured).not.toContain(value);
    }
  });

  it('retries `wrangler secret bulk` when Cloudflare answers 5xx, as our own API calls', async () => {
    const plan = await fivePlan();
    api.faults.add({
      route: SECRET_ROUTES,
      calls: [1],
      fault: { type: 'server-error', status: 503 },
    });
    const ctx = provisionContext(api);
    const [result] = await provision(plan, FAST, ctx);
    expect(result!.secretsSet).toEqual(['DATABASE_URL', 'SESSION_KEY']);
    expect(ctx.logs.join('\n')).toMatch(/secret bulk: Cloudflare failed on its side; retrying/);
  });

  it('a lasting 5xx is reported as Cloudflare’s, not blamed on the token', async () => {
    const plan = await fivePlan();
    api.faults.add({
      route: SECRET_ROUTES,
      calls: 'every',
      fault: { type: 'server-error', status: 502 },
    });
    const error = await provision(plan, FAST, provisionContext(api)).catch((e: unknown) => e);
    expect(error).toMatchObject({ message: expect.stringMatching(/secret bulk failed.*C041/) });
    expect((error as { fix: string }).fix).toMatch(/Cloudflare failed on its side 3 times/);
    expect((error as { fix: string }).fix).not.toMatch(/token has/);
    const calls = api.requests.filter((r) => SECRET_ROUTES.test(r.route ?? ''));
    expect(calls.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps secret values out of errors', async () => {
    const plan = await fivePlan({ secrets: [] });
    const ctx = provisionContext(api, { DATABASE_URL: 'mysql://root@db/app-with-no-password' });
    const error = await provision(plan, FAST, ctx).catch((e: unknown) => e);
    expect(String(error)).toMatch(
      /connection string in the connection secret needs a user, a password.*C021/,
    );
    expect(String(error)).not.toContain('app-with-no-password');
  });

  it('applies D1 migrations once; a rerun applies nothing', async () => {
    const plan = await fivePlan({ secrets: [] });
    const [first] = await provision(plan, FAST, provisionContext(api));
    expect(first!.migrationsApplied).toEqual(['0001_users.sql', '0002_orders.sql']);
    const db = api.state.primary.d1[0]!;
    expect([...db.tables.keys()].sort()).toEqual(['d1_migrations', 'orders', 'users']);
    const [second] = await provision(plan, FAST, provisionContext(api));
    expect(second!.migrationsApplied).toEqual([]);
    expect(db.tables.get('d1_migrations')).toHaveLength(2);
  });

  it('gives a preview no production secret or database unless the workflow names it', async () => {
    const plan = await fivePlan({ secrets: ['SESSION_KEY'] });
    const preview = { ...FAST, environment: 'preview' };
    const refused = await provision(plan, preview, provisionContext(api)).catch((e: unknown) => e);
    expect(String(refused)).toMatch(
      /Required secrets PREVIEW_SESSION_KEY, PREVIEW_DATABASE_URL not passed by the workflow; nothing was changed/,
    );
    expect((refused as UserError).fix).toContain('preview-secrets-from-production');
    expect(resourceCounts(api)).toEqual({ kv: 0, d1: 0, r2: 0, queues: 0, hyperdrive: 0 });

    const [allowed] = await provision(
      plan,
      { ...preview, previewSecretsFromProduction: ['SESSION_KEY', 'DATABASE_URL'] },
      provisionContext(api),
    );
    expect(allowed!.secretsSet).toEqual(['SESSION_KEY']);
    expect(api.state.primary.hyperdrive[0]?.origin).toMatchObject({ host: 'db.example.com' });
  });

  it('cleans up a closed PR’s own resources and nothing else', async () => {
    const plan = await fivePlan({ secrets: [] });
    await provision(plan, FAST, provisionContext(api));
    const preview = () => provisionContext(api, { PREVIEW_DATABASE_URL });
    await provision(plan, { ...FAST, environment: 'preview', pr: 9 }, preview());
    await provision(
      plan,
      { ...FAST, environment: 'preview', pr: 9, perPrResources: true },
      preview(),
    );
    api.state.primary.kv.push({ id: 'f'.repeat(32), title: 'someone-elses-namespace-pr-9' });
    expect(resourceCounts(api)).toEqual({ kv: 4, d1: 3, r2: 3, queues: 3, hyperdrive: 3 });

    const rows = await cleanupPreviewResources(plan, { ...FAST, pr: 9 }, provisionContext(api));
    expect(rows.map((r) => r.name).sort()).toEqual(
      ['cache', 'db', 'jobs', 'pg', 'uploads'].map((b) => `shop-api-${b}-pr-9`),
    );
    expect(resourceCounts(api)).toEqual({ kv: 3, d1: 2, r2: 2, queues: 2, hyperdrive: 2 });
    const names = [
      ...api.state.primary.kv.map((n) => n.title),
      ...api.state.primary.d1.map((d) => d.name),
    ];
    expect(names).toEqual(
      expect.arrayContaining([
        'shop-api-cache-production',
        'shop-api-cache-preview',
        'someone-elses-namespace-pr-9',
      ]),
    );
    expect(await cleanupPreviewResources(plan, { ...FAST, pr: 9 }, provisionContext(api))).toEqual(
      [],
    );
  });
});
