import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uploadSecrets } from '../../src/provision/secrets.js';
import { resolveWrangler, runWrangler } from '../../src/toolchain/wrangler.js';
import { testContext } from '../support/context.js';
import { draftScriptRoutes } from '../support/cloudflare-api/draft-script.js';
import {
  apiEnv,
  startCloudflareApi,
  type CloudflareApi,
} from '../support/cloudflare-api/server.js';

let api: CloudflareApi;
beforeEach(async () => {
  api = await startCloudflareApi({ routes: [draftScriptRoutes] });
});
afterEach(() => api.close());

describe('real wrangler against the loopback API', () => {
  it('applies D1 migrations remotely, once', async () => {
    const ctx = testContext();
    const wrangler = await resolveWrangler(ctx);
    const dir = await mkdtemp(join(tmpdir(), 'dtw-wrangler-d1-'));
    await mkdir(join(dir, 'migrations'));
    await writeFile(
      join(dir, 'migrations', '0001_init.sql'),
      'CREATE TABLE users (id INTEGER PRIMARY KEY);\n',
    );
    await writeFile(
      join(dir, 'migrations', '0002_posts.sql'),
      'CREATE TABLE posts (id INTEGER);\n',
    );
    const db = api.state.primary.d1;
    db.push({
      uuid: '6b1c9f0e-1d0b-4a6e-9b1a-000000000001',
      name: 'app-db',
      tables: new Map(),
      statements: [],
    });
    await writeFile(
      join(dir, 'wrangler.jsonc'),
      JSON.stringify({
        name: 'app',
        main: 'index.js',
        compatibility_date: '2026-05-03',
        d1_databases: [
          {
            binding: 'DB',
            database_name: 'app-db',
            database_id: db[0]!.uuid,
            migrations_dir: 'migrations',
          },
        ],
      }),
    );
    const apply = () =>
      runWrangler(ctx, wrangler, ['d1', 'migrations', 'apply', 'DB', '--remote'], {
        config: join(dir, 'wrangler.jsonc'),
        cwd: dir,
        env: apiEnv(api),
      });
    const first = await apply();
    expect(first.exitCode, first.stderr + first.stdout).toBe(0);
    expect([...db[0]!.tables.keys()].sort()).toEqual(['d1_migrations', 'posts', 'users']);
    const second = await apply();
    expect(second.exitCode, second.stderr).toBe(0);
    expect(second.stdout).toContain('No migrations to apply');
    expect(db[0]!.tables.get('d1_migrations')).toHaveLength(2);
    expect(new Set(api.requests.map((r) => r.route))).toEqual(new Set(['d1.database.query']));
  });

  it('uploads secrets with `secret bulk` from stdin, creating the Worker when missing', async () => {
    const ctx = testContext();
    const wrangler = await resolveWrangler(ctx);
    const dir = await mkdtemp(join(tmpdir(), 'dtw-wrangler-secret-'));
    await writeFile(
      join(dir, 'wrangler.jsonc'),
      JSON.stringify({ name: 'app-preview', main: 'index.js' }),
    );
    const run = await runWrangler(ctx, wrangler, ['secret', 'bulk'], {
      config: join(dir, 'wrangler.jsonc'),
      cwd: dir,
      env: apiEnv(api),
      input: JSON.stringify({ DATABASE_URL: 'postgres://u:p@h/db' }),
    });
    expect(run.exitCode, run.stderr + run.stdout).toBe(0);
    const script = api.state.primary.scripts.get('app-preview');
    expect(script?.bindings).toEqual([
      { type: 'secret_text', name: 'DATABASE_URL', text: 'postgres://u:p@h/db' },
    ]);
    // wrangler 4.164: PATCH secrets-bulk (10007), create the draft Worker, PATCH again.
    expect(api.requests.map((r) => r.route)).toEqual([
      'workers.scripts.secrets.bulk',
      'test.workers.scripts.draft',
      'workers.scripts.secrets.bulk',
    ]);
  });
});

/**
 * #14: `wrangler secret bulk` failing with a 5xx is run again with backoff, like our own API calls, and
 * what a lasting one leaves is Cloudflare's side, never the token's (wrangler 4.164 does not retry this
 * PATCH itself, so each request is one run).
 */
describe('wrangler secret bulk against a Cloudflare that fails on its side', () => {
  it('is run three times with backoff, then blames Cloudflare, not the token', async () => {
    const ctx = testContext();
    const wrangler = await resolveWrangler(ctx);
    const config = join(await mkdtemp(join(tmpdir(), 'dtw-secret-bulk-5xx-')), 'wrangler.jsonc');
    await writeFile(config, JSON.stringify({ name: 'shop', main: 'index.js' }));
    api.faults.add({
      route: 'workers.scripts.secrets.bulk',
      calls: 'every',
      fault: { type: 'server-error', status: 503 },
    });

    const upload = uploadSecrets(ctx, wrangler, config, { JWT_SECRET: 'v' }, apiEnv(api));
    const error = await upload.then(
      () => null,
      (e: unknown) => e as { message: string; fix?: string },
    );

    expect(api.requests.filter((r) => r.route === 'workers.scripts.secrets.bulk')).toHaveLength(3);
    expect(ctx.logs.join('\n')).toMatch(
      /wrangler secret bulk: Cloudflare failed on its side; retrying/,
    );
    expect(error?.message).toContain('wrangler secret bulk failed for JWT_SECRET');
    expect(error?.fix).toMatch(/Cloudflare failed on its side/);
    expect(error?.fix).not.toMatch(/token was refused|permission/);
  });
});
