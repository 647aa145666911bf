import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { Binding, Plan } from '../../src/model/index.js';
import { planApp, PITFALLS, findPitfalls } from '../../src/plan/index.js';
import { bindingName, isValidWorkerName, workerName } from '../../src/plan/naming.js';
import { supportedCompatibilityDate } from '../../src/toolchain/workerd.js';
import { resolveWrangler } from '../../src/toolchain/wrangler.js';
import { testContext } from '../support/context.js';
import { models } from './models.js';
import { appModel, tempOut } from './support.js';

async function plan(
  app = models.express(),
  options: Parameters<typeof planApp>[1] = {},
  ci = false,
): Promise<Plan> {
  return planApp(app, { outDir: await tempOut(), ...options }, testContext({ ci }));
}

function binding<T extends Binding['type']>(
  p: Plan,
  type: T,
  worker = 0,
): Extract<Binding, { type: T }>[] {
  return (p.workers[worker]?.bindings ?? []).filter(
    (b): b is Extract<Binding, { type: T }> => b.type === type,
  );
}

const errors = (p: Plan) => p.diagnostics.filter((d) => d.severity === 'error');

describe('naming', () => {
  it('makes a valid Worker name of at most 54 characters', () => {
    expect(workerName('@acme/My_Service!!')).toBe('acme-my-service');
    const long = workerName('a'.repeat(40), 'b'.repeat(40));
    expect(long.length).toBeLessThanOrEqual(54);
    expect(isValidWorkerName(long)).toBe(true);
    expect(bindingName('/app/uploads-dir')).toBe('UPLOADS_DIR');
  });
});

describe('target and compatibility', () => {
  it('plans Express as a worker at the newest date the local workerd accepts, with Node.js on by date', async () => {
    const p = await plan();
    const [worker] = p.workers;
    expect(worker?.target).toBe('worker');
    const newest = await supportedCompatibilityDate(await resolveWrangler(testContext()));
    expect(worker?.compatibilityDate).toBe(newest);
    // From 2026-08-04 nodejs_compat is on by default: the config names no flag.
    expect(newest >= '2026-08-04').toBe(true);
    expect(worker?.compatibilityFlags).toEqual([]);
    expect(worker?.generated?.config).not.toHaveProperty('compatibility_flags');
    expect(worker?.generated?.config.observability).toEqual({ enabled: true });
    expect(worker?.generated?.modules['entry.mjs']).toContain('httpServerHandler({ port: 3000 })');
    expect(worker?.generated?.modules['entry.mjs']).toMatch(
      /import "(\.\.\/)+.*fixtures\/express\/server\.js";/,
    );
    expect(worker?.vars.PORT).toBe('3000');
  });

  it('takes --compatibility-date and adds the http-server flags an older date needs', async () => {
    const p = await plan(models.express(), { compatibilityDate: '2025-06-01' });
    expect(p.workers[0]?.compatibilityFlags).toEqual([
      'nodejs_compat',
      'enable_nodejs_http_modules',
      'enable_nodejs_http_server_modules',
    ]);
    const newer = await plan(models.express(), { compatibilityDate: '2099-01-01' });
    expect(newer.diagnostics.some((d) => d.ruleId === 'P011')).toBe(true);
    await expect(plan(models.express(), { compatibilityDate: 'soon' })).rejects.toThrow(UserError);
  });

  it("takes an older wrangler's runtime date and names nodejs_compat before 2026-08-04", async () => {
    const p = await plan(models.express(), {
      runtime: { wranglerVersion: '4.86.0', newestDate: '2026-04-26' },
    });
    expect(p.workers[0]?.compatibilityDate).toBe('2026-04-26');
    expect(p.workers[0]?.compatibilityFlags).toEqual(['nodejs_compat']);
  });

  it('sends Python and Go to Containers with the reason and offers Python Workers for FastAPI', async () => {
    const python = await plan(models.python());
    expect(python.workers[0]?.target).toBe('container');
    expect(python.workers[0]?.targetSource).toBe('Dockerfile:1');
    expect(python.diagnostics.some((d) => d.ruleId === 'P003')).toBe(true);
    const go = await plan(models.go());
    expect(go.workers[0]?.target).toBe('container');
    expect(go.workers[0]?.verdict).toBe('container');
    expect(go.workers[0]?.targetReason).toMatch(/go runtime/);
  });

  it('sends a native addon without an alternative to Containers, and warns when forced back', async () => {
    const native = await plan(models.native());
    expect(native.workers[0]?.target).toBe('container');
    expect(native.workers[0]?.targetReason).toContain('sharp');
    const forced = await plan(models.go(), { target: 'worker' });
    expect(forced.workers[0]?.target).toBe('worker');
    expect(forced.diagnostics.find((d) => d.ruleId === 'P002')?.severity).toBe('warning');
  });

  it('offers python-worker when asked: python_workers flag and an ASGI entry', async () => {
    const p = await plan(models.python(), { target: 'python-worker' });
    expect(p.workers[0]?.compatibilityFlags).toEqual(['python_workers']);
    expect(p.workers[0]?.generated?.modules['entry.py']).toContain(
      'from app.main import app as app',
    );
  });
});

describe('Wasm and background work', () => {
  it('keeps a workers-rs crate as a Wasm Worker built by worker-build, with its Wasm size and wasm-opt', async () => {
    const root = await tempOut();
    await writeFile(
      join(root, 'Cargo.toml'),
      '[package]\nname = "edge"\n\n[dependencies]\nworker = "0.6"\n',
    );
    await mkdir(join(root, 'build/worker'), { recursive: true });
    await writeFile(join(root, 'build/worker/index.wasm'), Buffer.alloc(2048));
    const app = {
      ...appModel('express', {
        runtime: 'rust',
        framework: 'unknown',
        entry: 'src/lib.rs',
        packageJson: null,
      }),
      root,
    };
    const p = await plan(app);
    const [worker] = p.workers;
    expect(worker?.target).toBe('worker');
    expect(worker?.generated?.config.main).toMatch(/build\/worker\/shim\.mjs$/);
    expect(worker?.generated?.config.build).toEqual(
      expect.objectContaining({ command: expect.stringContaining('worker-build --release') }),
    );
    expect(worker?.report).toContainEqual(
      expect.objectContaining({
        key: 'wasm build/worker/index.wasm (2.0 KiB)',
        why: expect.stringContaining('wasm-opt -Oz'),
      }),
    );
  });

  it('sends a service that declares more than 128 MB to Containers, sized by that memory', async () => {
    const root = await tempOut();
    await writeFile(
      join(root, 'compose.yaml'),
      'services:\n  web:\n    build: .\n    deploy:\n      resources:\n        limits:\n          memory: 2g\n',
    );
    await writeFile(join(root, 'server.js'), "require('node:http').createServer().listen(3000);\n");
    const app = {
      ...appModel('express', { composeService: 'web', composeFiles: ['compose.yaml'] }),
      root,
    };
    const p = await plan(app);
    expect(p.workers[0]?.target).toBe('container');
    expect(p.workers[0]?.targetSource).toBe('compose.yaml:7');
    expect(p.workers[0]?.container?.instanceType).toBe('standard-1');
  });

  it('sends a long-running loop to Containers, citing the line', async () => {
    const root = await tempOut();
    await writeFile(
      join(root, 'worker.js'),
      "const queue = require('./queue');\n\nwhile (true) {\n  queue.drain();\n}\n",
    );
    const p = await plan({ ...appModel('express', { entry: 'worker.js' }), root });
    expect(p.workers[0]?.target).toBe('container');
    expect(p.workers[0]?.targetSource).toBe('worker.js:3');
  });
});

describe('container target', () => {
  it('generates containers, the Durable Object binding, migrations and a router Worker', async () => {
    const p = await plan(models.go());
    const config = p.workers[0]?.generated?.config ?? {};
    expect(config.containers).toEqual([
      {
        class_name: 'AppContainer',
        image: expect.stringMatching(/go-service\/Dockerfile$/),
        instance_type: 'basic',
        max_instances: 3,
      },
    ]);
    expect(config.durable_objects).toEqual({
      bindings: [{ name: 'APP_CONTAINER', class_name: 'AppContainer' }],
    });
    expect(config.migrations).toEqual([{ tag: 'v1', new_sqlite_classes: ['AppContainer'] }]);
    expect(config.main).toBe('router.mjs');
    const router = p.workers[0]?.generated?.modules['router.mjs'] ?? '';
    expect(router).toContain("from '@cloudflare/containers'");
    expect(router).toContain('defaultPort = 8080');
    expect(p.workers[0]?.generated?.vendor.map((v) => v.name)).toEqual(['@cloudflare/containers']);
  });
});

describe('pitfalls', () => {
  it('keeps one well-formed entry per pitfall', () => {
    const ids = PITFALLS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const pitfall of PITFALLS) {
      expect(pitfall.effect.length).toBeGreaterThan(10);
      expect(
        pitfall.detect.installed ?? pitfall.detect.declared ?? pitfall.detect.pattern,
      ).toBeDefined();
    }
  });

  it('finds iconv-lite 0.4 in the installed tree and remedies it with an alias, untouched files', async () => {
    const p = await plan();
    const [worker] = p.workers;
    expect(worker?.generated?.config.alias).toEqual({
      'iconv-lite': './node_modules/iconv-lite',
    });
    expect(worker?.generated?.vendor).toEqual([{ name: 'iconv-lite', version: '0.6.3' }]);
    expect(worker?.remedies.map((r) => r.pitfallId)).toEqual(['iconv-lite-0.4']);
    expect(worker?.remedies[0]?.description).toContain('express > body-parser > iconv-lite');
    expect(worker?.verdict).toBe('ready');
  });

  it('reports the remedy as a code change with --no-remedies', async () => {
    const p = await plan(models.express(), { noRemedies: true });
    const [worker] = p.workers;
    expect(worker?.generated?.config.alias).toBeUndefined();
    expect(worker?.remedies).toEqual([]);
    expect(worker?.codeChanges[0]?.change).toContain('"iconv-lite": "^0.6.3"');
    expect(p.diagnostics.find((d) => d.ruleId === 'P052')?.severity).toBe('warning');
    expect(worker?.verdict).toBe('needs-changes');
  });

  it('falls back to declared ranges when nothing is installed, and finds code patterns with file:line', () => {
    const hits = findPitfalls({
      installed: [],
      dependencies: { express: '^4.18.0' },
      sources: [{ path: 'src/db.js', text: "import pg from 'pg';\nawait client.connect();\n" }],
    });
    expect(hits.map((h) => h.pitfall.id)).toEqual(['iconv-lite-0.4', 'global-scope-io']);
    expect(hits[1]?.source).toBe('src/db.js:2');
  });

  it('pg before 8.11 (its unguarded pg-native require) gets the pg-native stand-in; 8.11 and later do not', () => {
    const ids = (range: string) =>
      findPitfalls({ installed: [], dependencies: { pg: range }, sources: [] }).map(
        (h) => h.pitfall.id,
      );
    expect(ids('7.4.3')).toEqual(['pg-native-require']);
    expect(ids('^8.7.1')).toEqual(['pg-native-require']);
    expect(ids('^8.11.0')).toEqual([]);
  });

  it('Nest from package.json alone: the iconv-lite remedy before 11 (express 4), the uuid module ids before 9.3', () => {
    // A fresh clone has no node_modules when plan runs; without the remedy Nest's driver fails to load.
    const declared = (range: string) =>
      findPitfalls({
        installed: [],
        dependencies: {
          '@nestjs/common': range,
          '@nestjs/core': range,
          '@nestjs/platform-express': range,
        },
        sources: [],
      }).map((h) => h.pitfall.id);
    // Nest before 9.3 also names its modules with uuid while the Worker starts.
    expect(declared('^7.0.0')).toEqual(['iconv-lite-0.4', 'nest-uuid-module-ids']);
    expect(declared('^10.4.0')).toEqual(['iconv-lite-0.4']);
    expect(declared('^11.0.0')).toEqual([]);
  });
});

describe('bindings', () => {
  it('turns postgres + redis + a volume into Hyperdrive + KV + R2, with secrets by name only', async () => {
    const p = await plan(models.compose());
    const [worker] = p.workers;
    expect(binding(p, 'hyperdrive')).toEqual([
      expect.objectContaining({
        binding: 'HYPERDRIVE',
        connectionSecret: 'DATABASE_URL',
        engine: 'postgres',
      }),
    ]);
    expect(binding(p, 'kv')).toEqual([expect.objectContaining({ binding: 'CACHE' })]);
    expect(binding(p, 'r2')).toEqual([expect.objectContaining({ binding: 'UPLOADS' })]);
    expect(worker?.secrets.sort()).toEqual(['MAILER_API_KEY', 'SESSION_SECRET']);
    // wrangler ≥ 4.77 refuses a deploy while one of them is unset; older wranglers get no such key.
    const required = (worker?.generated?.config.secrets as { required: string[] }).required;
    expect([...required].sort()).toEqual(['MAILER_API_KEY', 'SESSION_SECRET']);
    const older = await plan(models.compose(), {
      runtime: { wranglerVersion: '4.76.0', newestDate: '2026-04-26' },
    });
    expect(older.workers[0]?.generated?.config).not.toHaveProperty('secrets');
    expect(worker?.vars).toMatchObject({ LOG_LEVEL: 'debug', MAILER_FROM: 'notes@example.com' });
    expect(worker?.vars.DATABASE_URL).toBeUndefined();
    expect(worker?.vars.REDIS_URL).toBeUndefined();
    expect(worker?.generated?.modules['prelude.mjs']).toContain(
      'process.env["DATABASE_URL"] = env["HYPERDRIVE"].connectionString;',
    );
    expect(worker?.codeChanges).toContainEqual(
      expect.objectContaining({ file: 'src/index.js', line: 25 }),
    );
    const json = JSON.stringify({ ...p, app: null });
    for (const secret of ['devpass', 'dev-session-secret-change-me', 'mk_test_123'])
      expect(json).not.toContain(secret);
  });

  it('binds only the data stores the app waits for or names, not a test database beside them', async () => {
    const app = models.compose();
    const p = await plan({
      ...app,
      services: [
        ...app.services,
        {
          name: 'db_test',
          kind: 'postgres',
          image: 'postgres:15-alpine',
          source: 'compose.yaml:50',
        },
        {
          name: 'docs',
          kind: 'unknown',
          image: 'swaggerapi/swagger-ui',
          source: 'compose.yaml:60',
        },
      ],
    });
    expect(binding(p, 'hyperdrive').map((b) => b.binding)).toEqual(['HYPERDRIVE']);
    const messages = p.diagnostics.map((d) => d.message).join('\n');
    expect(messages).not.toMatch(/db_test/);
    // An unrecognised service may call the app (a cron container): it keeps its warning.
    expect(messages).toMatch(/unknown service `docs` has no Workers equivalent/);
    expect(p.workers[0]?.report).toContainEqual(
      expect.objectContaining({ key: 'services.db_test (postgres:15-alpine)', outcome: 'dropped' }),
    );
  });

  it('uses a Durable Object for Redis counters, and a bindings override wins', async () => {
    const app = models.compose();
    const overridden = await plan({
      ...app,
      composeOverrides: { bindings: { cache: 'durable-object', uploads: 'none' } },
    });
    expect(binding(overridden, 'durable-object')).toEqual([
      expect.objectContaining({ binding: 'STATE', className: 'RedisState' }),
    ]);
    expect(binding(overridden, 'r2')).toEqual([]);
    expect(overridden.workers[0]?.generated?.config.migrations).toEqual([
      { tag: 'v1', new_sqlite_classes: ['RedisState'] },
    ]);
    expect(overridden.workers[0]?.generated?.modules['entry.mjs']).toContain(
      'export class RedisState extends DurableObject',
    );
  });

  it('turns SQLite into D1 with the migrations directory, and its volume is not an R2 bucket', async () => {
    const p = await plan(models.sqlite());
    const [d1] = binding(p, 'd1');
    expect(d1?.migrationsDir).toBe('migrations');
    const config = p.workers[0]?.generated?.config as {
      d1_databases: { migrations_dir: string }[];
    };
    expect(config.d1_databases[0]?.migrations_dir).toMatch(/sqlite-d1\/migrations$/);
    expect(binding(p, 'r2')).toEqual([]);
    expect(p.workers[0]?.target).toBe('worker');
    expect(p.workers[0]?.verdict).toBe('needs-changes');
    expect(p.workers[0]?.codeChanges).toContainEqual(
      expect.objectContaining({ file: 'src/server.js', line: 2 }),
    );
  });

  it('turns a crontab HTTP job into a Cron Trigger forwarded to the same path', async () => {
    const p = await plan(models.cron());
    expect(p.workers[0]?.generated?.config.triggers).toEqual({ crons: ['0 7 * * *'] });
    const entry = p.workers[0]?.generated?.modules['entry.mjs'] ?? '';
    expect(entry).toContain('async scheduled(controller, env, ctx)');
    expect(entry).toContain('"0 7 * * *":"/tasks/digest"');
    expect(entry).toMatch(/import app from "(\.\.\/)+.*fixtures\/cron\/app\.js";/);
  });

  it('serves a static site as assets without a main module', async () => {
    const p = await plan(models.staticSite());
    const config = p.workers[0]?.generated?.config ?? {};
    expect(config.main).toBeUndefined();
    expect((config.assets as { directory: string }).directory).toMatch(/static-site\/public$/);
    expect(p.workers[0]?.verdict).toBe('ready');
  });
});

describe('several built services', () => {
  it('plans one Worker each and a service binding for http://api:3000', async () => {
    const p = await plan(models.composeMulti(), {
      detectService: async () => models.composeMultiApi(),
    });
    expect(p.workers.map((w) => w.name)).toEqual(['compose-multi-web', 'compose-multi-api']);
    expect(binding(p, 'service', 0)).toEqual([
      expect.objectContaining({
        binding: 'API',
        service: 'compose-multi-api',
        source: 'compose.yaml:9',
      }),
    ]);
    expect(binding(p, 'hyperdrive', 0)).toEqual([]);
    expect(binding(p, 'hyperdrive', 1)).toHaveLength(1);
    expect(p.workers[0]?.generated?.modules['prelude.mjs']).toContain('"api":"API"');
  });
});

describe('bad input, existing config, ambiguity', () => {
  it('rejects an unknown override key with its file:line', async () => {
    const error = await plan(models.badOverrides()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain('unknown key `bindngs`');
    expect((error as UserError).file).toBe('docker-to-workers.yml');
    expect((error as UserError).line).toBe(4);
  });

  it('rejects a bad x-cloudflare value', async () => {
    await expect(
      plan({ ...models.express(), composeOverrides: { target: 'lambda' } }),
    ).rejects.toThrow(/`target` must be one of worker, python-worker, container/);
  });

  it('reports an existing wrangler config: warning, CI error, conflicts as errors with --use-existing', async () => {
    const interactive = await plan(models.existing());
    expect(interactive.diagnostics.find((d) => d.ruleId === 'P021')?.severity).toBe('warning');
    const ci = await plan(models.existing(), {}, true);
    const ambiguous = errors(ci).find((d) => d.ruleId === 'P021');
    expect(ambiguous?.fix).toContain('--use-existing');
    const used = await plan(models.existing(), { useExisting: true });
    const conflicts = errors(used)
      .filter((d) => d.ruleId === 'P070')
      .map((d) => d.message);
    expect(conflicts).toEqual([
      expect.stringContaining('src/worker.js, which does not exist'),
      expect.stringContaining('nodejs_compat'),
      expect.stringContaining('2024-01-15'),
    ]);
    expect(used.workers[0]?.baseConfig).toBe('wrangler.jsonc');
    expect(used.workers[0]?.verdict).toBe('unsupported');
  });

  it('is an error in CI and a warning otherwise when the port is ambiguous', async () => {
    const debugOnly = await plan({ ...models.express(), ports: [3000, 9229] }, {}, true);
    expect(debugOnly.diagnostics.some((d) => d.ruleId === 'P020')).toBe(false);
    const app = { ...models.express(), ports: [3000, 8080] };
    expect((await plan(app)).diagnostics.find((d) => d.ruleId === 'P020')?.severity).toBe(
      'warning',
    );
    const ci = await plan(app, {}, true);
    expect(errors(ci)[0]?.fix).toContain('`port` in docker-to-workers.yml');
    const resolved = await plan({ ...app, composeOverrides: { port: 3000 } }, {}, true);
    expect(errors(resolved)).toEqual([]);
  });

  it('points Next.js at OpenNext', async () => {
    const p = await plan(models.next());
    expect(p.diagnostics.some((d) => d.ruleId === 'P060')).toBe(true);
    expect(p.workers[0]?.generated?.config.build).toEqual({
      command: 'npx opennextjs-cloudflare build',
      cwd: expect.stringMatching(/next-standalone$/),
    });
    expect(p.workers[0]?.generated?.modules['open-next.config.ts']).toContain(
      'defineCloudflareConfig',
    );
    // MIGRATION.md's steps: the pinned adapter (when the app lacks it), its config, the Wrangler config.
    expect(p.workers[0]?.codeChanges.map((c) => [c.file, c.change])).toEqual([
      [
        'package.json',
        expect.stringMatching(
          /-D @opennextjs\/cloudflare@1\.20\.17.*the app has 15\.1\.0: upgrade next first/,
        ),
      ],
      ['open-next.config.ts', expect.stringContaining('next-app/open-next.config.ts')],
      ['wrangler.jsonc', expect.stringMatching(/build --config \S+next-app\/wrangler\.jsonc/)],
    ]);
    const app = models.next();
    const withAdapter = await plan({
      ...app,
      packageJson: {
        ...app.packageJson!,
        devDependencies: { '@opennextjs/cloudflare': '^1.20.0' },
      },
    });
    expect(withAdapter.workers[0]?.codeChanges.map((c) => c.file)).toEqual([
      'open-next.config.ts',
      'wrangler.jsonc',
    ]);
  });
});
