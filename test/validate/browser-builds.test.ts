// wrangler bundles with the `browser` condition and esbuild's browser platform, so packages with a
// `browser` field bring their browser build into the Worker. detect → plan → check (real wrangler, real
// workerd) on a copy of the fixture.
import { cp, mkdir, readFile, realpath, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/index.js';
import { writePlan } from '../../src/plan/index.js';
import { planRepository } from '../../src/plan/repository.js';
import { browserBuilds } from '../../src/validate/browser-builds.js';
import { check } from '../../src/validate/index.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { fixture, installVendored } from './support.js';

const temps = useTempDirs('dtw-browser-');

/** The fixture with the node_modules an install gives it: koa and pino from here, its own any-promise. */
async function installed(name: string): Promise<string> {
  const dir = await temps.dir();
  await cp(fixture(name), dir, { recursive: true });
  await mkdir(join(dir, 'node_modules'));
  for (const pkg of ['koa', 'pino'])
    await symlink(resolve('node_modules', pkg), join(dir, 'node_modules', pkg), 'dir');
  await installVendored(dir);
  return dir;
}

async function planned(dir: string, noRemedies = false, outDir?: string): Promise<Plan> {
  const ctx = testContext();
  const plan = await planRepository(dir, {}, { noRemedies, outDir }, ctx);
  await writePlan(plan, ctx);
  return plan;
}

describe('browser builds in the bundle', { timeout: 900_000 }, () => {
  it('pino and any-promise get their Node builds through aliases, sonic-boom a console stand-in; the Worker boots and answers 200', async () => {
    const plan = await planned(await installed('koa-browser-builds'));
    const [worker] = plan.workers;
    expect(worker?.target).toBe('worker');
    expect(worker?.generated?.config.alias).toEqual({
      pino: 'pino',
      'sonic-boom': './sonic-boom.cjs',
      'any-promise': './any-promise.cjs',
      'any-promise/register': 'any-promise/register',
    });
    // sonic-boom is pino's dependency, found beside the symlinked pino's real path (as Node finds it).
    expect(worker?.remedies.map((r) => r.pitfallId).sort()).toEqual([
      'any-promise-browser-build',
      'pino-browser-build',
      'sonic-boom-write-sync',
    ]);
    const stand = await readFile(join(plan.outDir, worker!.name, 'any-promise.cjs'), 'utf8');
    expect(stand).toContain("require('any-promise/register')().Promise");

    // The app logs each request with pino.destination({ sync: true }): without the stand-in,
    // fs.writeSync(1, line, 'utf8') throws ERR_INVALID_ARG_TYPE in workerd and the request answers 500.
    const [result] = await check(plan, { install: false, startupProfile: false }, testContext());
    expect(result?.bundle).not.toBeNull();
    expect(result?.smoke?.status, JSON.stringify(result?.smoke)).toBe(200);
  });

  it('with --out outside the app, bare alias targets resolve from the service (path to the installed file)', async () => {
    const dir = await installed('koa-browser-builds');
    const plan = await planned(dir, false, await temps.dir());
    const [worker] = plan.workers;
    const workerDir = join(plan.outDir, worker!.name);
    const written = await readFile(join(workerDir, 'wrangler.jsonc'), 'utf8');
    const alias = JSON.parse(/"alias": (\{[^}]*\})/.exec(written)![1]!) as Record<string, string>;
    expect(alias['any-promise']).toBe('./any-promise.cjs');
    // Node's resolution from the service's directory: the symlinked pino's real file, the fixture's any-promise.
    expect(resolve(workerDir, alias.pino!)).toBe(resolve('node_modules/pino/pino.js'));
    expect(resolve(workerDir, alias['any-promise/register']!)).toBe(
      join(await realpath(dir), 'node_modules/any-promise/register.js'),
    );
    // The repository's copy stays portable: the plan's own config keeps the package names.
    expect(worker?.generated?.config.alias).toMatchObject({ pino: 'pino' });

    const [result] = await check(plan, { install: false, startupProfile: false }, testContext());
    expect(result?.bundle, JSON.stringify(result?.diagnostics)).not.toBeNull();
    expect(result?.smoke?.status, JSON.stringify(result?.smoke)).toBe(200);
  });

  it('a package hoisted above the service (a monorepo root) is found where Node finds it', async () => {
    const repo = await temps.dir();
    const service = join(repo, 'services', 'app');
    await cp(fixture('koa-browser-builds'), service, { recursive: true });
    await mkdir(join(repo, 'node_modules'));
    for (const pkg of ['koa', 'pino'])
      await symlink(resolve('node_modules', pkg), join(repo, 'node_modules', pkg), 'dir');
    await cp(join(service, 'vendor'), join(repo, 'node_modules'), { recursive: true });
    const plan = await planned(service, false, await temps.dir());
    const workerDir = join(plan.outDir, plan.workers[0]!.name);
    const written = await readFile(join(workerDir, 'wrangler.jsonc'), 'utf8');
    const alias = JSON.parse(/"alias": (\{[^}]*\})/.exec(written)![1]!) as Record<string, string>;
    expect(resolve(workerDir, alias['any-promise/register']!)).toBe(
      join(await realpath(repo), 'node_modules/any-promise/register.js'),
    );
  });

  it('without the remedies the browser builds crash at start-up, and check says so', async () => {
    const plan = await planned(await installed('koa-browser-builds'), true);
    const [worker] = plan.workers;
    expect(worker?.generated?.config.alias).toBeUndefined();
    expect(plan.diagnostics.filter((d) => d.ruleId === 'P052').map((d) => d.fix)).toEqual(
      expect.arrayContaining([expect.stringContaining('"alias": {"pino":"pino"}')]),
    );
    const [result] = await check(
      plan,
      { install: false, remedies: false, startupProfile: false },
      testContext(),
    );
    expect(result?.smoke?.status).toBeNull();
    expect(result?.smoke?.error).toMatch(
      /window is not defined|pino\.destination is not a function/,
    );
    expect(result?.verdict).not.toBe('ready');
    // The crash's module came from a "browser" field: the finding is at the line that imports it.
    const browser = result?.diagnostics.find((d) => d.ruleId === 'W906');
    expect(browser).toMatchObject({
      package: 'any-promise',
      file: 'node_modules/any-promise/index.js',
      line: 1,
    });
    expect(browser?.message).toContain('register-shim.js');
    // Every browser build in the bundle, from wrangler's metafile: pino's replaces its main module.
    const metafile = join(plan.outDir, worker!.name, 'metafile.json');
    const builds = await browserBuilds(
      JSON.parse(await readFile(metafile, 'utf8')) as never,
      join(plan.outDir, worker!.name),
      plan.root,
    );
    expect(builds.map((b) => [b.package, b.kind, b.importer])).toEqual(
      expect.arrayContaining([
        ['pino', 'main', { file: 'src/app.js', line: 6 }],
        ['any-promise', 'file', { file: 'node_modules/any-promise/index.js', line: 1 }],
      ]),
    );
  });
});
