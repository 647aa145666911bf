import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PITFALLS } from '../../src/plan/pitfalls.js';
import { resolveWrangler } from '../../src/toolchain/wrangler.js';
import { bundleWorker, metafileOnceWritten } from '../../src/validate/bundle.js';
import { ownStartupMs, smokeBoot } from '../../src/validate/smoke.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { workerPlan } from '../support/worker-plan.js';

const temps = useTempDirs('dtw-bundle-files-');

/** A Worker project with the given sources, bundled by the real wrangler into `<dir>/bundle`. */
async function bundled(files: Record<string, string>) {
  const dir = await temps.repo({
    ...files,
    'wrangler.jsonc': JSON.stringify({
      name: 'files',
      main: 'index.js',
      compatibility_date: '2026-05-03',
      compatibility_flags: ['nodejs_compat'],
    }),
  });
  const ctx = testContext();
  const wrangler = await resolveWrangler(ctx);
  const run = bundleWorker(ctx, wrangler, {
    config: join(dir, 'wrangler.jsonc'),
    outDir: join(dir, 'bundle'),
    tier: 'free',
  });
  return { dir, wrangler, run };
}

describe('the bundle handed to the smoke boot', () => {
  it('waits for modules wrangler writes after the metafile, and boots them from an explicit list', async () => {
    const { dir, wrangler, run } = await bundled({
      'index.js':
        "import banner from './banner.txt';\nexport default { fetch: () => new Response(banner) };\n",
      'banner.txt': 'hello from a text module',
    });
    const files = await run.files;
    expect(files).not.toBeNull();
    expect(files!.entry).toBe(join(dir, 'bundle', 'index.js'));
    expect(files!.modules.map((m) => basename(m)).sort()).toEqual([
      expect.stringMatching(/banner\.txt$/),
      'index.js',
    ]);
    const booted = await smokeBoot(wrangler, {
      files: files!,
      worker: workerPlan('files', { healthcheckPath: '/' }),
      root: dir,
      startupLimitMs: 1000,
    });
    expect(booted.smoke).toMatchObject({ status: 200, error: null });
    expect(booted.diagnostics).toEqual([]);
  });

  it('measures its own start-up against an empty Worker when the first boot is slow (a loaded machine)', async () => {
    const { dir, wrangler, run } = await bundled({
      'index.js':
        "import banner from './banner.txt';\nexport default { fetch: () => new Response(banner) };\n",
      'banner.txt': 'hello from a text module',
    });
    // A limit of 0 ms makes every boot "slow", as a busy runner does: the comparison boot runs.
    const booted = await smokeBoot(wrangler, {
      files: (await run.files)!,
      worker: workerPlan('files', { healthcheckPath: '/' }),
      root: dir,
      startupLimitMs: 0,
    });
    expect(booted.smoke).toMatchObject({ status: 200, error: null });
    expect(booted.smoke.startupMs).toEqual(expect.any(Number));
    expect(booted.diagnostics.map((d) => d.ruleId)).not.toContain('W901');
    // smokeBoot falls back to the first figure when the comparison fails: the comparison itself must work
    // for an app whose modules live outside the empty Worker's directory (#14: "can't use '..' to break out").
    const files = (await run.files)!;
    const app = {
      scriptPath: files.entry,
      modules: files.modules,
      compatibilityDate: '2026-05-03',
      compatibilityFlags: ['nodejs_compat'],
    };
    await expect(ownStartupMs(wrangler, app, app)).resolves.toEqual(expect.any(Number));
  });

  it('lists only the bundle for a Worker that imports runtime modules alone', async () => {
    const { dir, run } = await bundled({
      'index.js':
        "import { Buffer } from 'node:buffer';\nexport default { fetch: () => new Response(Buffer.from('ok')) };\n",
    });
    const [files, built] = await Promise.all([run.files, run.built]);
    expect(files).toEqual({
      entry: join(dir, 'bundle', 'index.js'),
      modules: [join(dir, 'bundle', 'index.js')],
    });
    expect('error' in built ? built.error : built.modules).toEqual(files!.modules);
  });

  it('gives no files when wrangler fails', async () => {
    const { run } = await bundled({ 'index.js': "import './missing.js';\n" });
    expect(await run.files).toBeNull();
    const built = await run.built;
    expect('error' in built && built.error.ruleId).toBe('W803');
  });
});

describe('metafileOnceWritten', () => {
  const never = new Promise<never>(() => undefined);

  it('reads the metafile as soon as it is complete, before wrangler exits', async () => {
    const dir = await temps.dir();
    const path = join(dir, 'metafile.json');
    const read = metafileOnceWritten(path, never);
    const text = JSON.stringify({ inputs: {}, outputs: { 'out/index.js': { bytes: 1 } } });
    // Half a file first: it does not parse, so the watcher waits for the rest.
    await writeFile(path, text.slice(0, 10));
    await new Promise((r) => setTimeout(r, 50));
    await writeFile(path, text);
    expect(await read).toEqual(JSON.parse(text));
  });

  it('gives null when wrangler exits without writing one', async () => {
    const dir = await temps.dir();
    expect(await metafileOnceWritten(join(dir, 'metafile.json'), Promise.resolve())).toBeNull();
  });
});

describe('a start-up error the app logs before serving', () => {
  it('is W901 also when the app then answers 4xx (Nest before 9.3 logs it and serves 404 everywhere)', async () => {
    // What Nest 7's NestFactory.create does in workerd: random module ids while the Worker starts,
    // the error logged by its exception zone, then a router with no routes.
    const dir = await temps.repo({
      'index.js':
        // Coloured as Nest's logger prints it.
        "try { crypto.getRandomValues(new Uint8Array(8)); } catch (error) { console.error('\\x1b[31m' + error.message + '\\x1b[39m'); }\n" +
        "export default { fetch: () => new Response('Cannot GET /', { status: 404 }) };\n",
    });
    const entry = join(dir, 'index.js');
    const booted = await smokeBoot(await resolveWrangler(testContext()), {
      files: { entry, modules: [entry] },
      worker: workerPlan('files', { healthcheckPath: '/' }),
      root: dir,
      startupLimitMs: 60_000,
    });
    expect(booted.smoke.status).toBe(404);
    expect(booted.diagnostics.map((d) => d.ruleId)).toEqual(['W904', 'W901']);
    expect(booted.diagnostics[1]?.message).toMatch(/failed while starting: .*Disallowed operation/);
    expect(booted.smoke.error).not.toContain('\x1b');
  });

  it('the Nest before 9.3 remedy makes module ids while the Worker starts, and crypto UUIDs in requests', async () => {
    const remedy = PITFALLS.find((p) => p.id === 'nest-uuid-module-ids')?.remedy;
    if (remedy?.kind !== 'node-build') throw new Error('the remedy is a generated module');
    const dir = await temps.repo({
      ...remedy.modules,
      'index.js':
        "import ids from './nest-random-ids.cjs';\n" +
        'const atStart = ids.randomStringGenerator();\n' +
        'export default { fetch: () => Response.json([atStart, ids.randomStringGenerator()]) };\n',
    });
    const entry = join(dir, 'index.js');
    const booted = await smokeBoot(await resolveWrangler(testContext()), {
      files: { entry, modules: [entry, join(dir, 'nest-random-ids.cjs')] },
      worker: workerPlan('files', { healthcheckPath: '/' }),
      root: dir,
      startupLimitMs: 60_000,
    });
    expect(booted.diagnostics).toEqual([]);
    expect(booted.smoke.status).toBe(200);
  });
});
