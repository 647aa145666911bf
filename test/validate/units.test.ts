import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDockerfile } from '../../src/detect/dockerfile.js';
import { Findings } from '../../src/detect/rules.js';
import type { BundleReport, Diagnostic } from '../../src/model/index.js';
import {
  APP_CODE,
  bundleInputs,
  packageOf,
  sizeDiagnostics,
  topPackages,
} from '../../src/validate/bundle.js';
import {
  dockerInstallFlags,
  dockerNamedPackages,
  ensureDependencies,
  managerOfCommand,
  managerUnavailable,
  findLockfile,
  installCommand,
  projectManager,
} from '../../src/validate/install.js';
import { remedyInstalledPitfalls, unremediedPitfalls } from '../../src/validate/pitfalls.js';
import { applyAllowList, inlineSuppressions } from '../../src/validate/suppress.js';
import { checkVerdict, exitCode } from '../../src/validate/verdict.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { workerPlan } from '../support/worker-plan.js';

describe('install', () => {
  it.each([
    ['npm', false, false, 'npm ci --no-audit --no-fund --ignore-scripts', {}],
    ['npm', true, false, 'npm ci --no-audit --no-fund', {}],
    ['pnpm', false, false, 'pnpm install --frozen-lockfile --ignore-scripts', {}],
    ['bun', false, false, 'bun install --frozen-lockfile --ignore-scripts', {}],
    ['yarn', false, true, 'yarn install --immutable', { YARN_ENABLE_SCRIPTS: 'false' }],
    ['yarn', false, false, 'yarn install --frozen-lockfile --ignore-engines --ignore-scripts', {}],
  ] as const)('%s (scripts %s, berry %s) → %s', (manager, allowScripts, yarnBerry, line, env) => {
    const command = installCommand(manager, { allowScripts, yarnBerry });
    expect(`${command.command} ${command.args.join(' ')}`).toBe(line);
    expect(command.env).toEqual(env);
  });

  it.each([
    ['npm', false, [], { npm_config_cache: '/store/npm' }],
    ['pnpm', false, ['--store-dir', '/store/pnpm'], {}],
    ['bun', false, [], { BUN_INSTALL_CACHE_DIR: '/store/bun' }],
    ['yarn', false, [], { YARN_CACHE_FOLDER: '/store/yarn' }],
    ['yarn', true, [], { YARN_GLOBAL_FOLDER: '/store/yarn', YARN_ENABLE_SCRIPTS: 'false' }],
  ] as const)(
    '%s (berry %s) keeps its store under DOCKER_TO_WORKERS_STORE',
    (manager, yarnBerry, args, env) => {
      const plain = installCommand(manager, { allowScripts: false, yarnBerry });
      const stored = installCommand(manager, { allowScripts: false, yarnBerry, store: '/store' });
      expect(stored.args).toEqual([...plain.args, ...args]);
      expect(stored.env).toEqual(env);
    },
  );

  it.each([
    ['npm ci --force', 'npm', false, ['--force'], []],
    ['npm install --legacy-peer-deps && npm run build', 'npm', true, ['--legacy-peer-deps'], []],
    ['npm i -g @nestjs/cli && npm install --omit=dev', 'npm', false, ['--omit=dev'], []],
    [
      'npm install --only=production --force',
      'npm',
      true,
      ['--force'],
      ['--only=production (the build needs the devDependencies)'],
    ],
    [
      'yarn install --production --ignore-engines',
      'yarn',
      false,
      ['--ignore-engines', '--production'],
      [],
    ],
    ['npm ci --force', 'yarn', false, [], []],
    ['npm i -g pm2', 'npm', false, [], []],
  ] as const)(
    'RUN %s: the %s install repeats its flags (build %s)',
    (run, manager, build, args, skipped) => {
      const flags = dockerInstallFlags([{ command: run, line: 7 }], 'Dockerfile', manager, build);
      expect(flags.args).toEqual(args);
      expect(flags.skipped).toEqual(skipped);
      const command = installCommand(manager, {
        allowScripts: false,
        yarnBerry: false,
        flags: flags.args,
      });
      for (const arg of args) expect(command.args).toContain(arg);
    },
  );

  it("collects every stage's install steps from the Dockerfile, not global tool installs", () => {
    const text = [
      'FROM node:20 AS build',
      'RUN npm i -g @nestjs/cli',
      'RUN npm ci --force',
      'FROM node:20',
      'RUN npm install --omit=dev && npm cache clean --force',
      'CMD ["node", "dist/main.js"]',
    ].join('\n');
    const read = readDockerfile(text, 'Dockerfile', '.', undefined, new Findings());
    expect(read.facts.installSteps).toEqual([
      { command: 'npm ci --force', line: 3 },
      { command: 'npm install --omit=dev && npm cache clean --force', line: 5 },
    ]);
  });

  it('finds the workspace root lockfile above a monorepo package', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dtw-lock-'));
    await mkdir(join(root, 'packages', 'api'), { recursive: true });
    await writeFile(join(root, 'pnpm-lock.yaml'), 'lockfileVersion: 9.0\n');
    expect(await findLockfile(join(root, 'packages', 'api'), root)).toEqual({
      dir: root,
      manager: 'pnpm',
    });
  });

  it('honours package.json `packageManager` (corepack’s field): its name wins, its major tells Yarn berry', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dtw-pm-'));
    await writeFile(join(root, 'yarn.lock'), '');
    const write = (pkg: object) => writeFile(join(root, 'package.json'), JSON.stringify(pkg));
    await write({ packageManager: 'yarn@4.18.1+sha512.abc' });
    expect(await projectManager(root, root)).toEqual({
      dir: root,
      manager: 'yarn',
      version: '4.18.1',
      yarnBerry: true,
    });
    await write({ packageManager: 'yarn@1.22.22' });
    expect(await projectManager(root, root)).toMatchObject({
      version: '1.22.22',
      yarnBerry: false,
    });
    await write({ packageManager: 'pnpm@10.34.9' });
    expect(await projectManager(root, root)).toMatchObject({ manager: 'pnpm', version: '10.34.9' });
    await write({});
    expect(await projectManager(root, root)).toMatchObject({
      manager: 'yarn',
      version: null,
      yarnBerry: false,
    });
    await writeFile(join(root, 'yarn.lock'), '__metadata:\n  version: 8\n');
    expect(await projectManager(root, root)).toMatchObject({ yarnBerry: true });
  });

  it('installs only the service’s workspace of an npm monorepo, from the root lockfile', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dtw-mono-'));
    const tarball = 'file:../../vendor/greet-1.0.0.tgz';
    const files: Record<string, object> = {
      'package.json': { name: 'mono', private: true, workspaces: ['packages/*'] },
      'packages/api/package.json': { name: 'api', dependencies: { greet: tarball, shared: '*' } },
      'packages/shared/package.json': { name: 'shared', version: '1.0.0' },
      'packages/web/package.json': { name: 'web', dependencies: { 'web-only': tarball } },
    };
    for (const [file, json] of Object.entries(files)) {
      await mkdir(join(root, dirname(file)), { recursive: true });
      await writeFile(join(root, file), JSON.stringify(json));
    }
    await mkdir(join(root, 'vendor'));
    await copyFile(
      'test/fixtures/lockfile-install/vendor/greet-1.0.0.tgz',
      join(root, 'vendor', 'greet-1.0.0.tgz'),
    );
    const ctx = testContext();
    const lock = await ctx.exec('npm', ['install', '--package-lock-only', '--offline'], {
      cwd: root,
    });
    expect(lock.exitCode, lock.stderr).toBe(0);

    const [installed] = await ensureDependencies(ctx, {
      dir: join(root, 'packages', 'api'),
      root,
      allowScripts: false,
      workspaceMember: true,
    });
    expect(installed).toMatchObject({ ruleId: 'W001' });
    expect(installed!.message).toContain('--workspace=packages/api');
    const modules = await readdir(join(root, 'node_modules'));
    expect(modules).toEqual(expect.arrayContaining(['greet', 'shared']));
    expect(modules).not.toContain('web-only');
  });

  it('does nothing when dependencies resolve, and explains a missing lockfile', async () => {
    const ctx = testContext();
    expect(
      await ensureDependencies(ctx, {
        dir: 'test/fixtures/express',
        root: 'test/fixtures/express',
        allowScripts: false,
      }),
    ).toEqual([]);
    const dir = await mkdtemp(join(tmpdir(), 'dtw-nolock-'));
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({ dependencies: { 'left-pad-that-is-not-installed': '1.0.0' } }),
    );
    const [missing] = await ensureDependencies(ctx, {
      dir,
      root: dir,
      allowScripts: false,
    });
    expect(missing).toMatchObject({ ruleId: 'W002', severity: 'error', file: 'package.json' });
  });
});

describe('a lockfile out of step with package.json', () => {
  async function outOfStep() {
    const dir = await mkdtemp(join(tmpdir(), 'dtw-stale-lock-'));
    await mkdir(join(dir, 'greet'));
    await writeFile(join(dir, 'greet', 'package.json'), '{"name":"greet","version":"1.0.0"}');
    await writeFile(join(dir, 'greet', 'index.js'), 'module.exports = "hi";\n');
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { greet: 'file:./greet' } }),
    );
    // The lockfile predates the dependency: `npm ci` refuses it (EUSAGE).
    const lock = JSON.stringify({
      name: 'app',
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: { '': { name: 'app', version: '1.0.0' } },
    });
    await writeFile(join(dir, 'package-lock.json'), lock);
    return { dir, lock };
  }

  it('is installed as the image does when its Dockerfile runs `npm i` (the lockfile is left as it is)', async () => {
    const { dir, lock } = await outOfStep();
    const [installed] = await ensureDependencies(testContext(), {
      dir,
      root: dir,
      allowScripts: false,
      docker: { path: 'Dockerfile', steps: [{ command: 'npm i', line: 4 }] },
    });
    expect(installed).toMatchObject({ ruleId: 'W001', file: 'package.json' });
    expect(installed!.message).toContain('npm install --no-package-lock');
    expect(installed!.message).toContain('Missing: greet@1.0.0 from lock file');
    expect(await readdir(join(dir, 'node_modules'))).toContain('greet');
    expect(await readFile(join(dir, 'package-lock.json'), 'utf8')).toBe(lock);
  });

  it("is an error quoting npm's reason, not its usage text, when the image runs `npm ci` too", async () => {
    const { dir } = await outOfStep();
    const [refused] = await ensureDependencies(testContext(), {
      dir,
      root: dir,
      allowScripts: false,
      docker: { path: 'Dockerfile', steps: [{ command: 'npm ci --omit=dev', line: 4 }] },
    });
    expect(refused).toMatchObject({ ruleId: 'W002', severity: 'error' });
    expect(refused!.message).toMatch(/in sync.*Missing: greet@1\.0\.0 from lock file$/);
  });
});

describe('an app whose Dockerfile names its packages (no package.json)', () => {
  it('reads the names of `npm i <names>` steps, not global tools or a bare install', () => {
    expect(
      dockerNamedPackages([
        { command: 'npm i -g nodemon', line: 3 },
        { command: 'npm init -y', line: 4 },
        {
          command: 'npm i express@4.18.3 mysql2@3.9.2 --omit=dev && npm cache clean --force',
          line: 5,
        },
        { command: 'npm ci', line: 6 },
      ]),
    ).toEqual({ specs: ['express@4.18.3', 'mysql2@3.9.2'], line: 5 });
  });

  it('installs them into the app directory without writing a package.json or lockfile there', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dtw-named-'));
    await mkdir(join(dir, 'greet'));
    await writeFile(join(dir, 'greet', 'package.json'), '{"name":"greet","version":"1.0.0"}');
    await writeFile(join(dir, 'greet', 'index.js'), 'module.exports = "hi";\n');
    const [installed] = await ensureDependencies(testContext(), {
      dir,
      root: dir,
      allowScripts: false,
      docker: { path: 'Dockerfile', steps: [{ command: 'npm init -y && npm i ./greet', line: 4 }] },
    });
    expect(installed).toMatchObject({ ruleId: 'W001', file: 'Dockerfile', line: 4 });
    expect(await readdir(join(dir, 'node_modules'))).toContain('greet');
    expect((await readdir(dir)).sort()).toEqual(['greet', 'node_modules']);
  });
});

describe('a package manager that is not installed', () => {
  const as = { consequence: '`pnpm run build` could not run in .', file: 'package.json' };

  it("reads sh's and bash's not found for the manager or its runner, never for another program", () => {
    expect(
      managerUnavailable('pnpm', '[custom build] /bin/sh: 1: pnpm: not found', as),
    ).toMatchObject({
      ruleId: 'W005',
      message: 'pnpm is not installed (not found on PATH), so `pnpm run build` could not run in .',
      file: 'package.json',
    });
    expect(managerUnavailable('yarn', 'bash: yarn: command not found', as)?.ruleId).toBe('W005');
    expect(managerUnavailable('bun', 'sh: bunx: not found', as)?.ruleId).toBe('W005');
    expect(managerUnavailable('npm', 'sh: 1: tsc: not found', as)).toBeNull();
    expect(managerUnavailable('npm', 'sh: 1: pnpm: not found', as)).toBeNull();
  });

  it('names the manager a build command runs with', () => {
    expect(managerOfCommand('pnpm run build')).toBe('pnpm');
    expect(managerOfCommand('npx --no-install tsc -p tsconfig.json')).toBe('npm');
    expect(managerOfCommand('bunx tsc')).toBe('bun');
    expect(managerOfCommand('make build')).toBeNull();
  });
});

describe('bundle analysis', () => {
  it('maps paths to packages, scoped ones included', () => {
    expect(packageOf('/a/node_modules/express/lib/x.js')).toBe('express');
    expect(packageOf('/a/node_modules/@koa/router/lib/x.js')).toBe('@koa/router');
    expect(packageOf('/a/node_modules/x/node_modules/iconv-lite/y.js')).toBe('iconv-lite');
    expect(packageOf('/a/src/app.js')).toBeNull();
  });

  it('reads the metafile: virtual inputs skipped, shares by bytes in output', () => {
    const inputs = bundleInputs(
      {
        inputs: {},
        outputs: {
          'bundle/entry.js': {
            bytes: 1000,
            entryPoint: 'entry.mjs',
            inputs: {
              'node-built-in-modules:fs': { bytesInOutput: 10 },
              '../server.js': { bytesInOutput: 100 },
              '../node_modules/big/index.js': { bytesInOutput: 600 },
              '../node_modules/big/more.js': { bytesInOutput: 200 },
              '../node_modules/small/index.js': { bytesInOutput: 100 },
            },
          },
        },
      },
      '/repo/out',
    );
    expect(inputs.map((i) => i.path)).not.toContain('/repo/out/node-built-in-modules:fs');
    expect(topPackages(inputs)).toEqual([
      { package: 'big', bytes: 800, share: 0.8 },
      { package: APP_CODE, bytes: 100, share: 0.1 },
      { package: 'small', bytes: 100, share: 0.1 },
    ]);
  });

  it('errors over the limit, warns over 80 %', () => {
    // Cloudflare counts the uncompressed size (64 MiB on every plan); gzip no longer decides.
    const report = (rawBytes: number): BundleReport => ({
      rawBytes,
      gzipBytes: 1,
      limitBytes: 1000,
      topPackages: [{ package: 'big', bytes: 1, share: 1 }],
    });
    expect(sizeDiagnostics(report(1001), 'free').map((d) => d.ruleId)).toEqual(['W801']);
    expect(sizeDiagnostics(report(801), 'free').map((d) => d.ruleId)).toEqual(['W802']);
    expect(sizeDiagnostics(report(800), 'free')).toEqual([]);
    expect(sizeDiagnostics(report(1001), 'free')[0]!.message).toContain('big 100 %');
  });
});

describe('suppression', () => {
  it('honours inline comments on the line or the line above', () => {
    const source =
      'a();\n// docker-to-workers-ignore W202, W203\nsetInterval(f);\nb(); // docker-to-workers-ignore W101\n';
    const ignored = inlineSuppressions(source);
    expect(ignored('W202', 3)).toBe(true);
    expect(ignored('W203', 3)).toBe(true);
    expect(ignored('W101', 4)).toBe(true);
    expect(ignored('W101', 1)).toBe(false);
  });

  it('turns allowed findings into reported W003 notes, by rule, package or file', () => {
    const found: Diagnostic[] = [
      { ruleId: 'W302', severity: 'error', message: 'ajv', package: 'ajv' },
      { ruleId: 'W302', severity: 'error', message: 'handlebars', package: 'handlebars' },
      { ruleId: 'W107', severity: 'error', message: 'write', file: 'src/log.js', line: 3 },
    ];
    const result = applyAllowList(found, ['W302:ajv', 'W107:src/log.js']);
    expect(result.map((d) => `${d.ruleId}:${d.severity}`)).toEqual([
      'W003:note',
      'W302:error',
      'W003:note',
    ]);
    expect(result[0]!.message).toContain("allow list entry 'W302:ajv'");
  });
});

describe('verdict', () => {
  const error: Diagnostic = { ruleId: 'W101', severity: 'error', message: 'x' };
  const warning: Diagnostic = { ruleId: 'W704', severity: 'warning', message: 'x' };
  it('keeps plan verdicts for containers and downgrades ready Workers with errors', () => {
    expect(checkVerdict('ready', [error]).verdict).toBe('needs-changes');
    expect(checkVerdict('ready', [warning]).verdict).toBe('ready');
    expect(checkVerdict('container', [error]).verdict).toBe('container');
  });
  it('the Worker path failed: container when the image runs, never ready; not for a failed build or a remedied crash', () => {
    const crash: Diagnostic = {
      ruleId: 'W901',
      severity: 'error',
      message: 'boom',
      file: 'a.js',
      line: 3,
    };
    const build: Diagnostic = { ruleId: 'W810', severity: 'error', message: 'tsc failed' };
    expect(checkVerdict('ready', [crash], { imageRuns: true })).toMatchObject({
      verdict: 'container',
      toContainer: true,
      reason: expect.stringContaining('W901 (a.js:3): boom'),
    });
    // How the Worker was built (decorator metadata needs the project's compiler) stays in the reason.
    const why =
      "runs `npm run build`: decorator metadata (emitDecoratorMetadata) needs the project's own compiler";
    expect(checkVerdict('ready', [crash], { imageRuns: true, build: why }).reason).toContain(
      `(the Worker's build: ${why})`,
    );
    expect(checkVerdict('ready', [crash]).verdict).toBe('needs-changes');
    expect(checkVerdict('ready', [build], { imageRuns: true }).verdict).toBe('needs-changes');
    // bcrypt loaded by the first request that hashes (gironjhonatan/employee-api): the image loads it.
    const addon: Diagnostic = {
      ruleId: 'W401',
      severity: 'error',
      message: 'bcrypt ships a native addon (.node), which cannot load on Workers',
      file: 'package.json',
    };
    expect(checkVerdict('ready', [addon], { imageRuns: true })).toMatchObject({
      verdict: 'container',
      reason: expect.stringContaining('W401 (package.json): bcrypt ships a native addon'),
    });
    expect(checkVerdict('ready', [addon]).verdict).toBe('needs-changes');
    // Next.js: `next build` passed and the adapter failed to make a Worker of it.
    const adapter: Diagnostic = { ruleId: 'W811', severity: 'error', message: 'adapter failed' };
    expect(checkVerdict('ready', [adapter], { imageRuns: true }).verdict).toBe('container');
    // A bundle that failed because the install or the build did says nothing about the app.
    for (const untried of ['W002', 'W005', 'W810']) {
      const bundle: Diagnostic = { ruleId: 'W803', severity: 'error', message: 'unresolved' };
      const cause: Diagnostic = { ruleId: untried, severity: 'error', message: 'failed' };
      expect(checkVerdict('ready', [cause, bundle], { imageRuns: true }).verdict).toBe(
        'needs-changes',
      );
    }
    expect(checkVerdict('ready', [crash], { imageRuns: true, remediable: [crash] }).verdict).toBe(
      'needs-changes',
    );
  });
  it('exits by --fail-on', () => {
    expect(exitCode([warning], 'error')).toBe(0);
    expect(exitCode([warning], 'warning')).toBe(1);
    expect(exitCode([error], 'never')).toBe(0);
    expect(exitCode([error], 'error')).toBe(1);
  });
});

describe('remedies for pitfalls only the installed tree shows', () => {
  const temps = useTempDirs('dtw-installed-');
  const manifest = (name: string, version: string, dependencies: Record<string, string> = {}) =>
    JSON.stringify({ name, version, dependencies });

  it('a framework that pulls express 4 (as @nestjs/platform-express 10 does): plan’s iconv-lite alias, once', async () => {
    // Plan ran on a fresh clone: `api-kit` matches no declared range, so no remedy was planned.
    const root = await temps.repo({
      'package.json': manifest('app', '1.0.0', { 'api-kit': '^1.0.0' }),
      'node_modules/api-kit/package.json': manifest('api-kit', '1.2.0', { express: '^4.0.0' }),
      'node_modules/express/package.json': manifest('express', '4.21.2', { 'body-parser': '1' }),
      'node_modules/body-parser/package.json': manifest('body-parser', '1.20.3', {
        'iconv-lite': '0.4.24',
      }),
      'node_modules/iconv-lite/package.json': manifest('iconv-lite', '0.4.24'),
    });
    const generated = { config: { name: 'api' }, comments: {}, modules: {}, vendor: [] };
    const worker = workerPlan('api', { generated });
    expect(await remedyInstalledPitfalls(worker, root, false)).toBe(false);
    expect(await remedyInstalledPitfalls(worker, root, true)).toBe(true);
    expect(generated.config).toEqual({
      name: 'api',
      alias: { 'iconv-lite': './node_modules/iconv-lite' },
    });
    expect(generated.vendor).toEqual([{ name: 'iconv-lite', version: '0.6.3' }]);
    expect(generated.comments).toHaveProperty('alias');
    expect(worker.remedies[0]?.description).toContain(
      'api-kit > express > body-parser > iconv-lite',
    );
    expect(await remedyInstalledPitfalls(worker, root, true)).toBe(false);
    expect(await unremediedPitfalls(worker, root, true)).toEqual([]);
  });

  it('an app without package.json (its image runs `npm i express`): the installed packages are its dependencies', async () => {
    const root = await temps.repo({
      'index.js': 'require("express")().listen(3000);\n',
      'node_modules/express/package.json': manifest('express', '4.18.3', { 'body-parser': '1' }),
      'node_modules/body-parser/package.json': manifest('body-parser', '1.20.2', {
        'iconv-lite': '0.4.24',
      }),
      'node_modules/iconv-lite/package.json': manifest('iconv-lite', '0.4.24'),
    });
    const generated = { config: { name: 'api' }, comments: {}, modules: {}, vendor: [] };
    const worker = workerPlan('api', { generated });
    expect(await remedyInstalledPitfalls(worker, root, true)).toBe(true);
    expect(generated.config).toMatchObject({
      alias: { 'iconv-lite': './node_modules/iconv-lite' },
    });
  });

  it("fastify's pino (api-aulas): the sonic-boom stand-in, a generated module behind an alias", async () => {
    const root = await temps.repo({
      'package.json': manifest('app', '1.0.0', { fastify: '^5.5.0' }),
      'node_modules/fastify/package.json': manifest('fastify', '5.5.0', { pino: '^9.0.0' }),
      'node_modules/pino/package.json': manifest('pino', '9.9.0', { 'sonic-boom': '^4.0.1' }),
      'node_modules/sonic-boom/package.json': manifest('sonic-boom', '4.2.0'),
    });
    const generated = { config: { name: 'api' }, comments: {}, modules: {}, vendor: [] };
    const worker = workerPlan('api', { generated });
    expect(await remedyInstalledPitfalls(worker, root, true)).toBe(true);
    expect(generated.config).toMatchObject({ alias: { 'sonic-boom': './sonic-boom.cjs' } });
    expect(Object.keys(generated.modules)).toContain('sonic-boom.cjs');
    // Fastify's own (held start-up timers) changes the entry: plan's, from the declared fastify.
    const left = (await unremediedPitfalls(worker, root, true)).map((p) => p.pitfall.id);
    expect(left).toEqual(['fastify-timers']);
  });
});
