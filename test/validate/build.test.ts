// Build what the image builds: detect → plan → check (real wrangler custom build, real workerd) on a
// copy of each fixture, so the build's output never lands in the repository.
import { cp, mkdir, readFile, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import type { Exec } from '../../src/context.js';
import type { Diagnostic, Plan } from '../../src/model/index.js';
import { buildCommandOf } from '../../src/plan/build.js';
import { writePlan } from '../../src/plan/index.js';
import { planRepository } from '../../src/plan/repository.js';
import { resolveWrangler } from '../../src/toolchain/wrangler.js';
import { spawnExec } from '../../src/util/exec.js';
import { check } from '../../src/validate/index.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { fixture } from './support.js';

const temps = useTempDirs('dtw-build-');

/** The fixture in a temporary directory, resolving packages from this repository's node_modules. */
async function copied(name: string): Promise<string> {
  const dir = await temps.dir();
  await cp(fixture(name), dir, { recursive: true });
  await symlink(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** A monorepo fixture with the node_modules an npm install links: its workspaces and our packages. */
async function copiedMonorepo(name: string, workspaces: Record<string, string>): Promise<string> {
  const dir = await temps.dir();
  await cp(fixture(name), dir, { recursive: true });
  const modules = join(dir, 'node_modules');
  await mkdir(join(modules, '.bin'), { recursive: true });
  for (const [pkg, path] of Object.entries(workspaces)) {
    await mkdir(join(modules, pkg, '..'), { recursive: true });
    await symlink(join(dir, path), join(modules, pkg), 'dir');
  }
  await symlink(resolve('node_modules/typescript'), join(modules, 'typescript'), 'dir');
  await symlink(resolve('node_modules/.bin/tsc'), join(modules, '.bin/tsc'));
  return dir;
}

async function planned(dir: string): Promise<Plan> {
  const ctx = testContext();
  const plan = await planRepository(dir, {}, {}, ctx);
  await writePlan(plan, ctx);
  return plan;
}

const errors = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId} ${d.message}`);

describe('the build command a Dockerfile RUN line stands for', () => {
  const nest = { build: 'nest build', 'start:prod': 'node dist/main' };
  it.each([
    ['nest build', nest, 'npm', 'npm run build'],
    ['npx nest build', nest, 'npm', 'npm run build'],
    ['npm i -g @nestjs/cli && nest build', nest, 'npm', 'npm run build'],
    ['npm ci && npm run build', { build: 'tsc' }, 'npm', 'npm run build'],
    ['pnpm build', { build: 'tsc' }, 'pnpm', 'pnpm run build'],
    [
      'yarn run build:prod',
      { 'build:prod': 'tsc -p tsconfig.prod.json' },
      'yarn',
      'yarn run build:prod',
    ],
    ['npx tsc -p tsconfig.build.json', {}, 'npm', 'npx --no-install tsc -p tsconfig.build.json'],
    ['npm install', { build: 'tsc' }, 'npm', null],
    ['apk add --no-cache build-base', { build: 'tsc' }, 'npm', null],
  ] as const)('%s → %s', (run, scripts, manager, expected) => {
    expect(buildCommandOf(run, scripts, manager)).toBe(expected);
  });
});

// These tests read the build, the bundle and the boot, not the start-up measure (startup.test.ts does).
const NO_PROFILE = { install: false, startupProfile: false };

// A project build, a bundle and a workerd boot each: slow on a busy machine, never asserted on time.
describe('check builds what the image builds', { timeout: 900_000 }, () => {
  it('NestJS: runs the project build (tsc emits decorator metadata), bundles, boots in workerd, answers 200 on a route of its controllers', async () => {
    const plan = await planned(await copied('nestjs-build'));
    const [worker] = plan.workers;
    expect(worker?.target).toBe('worker');
    expect(worker?.build).toMatchObject({
      command: 'npm run build',
      cwd: '.',
      entry: 'dist/main.js',
      source: 'Dockerfile:6',
    });
    expect(worker?.build?.why).toMatch(/decorator metadata/);
    expect(worker?.generated?.config.build).toEqual({ command: 'npm run build', cwd: '../..' });
    // Nest requires these inside try/catch; the app installs none of them.
    expect(Object.keys(worker?.generated?.config.alias as object).sort()).toEqual([
      '@nestjs/microservices',
      '@nestjs/microservices/microservices-module',
      '@nestjs/websockets/socket-module',
      'cache-manager',
      'class-transformer',
      'class-transformer/cjs/storage',
      'class-transformer/storage',
      'class-validator',
    ]);
    const [result] = await check(plan, NO_PROFILE, testContext());
    expect(result?.bundle, errors(result!.diagnostics).join('\n')).not.toBeNull();
    // The controller's only way to its service is the constructor's design:paramtypes: without the
    // metadata the service is undefined and GET / answers 500.
    expect(result?.smoke?.status, JSON.stringify(result?.smoke)).toBe(200);
    // No HEALTHCHECK and no route at /: the probe is a GET route read from the controllers.
    expect(result?.smoke?.path).toBe('/api/greetings');
    expect(worker?.report.find((r) => r.key === 'GET /api/greetings')?.source).toBe(
      'src/greetings.controller.ts:10',
    );
  });

  it('TypeScript without decorator metadata: esbuild compiles the source, no build step', async () => {
    const plan = await planned(await copied('ts-source-build'));
    const [worker] = plan.workers;
    expect(worker?.build).toMatchObject({ command: null, entry: 'src/server.ts' });
    expect(worker?.generated?.config.build).toBeUndefined();
    expect(worker?.report.find((r) => r.key === 'build: src/server.ts')?.became).toBe(
      'esbuild compiles src/server.ts while bundling',
    );
    const [result] = await check(plan, NO_PROFILE, testContext());
    expect(errors(result!.diagnostics)).toEqual([]);
    expect(result?.smoke?.status).toBe(200);
  });

  it('a build whose output no source maps to: runs the build script, imports its output', async () => {
    const plan = await planned(await copied('build-output-only'));
    const [worker] = plan.workers;
    expect(worker?.build).toMatchObject({ command: 'npm run build', entry: 'dist/app.js' });
    const [result] = await check(plan, NO_PROFILE, testContext());
    expect(errors(result!.diagnostics)).toEqual([]);
    expect(result?.smoke?.status).toBe(200);
  });

  it("the build runs with the image's build environment and the user's build-env, whose value appears in no finding or file check writes", async () => {
    const dir = await copied('build-env');
    // The fixture's build fails without BUILD_TOKEN, as a `next build` importing a module that needs DATABASE_URL.
    const bare = await spawnExec(process.execPath, ['scripts/build.mjs'], { cwd: dir });
    expect([bare.exitCode, bare.stderr.trim()]).toEqual([
      1,
      'Error: BUILD_TOKEN environment variable is not set',
    ]);
    const plan = await planned(dir);
    const token = 'build-token-0123456789abcdef';
    const [result] = await check(
      plan,
      { ...NO_PROFILE, buildEnv: { BUILD_TOKEN: token } },
      testContext(),
    );
    expect(errors(result!.diagnostics)).toEqual([]);
    expect(result?.smoke?.status).toBe(200);
    // What the build saw: the build stage's ENV (with compose's APP_VERSION), the parent stage's ARG, the
    // user's token; not the runner stage's ENV.
    const built = await readFile(join(dir, 'dist/app.js'), 'utf8');
    expect(built).toContain(
      JSON.stringify({
        stamp: 'v2.5.0-docker',
        nodeEnv: 'production',
        runtimeOnly: null,
        tokenLength: token.length,
      }),
    );
    const written = await spawnExec('grep', ['-rl', token, plan.outDir]);
    expect(written.stdout).toBe('');
    expect(JSON.stringify([plan, result])).not.toContain(token);
  });

  it('a failing build is W810 with the command, its last lines and how to reproduce it', async () => {
    const plan = await planned(await copied('build-fails'));
    const [result] = await check(plan, NO_PROFILE, testContext());
    const failed = result?.diagnostics.find((d) => d.ruleId === 'W810');
    // wrangler 4.86 quotes the exit code, 4.164 does not.
    expect(failed?.message).toMatch(/^`npm run build` failed( \(exit 2\))? in \./);
    expect(failed?.message).toContain(
      "src/template.js(7,5): error TS2322: Type 'string' is not assignable to type 'number'.",
    );
    expect(failed?.fix).toContain('`cd . && npm run build`');
    expect(failed?.file).toBe('package.json');
    // Not wrangler's own error or stack trace.
    expect(result?.diagnostics.some((d) => d.ruleId === 'W803')).toBe(false);
    expect(failed?.message).not.toMatch(/at .*wrangler-dist|Logs were written/);
    expect(result?.smoke).toBeNull();
    expect(result?.verdict).toBe('needs-changes');
  });

  it("a frontend's failing build (the Worker's assets) is W810 too: the service stays a Worker, not its image", async () => {
    const dir = await temps.repo({
      Dockerfile: [
        'FROM node:22-alpine AS build',
        'WORKDIR /app',
        'COPY . .',
        'RUN npm install && npm run build',
        'FROM nginx:1.27-alpine',
        'COPY --from=build /app/dist /usr/share/nginx/html',
      ].join('\n'),
      'package.json': '{ "name": "landing", "scripts": { "build": "node build.mjs" } }',
      'build.mjs':
        "console.error('error:0308010C:digital envelope routines::unsupported');\nprocess.exit(1);\n",
    });
    const plan = await planned(dir);
    const [result] = await check(plan, NO_PROFILE, testContext());
    const failed = result?.diagnostics.find((d) => d.ruleId === 'W810');
    expect(failed?.message).toMatch(/^`npm install && npm run build` failed( \(exit 1\))? in \./);
    expect(failed?.message).toContain('digital envelope routines::unsupported');
    expect(result?.diagnostics.some((d) => d.ruleId === 'W803')).toBe(false);
    expect(result?.verdict).toBe('needs-changes');
  });

  it('a build whose package manager is not installed is W005 naming the manager and the fix', async () => {
    const plan = await planned(await copied('build-manager-missing'));
    expect(plan.workers[0]?.build?.command).toBe('pnpm run build');
    // Only node on the PATH the build sees: no pnpm, no corepack (wrangler runs it with /bin/sh).
    const bin = await temps.dir();
    await symlink(process.execPath, join(bin, 'node'));
    const exec: Exec = (command, args, options) =>
      spawnExec(command, args, { ...options, env: { ...options?.env, PATH: bin } });
    const [result] = await check(plan, NO_PROFILE, testContext({ exec }));
    const missing = result?.diagnostics.find((d) => d.ruleId === 'W005');
    expect(missing?.message).toBe(
      'pnpm is not installed (not found on PATH), so `pnpm run build` could not run in .',
    );
    expect(missing?.fix).toContain('corepack enable pnpm');
    expect(missing?.file).toBe('package.json');
    expect(result?.diagnostics.some((d) => d.ruleId === 'W810')).toBe(false);
    expect(result?.verdict).toBe('needs-changes');
  });

  it('monorepo: builds only the workspaces the service depends on, then bundles and boots', async () => {
    const dir = await copiedMonorepo('monorepo-build', {
      '@shop/prices': 'packages/prices',
      '@shop/reports': 'packages/reports',
      '@shop/api': 'apps/api',
    });
    const plan = await planned(dir);
    const [worker] = plan.workers;
    expect(worker?.dir).toBe('apps/api');
    // @shop/reports' build fails on purpose: it is not the api's dependency, so it must not run.
    expect(worker?.build).toMatchObject({
      command: 'npm run build --prefix ../../packages/prices',
      cwd: 'apps/api',
      entry: 'apps/api/src/server.js',
    });
    const [result] = await check(plan, NO_PROFILE, testContext());
    expect(errors(result!.diagnostics)).toEqual([]);
    expect(result?.smoke?.status).toBe(200);
  });

  it("Next.js: OpenNext's build is the Worker's build, so its failure is W810 too", async () => {
    const plan = await planned(await copied('next-standalone'));
    expect(plan.workers[0]?.build).toMatchObject({
      command: 'npx opennextjs-cloudflare build',
      entry: '.open-next/worker.js',
    });
  });

  it('nothing here builds the file the image runs: the image on Containers, with a config wrangler accepts', async () => {
    const plan = await planned(await copied('image-only-build'));
    const [worker] = plan.workers;
    expect(worker?.target).toBe('container');
    expect(worker?.verdict).toBe('container');
    expect(worker?.targetReason).toMatch(/no module a Worker can import .*out\/server\.js/);
    expect(plan.diagnostics.some((d) => d.ruleId === 'P061')).toBe(false);
    const config = parse(
      await readFile(join(plan.outDir, worker!.files.wranglerConfig), 'utf8'),
    ) as Record<string, unknown>;
    // wrangler ships the schema without exporting the subpath: read it from the package.
    const wrangler = await resolveWrangler(testContext());
    const schemaPath = join(wrangler.packageDir, 'config-schema.json');
    const schema = JSON.parse(await readFile(schemaPath, 'utf8')) as object;
    const validate = new Ajv({ strict: false, allowUnionTypes: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(config.containers).toEqual([
      expect.objectContaining({ image: expect.stringMatching(/Dockerfile$/) }),
    ]);
  });
});
