// Each fixture app's detect output, field by field, with the file:line each fact was read from.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import type { AppModel } from '../../src/model/index.js';
import { testContext } from '../support/context.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

type Expected = Partial<Omit<AppModel, 'sources'>> & { sources: Record<string, string> };

const cases: Record<string, Expected> = {
  express: {
    runtime: 'node',
    framework: 'express',
    entry: 'server.js',
    runFile: 'server.js',
    startCommand: 'node server.js',
    ports: [3000],
    healthcheck: '/health',
    packageManager: 'npm',
    nativeAddons: [],
    dbClients: [],
    services: [],
    volumes: [],
    wranglerConfig: null,
    diagnostics: [],
    sources: {
      runtime: 'Dockerfile:1',
      framework: 'package.json:10',
      entry: 'Dockerfile:10',
      startCommand: 'Dockerfile:10',
      ports: 'Dockerfile:7',
      healthcheck: 'Dockerfile:8',
      packageManager: 'package-lock.json',
    },
  },
  'fastify-ts': {
    runtime: 'node',
    framework: 'fastify',
    entry: 'src/server.ts',
    runFile: 'dist/server.js',
    startCommand: 'node dist/server.js',
    startChain: [
      { command: 'npm start', source: 'Dockerfile:16' },
      { command: 'node dist/server.js', source: 'package.json:8' },
    ],
    ports: [8080],
    healthcheck: null,
    packageManager: 'npm',
    sources: {
      runtime: 'Dockerfile:9',
      framework: 'package.json:12',
      entry: 'package.json:8',
      startCommand: 'package.json:8',
      ports: 'Dockerfile:15',
    },
  },
  koa: {
    runtime: 'node',
    framework: 'koa',
    entry: 'src/app.js',
    startCommand: 'node src/app.js',
    ports: [4000],
    healthcheck: '/healthz',
    packageManager: 'yarn',
    sources: { framework: 'package.json:11', entry: 'Dockerfile:9', packageManager: 'yarn.lock' },
  },
  hono: {
    runtime: 'node',
    framework: 'hono',
    entry: 'src/server.ts',
    startCommand: 'node src/server.ts',
    ports: [8787],
    packageManager: 'pnpm',
    sources: { runtime: 'Dockerfile:6', entry: 'Dockerfile:13', ports: 'Dockerfile:11' },
  },
  nestjs: {
    runtime: 'node',
    framework: 'nestjs',
    entry: 'src/main.ts',
    runFile: 'dist/main.js',
    startCommand: 'node dist/main',
    ports: [3000],
    dbClients: ['@prisma/client'],
    sources: {
      runtime: 'Dockerfile:8',
      framework: 'package.json:12',
      dbClients: 'package.json:14',
    },
  },
  'next-standalone': {
    runtime: 'node',
    framework: 'next',
    entry: null,
    runFile: '.next/standalone/server.js',
    startCommand: 'node server.js',
    ports: [3000],
    diagnostics: [],
    sources: {
      runtime: 'Dockerfile:17',
      framework: 'package.json:11',
      startCommand: 'Dockerfile:29',
    },
  },
  'compose-postgres-redis': {
    runtime: 'node',
    framework: 'express',
    entry: 'src/index.js',
    startCommand: 'node src/index.js',
    ports: [3000, 9229],
    healthcheck: '/health',
    composeFiles: ['compose.yaml', 'docker-compose.override.yml'],
    composeService: 'web',
    dependsOn: ['db', 'cache'],
    services: [
      { name: 'db', kind: 'postgres', image: 'postgres:16-alpine', source: 'compose.yaml:29' },
      { name: 'cache', kind: 'redis', image: 'redis:7-alpine', source: 'compose.yaml:40' },
    ],
    volumes: [
      { source: 'uploads', target: '/app/uploads', type: 'named', source_ref: 'compose.yaml:19' },
    ],
    dbClients: ['pg', 'ioredis'],
    sources: {
      healthcheck: 'compose.yaml:25',
      composeService: 'compose.yaml:5',
      services: 'compose.yaml:29',
      volumes: 'compose.yaml:19',
      env: 'web.env:2',
      startCommand: 'package.json:6',
    },
  },
  monorepo: {
    runtime: 'node',
    framework: 'express',
    entry: 'packages/api/src/server.js',
    startCommand: 'node src/server.js',
    packageManager: 'npm',
    sources: {
      framework: 'packages/api/package.json:11',
      entry: 'packages/api/package.json:7',
      packageJson: 'packages/api/package.json',
    },
  },
  'python-fastapi': {
    runtime: 'python',
    framework: 'fastapi',
    entry: 'app/main.py',
    startCommand: 'uvicorn app.main:app --host 0.0.0.0 --port 8000',
    ports: [8000],
    healthcheck: '/healthz',
    packageManager: null,
    sources: { runtime: 'Dockerfile:1', framework: 'requirements.txt:1', entry: 'Dockerfile:9' },
  },
  'go-service': {
    runtime: 'go',
    framework: 'unknown',
    entry: 'main.go',
    runFile: null,
    startCommand: '/server',
    ports: [8080],
    sources: { runtime: 'Dockerfile:1', startCommand: 'Dockerfile:12', ports: 'Dockerfile:10' },
  },
  'native-addon': {
    framework: 'express',
    entry: 'index.js',
    nativeAddons: ['bcrypt', 'sharp'],
    sources: { nativeAddons: 'package.json:10' },
  },
  'toplevel-await-db': {
    framework: 'node-http',
    entry: 'src/server.js',
    dbClients: ['pg'],
    ports: [3000],
    sources: { framework: 'src/server.js:1', dbClients: 'package.json:10' },
  },
};

describe('detect on the fixture apps', () => {
  for (const [name, expected] of Object.entries(cases)) {
    it(name, async () => {
      const model = await detect(fixture(name), {}, testContext());
      const { sources, ...fields } = expected;
      for (const [field, value] of Object.entries(fields)) {
        expect({ field, value: model[field as keyof AppModel] }).toEqual({ field, value });
      }
      for (const [fact, source] of Object.entries(sources)) {
        expect({ fact, source: model.sources[fact] }).toEqual({ fact, source });
      }
      // The model round-trips through JSON (later stages load it from plan.json).
      expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    });
  }
});

describe('detect details', () => {
  it('reads every Dockerfile stage, substitutes ARG before FROM and picks the last stage', async () => {
    const model = await detect(fixture('fastify-ts'), {}, testContext());
    expect(model.dockerfile?.stages).toEqual([
      { name: 'build', index: 0, image: 'node:20-slim', line: 2 },
      { name: 'runtime', index: 1, image: 'node:20-slim', line: 9 },
    ]);
    expect(model.dockerfile?.finalStage).toBe(1);
    expect(model.dockerfile?.workdir).toBe('/app');
    expect(model.dockerfile?.cmd).toEqual(['npm', 'start']);
    expect(model.packageJson?.build).toEqual({
      tool: 'tsc',
      outDir: 'dist',
      script: 'tsc -p tsconfig.json',
    });
    expect(model.env.map((e) => [e.name, e.value, e.source])).toEqual([
      ['NODE_ENV', 'production', 'Dockerfile:11'],
      ['PORT', '8080', 'Dockerfile:11'],
    ]);
  });

  it('--docker-target builds an earlier stage', async () => {
    const model = await detect(fixture('fastify-ts'), { dockerTarget: 'build' }, testContext());
    expect(model.dockerfile?.finalStage).toBe(0);
    expect(model.dockerfile?.workdir).toBe('/src');
    expect(model.diagnostics.map((d) => d.ruleId)).toContain('D006');
  });

  it('an unknown --docker-target is D005 listing the stages', async () => {
    const model = await detect(fixture('fastify-ts'), { dockerTarget: 'prod' }, testContext());
    expect(model.diagnostics).toContainEqual(
      expect.objectContaining({
        ruleId: 'D005',
        severity: 'error',
        file: 'Dockerfile',
        message: expect.stringContaining('build, runtime'),
      }),
    );
  });

  it('shell-form CMD, USER, apk packages and the distroless Go runtime', async () => {
    const koa = await detect(fixture('koa'), {}, testContext());
    expect(koa.dockerfile?.cmd).toEqual(['/bin/sh', '-c', 'node src/app.js']);
    const native = await detect(fixture('native-addon'), {}, testContext());
    expect(native.dockerfile?.systemPackages).toEqual(['python3', 'make', 'g++', 'vips-dev']);
    expect(native.diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'D031', file: 'package.json', line: 10 }),
    );
    const go = await detect(fixture('go-service'), {}, testContext());
    expect(go.dockerfile?.baseImage).toBe('gcr.io/distroless/static-debian12');
    expect(go.dockerfile?.user).toBe('nonroot:nonroot');
    expect(go.dockerfile?.entrypoint).toEqual(['/server']);
  });

  it('the monorepo: the workspace the Dockerfile starts, and the root workspace globs', async () => {
    const model = await detect(fixture('monorepo'), {}, testContext());
    expect(model.packageJson).toMatchObject({
      dir: 'packages/api',
      name: '@acme/api',
      workspaces: ['packages/*'],
    });
    expect(model.startChain).toEqual([
      { command: 'npm start --workspace @acme/api', source: 'Dockerfile:11' },
      { command: 'node src/server.js', source: 'packages/api/package.json:7' },
    ]);
  });

  it('a pnpm monorepo: globs from pnpm-workspace.yaml, `pnpm --filter` picks the package', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dtw-detect-'));
    try {
      await mkdir(join(dir, 'apps', 'api', 'src'), { recursive: true });
      const files: Record<string, string> = {
        'package.json': '{ "name": "root", "private": true }\n',
        'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - '!apps/legacy'\n",
        'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
        Dockerfile:
          'FROM node:22-alpine\nWORKDIR /repo\nCOPY . .\nCMD ["pnpm", "--filter", "api", "start"]\n',
        'apps/api/package.json':
          '{\n  "name": "api",\n  "scripts": { "start": "tsx src/main.ts" },\n  "dependencies": { "koa": "2.16.4" }\n}\n',
        'apps/api/src/main.ts': 'export {};\n',
      };
      for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
      const model = await detect(dir, {}, testContext());
      expect(model).toMatchObject({
        framework: 'koa',
        entry: 'apps/api/src/main.ts',
        packageManager: 'pnpm',
        packageJson: { dir: 'apps/api', workspaces: ['apps/*'] },
        sources: { packageManager: 'pnpm-lock.yaml', entry: 'apps/api/package.json:3' },
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
