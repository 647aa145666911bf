// detect → planApp → writePlan → real `wrangler deploy --dry-run` → real workerd boot, over the fixtures.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/index.js';
import { bootWorker } from '../../src/toolchain/workerd.js';
import { fakePostgres } from '../support/postgres-wire.js';
import { FIXTURES } from './support.js';
import { boot, bootAndGet, bootOptions, dryRun, planned, wrangler } from './workers.js';

/** Every file under a fixture with its hash: the fixture must be byte-for-byte the same after plan. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Object.fromEntries(
    await Promise.all(
      files.map(async (f) => [
        f,
        createHash('sha1')
          .update(await readFile(f))
          .digest('hex'),
      ]),
    ),
  );
}

describe('generated Workers boot in workerd', () => {
  it('Express 4 (iconv-lite 0.4) boots through the alias remedy, fixture files untouched', async () => {
    const before = await snapshot(join(FIXTURES, 'express'));
    const plan = await planned('express');
    const [worker] = plan.workers;
    if (!worker) throw new Error('no worker');
    expect(worker.remedies.map((r) => r.pitfallId)).toEqual(['iconv-lite-0.4']);
    const text = await readFile(join(plan.outDir, worker.files.wranglerConfig), 'utf8');
    expect(parse(text)).toEqual(worker.generated?.config);
    expect(text).toContain('// Remedies:');
    expect(await bootAndGet(plan, worker, ['/health', '/'])).toEqual([200, 200]);
    expect(await snapshot(join(FIXTURES, 'express'))).toEqual(before);
    expect(await loadPlan(plan.outDir)).toEqual(JSON.parse(JSON.stringify(plan)));
  });

  it('Express 4 without the remedy (--no-remedies) crashes at start-up, as measured', async () => {
    const plan = await planned('express', true);
    const [worker] = plan.workers;
    if (!worker) throw new Error('no worker');
    const bundle = await dryRun(plan, worker);
    expect(await readFile(join(bundle, 'entry.js'), 'utf8')).toContain('iconv-lite/lib/index.js');
    await expect(boot(worker, bundle)).rejects.toThrow(/failed to start/);
  });

  it('Koa and Hono answer / and their health paths', async () => {
    for (const [fixture, path] of [
      ['koa', '/healthz'],
      ['hono', '/health'],
    ] as const) {
      const plan = await planned(fixture);
      const [worker] = plan.workers;
      if (!worker) throw new Error('no worker');
      expect(await bootAndGet(plan, worker, ['/', path]), fixture).toEqual([200, 200]);
    }
  });

  it('the cron fixture (fetch-native app + scheduled handler for its crontab) boots', async () => {
    const plan = await planned('cron');
    const [worker] = plan.workers;
    if (!worker) throw new Error('no worker');
    expect(worker.generated?.config.triggers).toEqual({ crons: ['0 7 * * *'] });
    expect(worker.generated?.modules['entry.mjs']).toContain('"0 7 * * *":"/tasks/digest"');
    expect(await bootAndGet(plan, worker, ['/'])).toEqual([200]);
  });
});

describe('several built services', () => {
  it("the web front's plain fetch('http://api:3000/items') reaches the api Worker through its service binding", async () => {
    const plan = await planned('compose-multi');
    const [web, api] = plan.workers;
    if (!web || !api) throw new Error('expected a web and an api Worker');
    expect(web.generated?.config.services).toEqual([{ binding: 'API', service: api.name }]);
    const [webBundle, apiBundle] = await Promise.all([dryRun(plan, web), dryRun(plan, api)]);
    // The api reads Postgres through its Hyperdrive binding; a wire-protocol stand-in answers it.
    const db = await fakePostgres(['name'], [['lamp'], ['mug']]);
    try {
      const front = await bootWorker(
        await wrangler(),
        { ...(await bootOptions(web, webBundle)), serviceBindings: { API: api.name } },
        [{ ...(await bootOptions(api, apiBundle, db.url)), name: api.name }],
      );
      try {
        const response = await front.fetch('/');
        expect(response.body).toBe('<h1>Shop</h1><ul><li>lamp</li><li>mug</li></ul>');
        expect(response.status).toBe(200);
        expect(db.queries).toEqual(['SELECT name FROM items ORDER BY name']);
      } finally {
        await front.dispose();
      }
    } finally {
      await db.close();
    }
  });
});

// compose-multi's Workers and compose-postgres-redis' pass it in the tests above and below.
describe('generated configs pass wrangler deploy --dry-run', () => {
  it.each(['fastify-ts', 'monorepo', 'toplevel-await-db', 'static-site'])('%s', async (fixture) => {
    const plan = await planned(fixture);
    expect(plan.workers.length).toBeGreaterThan(0);
    for (const worker of plan.workers.filter((w) => w.target === 'worker'))
      await dryRun(plan, worker);
  });
});

describe('the previews block', () => {
  it("binds the preview resource set with the app's vars, matches wrangler's schema, and passes deploy --dry-run", async () => {
    const plan = await planned('compose-postgres-redis');
    const worker = plan.workers.find((w) => w.target === 'worker');
    if (!worker) throw new Error('no worker');
    const config = parse(
      await readFile(join(plan.outDir, worker.files.wranglerConfig), 'utf8'),
    ) as Record<string, unknown> & { previews: Record<string, unknown> };
    const schemaPath = join((await wrangler()).packageDir, 'config-schema.json');
    const schema = JSON.parse(await readFile(schemaPath, 'utf8')) as object;
    const validate = new Ajv({ strict: false, allowUnionTypes: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    // Every top-level binding section is in the block too (or a Preview would run without it).
    for (const key of [
      'kv_namespaces',
      'hyperdrive',
      'durable_objects',
      'd1_databases',
      'r2_buckets',
    ]) {
      if (config[key] !== undefined) expect(config.previews[key], key).toBeDefined();
    }
    expect(config.previews.vars).toEqual(config.vars);
    expect(config.previews).not.toHaveProperty('migrations');
    expect(JSON.stringify(config.previews)).not.toContain('consumers');
    await dryRun(plan, worker);
  });
});

describe('container target', () => {
  it("matches wrangler's config schema, and its router bundles (the image build itself needs Docker)", async () => {
    const plan = await planned('go-service');
    const [worker] = plan.workers;
    if (!worker) throw new Error('no worker');
    expect(worker.target).toBe('container');
    const path = join(plan.outDir, worker.files.wranglerConfig);
    const config = parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    // wrangler 4.164 ships the schema without exporting the subpath: read it from the package.
    const schemaPath = join((await wrangler()).packageDir, 'config-schema.json');
    const schema = JSON.parse(await readFile(schemaPath, 'utf8')) as object;
    const validate = new Ajv({ strict: false, allowUnionTypes: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    // `wrangler deploy --dry-run` builds the image with Docker after bundling; without Docker, check the
    // router alone: the same config minus `containers` must bundle with its Durable Object class.
    const router = { ...config };
    delete router.containers;
    await writeFile(path, JSON.stringify(router));
    await dryRun(plan, worker);
  });
});
