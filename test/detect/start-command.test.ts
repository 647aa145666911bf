// Following the start command through shell scripts, entrypoints and process managers to the server file.
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { buildScriptName } from '../../src/detect/package.js';
import type { AppModel } from '../../src/model/index.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';

const { repo } = useTempDirs('dtw-start-');

const TS_PACKAGE = JSON.stringify(
  {
    name: 'api',
    scripts: { build: 'tsc', start: 'node dist/server.js' },
    dependencies: { express: '^4.21.0' },
    devDependencies: { typescript: '^5.6.0' },
  },
  null,
  2,
);
const TSCONFIG = '{ "compilerOptions": { "outDir": "dist", "rootDir": "src" } }\n';

function notes(model: AppModel) {
  return model.diagnostics
    .filter((d) => d.ruleId === 'D060' || d.ruleId === 'D061')
    .map((d) => `${d.ruleId} ${d.file}:${String(d.line)}`);
}

async function detected(files: Record<string, string>, options = {}) {
  return detect(await repo(files), options, testContext());
}

describe('shell entry scripts', () => {
  it('CMD ["./start.sh"]: the exec node line is the server; wait-for-it and prisma migrate are notes', async () => {
    const model = await detected({
      Dockerfile: [
        'FROM node:22-alpine',
        'WORKDIR /app',
        'COPY . .',
        'RUN npm ci && npm run build',
        'EXPOSE 3000',
        'CMD ["./start.sh"]',
      ].join('\n'),
      'start.sh': [
        '#!/bin/sh',
        'set -e',
        './wait-for-it.sh db:5432 -t 60 -- echo "db is up"',
        'npx prisma migrate deploy',
        'echo "starting"',
        'exec node dist/server.js "$@"',
      ].join('\n'),
      'package.json': TS_PACKAGE,
      'tsconfig.json': TSCONFIG,
      'src/server.ts': 'import express from "express";\nexpress().listen(3000);\n',
    });
    expect(model.startChain).toEqual([
      { command: './start.sh', source: 'Dockerfile:6' },
      { command: 'exec node dist/server.js $@', source: 'start.sh:6' },
    ]);
    expect([model.entry, model.runFile, model.sources.entry]).toEqual([
      'src/server.ts',
      'dist/server.js',
      'start.sh:6',
    ]);
    expect(notes(model)).toEqual(['D061 start.sh:3', 'D060 start.sh:4']);
    expect(model.diagnostics.filter((d) => d.severity !== 'note')).toEqual([]);
  });

  it('ENTRYPOINT docker-entrypoint.sh with exec "$@" hands over to CMD (npm start → the start script)', async () => {
    const model = await detected({
      Dockerfile: [
        'FROM node:22-slim',
        'WORKDIR /usr/src/app',
        'COPY . .',
        'ENTRYPOINT ["/usr/src/app/docker-entrypoint.sh"]',
        'CMD ["npm", "start"]',
      ].join('\n'),
      'docker-entrypoint.sh': [
        '#!/bin/bash',
        'if [ "$1" = "migrate" ]; then',
        '  exec npx knex migrate:latest',
        'fi',
        '# hand over to CMD',
        'exec "$@"',
      ].join('\n'),
      'package.json':
        '{\n  "name": "svc",\n  "scripts": {\n    "start": "node -r dotenv/config index.js"\n  }\n}\n',
      'index.js': 'require("http").createServer((q, s) => s.end("ok")).listen(8080);\n',
    });
    expect(model.startChain).toEqual([
      { command: '/usr/src/app/docker-entrypoint.sh npm start', source: 'Dockerfile:5' },
      { command: 'npm start', source: 'docker-entrypoint.sh:6' },
      { command: 'node -r dotenv/config index.js', source: 'package.json:4' },
    ]);
    expect([model.entry, model.framework]).toEqual(['index.js', 'node-http']);
    expect(notes(model)).toEqual(['D060 docker-entrypoint.sh:3']);
  });

  it('CMD ["src/index.js"] on a node image runs node src/index.js (the image entrypoint supplies node)', async () => {
    const model = await detected({
      Dockerfile: [
        'FROM cgr.dev/chainguard/node@sha256:0123 AS release',
        'WORKDIR /app',
        'COPY . .',
        'CMD ["src/index.js"]',
      ].join('\n'),
      'package.json': '{ "name": "svc", "dependencies": { "express": "^5.0.0" } }\n',
      'src/index.js': 'require("express")().listen(3001);\n',
    });
    expect([model.startCommand, model.entry, model.framework]).toEqual([
      'node src/index.js',
      'src/index.js',
      'express',
    ]);
  });

  it('a start script that compiles first (`npx tsc && node dist/index`): the entry is the TypeScript source', async () => {
    const model = await detected({
      Dockerfile: [
        'FROM node:20-alpine',
        'WORKDIR /srv',
        'COPY . .',
        'CMD ["npm", "run", "start"]',
      ].join('\n'),
      'package.json': JSON.stringify({
        name: 'svc',
        scripts: { start: 'npx tsc && node dist/index' },
        dependencies: { express: '^4.21.0' },
      }),
      'tsconfig.json': '{ "compilerOptions": { "outDir": "dist" } }\n',
      'index.ts': "import express from 'express';\nexpress().listen(3000);\n",
    });
    expect([model.runFile, model.entry]).toEqual(['dist/index.js', 'index.ts']);
    expect(model.diagnostics.map((d) => d.ruleId)).not.toContain('D007');
  });

  it('bare `nodemon` in a package without `main` runs its index.js (nodemon’s findAppScript)', async () => {
    const model = await detected({
      Dockerfile: [
        'FROM node:alpine',
        'WORKDIR /app',
        'COPY . .',
        'CMD ["npm", "run", "dev"]',
      ].join('\n'),
      'package.json': JSON.stringify({
        scripts: { dev: 'nodemon', start: 'node index.js' },
        dependencies: { express: '^4.21.0', nodemon: '^3.0.0' },
      }),
      'index.js': 'require("express")().listen(5000);\n',
    });
    expect([model.startCommand, model.entry]).toEqual(['node index.js', 'index.js']);
  });

  it('sh -c "migrate && node …" in CMD: the note points at the CMD line', async () => {
    const model = await detected({
      Dockerfile: [
        'FROM node:22-alpine',
        'WORKDIR /app',
        'COPY . .',
        'RUN npm run build',
        'CMD sh -c "npx prisma migrate deploy && node dist/server.js"',
      ].join('\n'),
      'package.json': TS_PACKAGE,
      'tsconfig.json': TSCONFIG,
      'src/server.ts': 'export {};\n',
    });
    expect([model.entry, model.startCommand]).toEqual([
      'src/server.ts',
      'sh -c "npx prisma migrate deploy && node dist/server.js"',
    ]);
    expect(notes(model)).toEqual(['D060 Dockerfile:5']);
  });

  it('a script that starts nothing recognisable is D008 at the CMD, not a crash', async () => {
    const model = await detected({
      Dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY . .\nCMD ["bash", "run.sh"]\n',
      'run.sh': 'echo hello\nsleep infinity\n',
      'package.json': '{ "name": "x" }',
    });
    expect(model.entry).toBeNull();
    expect(model.diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'D008', file: 'Dockerfile', line: 4 }),
    );
  });
});

describe('process managers and dev runners', () => {
  it('pm2-runtime ecosystem.config.js → the first app’s script', async () => {
    const model = await detected({
      Dockerfile: [
        'FROM node:22-alpine',
        'WORKDIR /app',
        'COPY . .',
        'RUN npm install -g pm2 && npm run build',
        'CMD ["pm2-runtime", "start", "ecosystem.config.js", "--env", "production"]',
      ].join('\n'),
      'ecosystem.config.js': [
        'module.exports = {',
        '  apps: [',
        '    {',
        "      name: 'api',",
        "      script: './dist/server.js',",
        "      instances: 'max',",
        "      exec_mode: 'cluster',",
        '    },',
        "    { name: 'worker', script: './dist/worker.js' },",
        '  ],',
        '};',
      ].join('\n'),
      'package.json': TS_PACKAGE,
      'tsconfig.json': TSCONFIG,
      'src/server.ts': 'export {};\n',
      'src/worker.ts': 'export {};\n',
    });
    expect(model.startChain?.at(-1)).toEqual({
      command: 'node ./dist/server.js',
      source: 'ecosystem.config.js:5',
    });
    expect([model.entry, model.runFile]).toEqual(['src/server.ts', 'dist/server.js']);
  });

  it('pm2 with a YAML process file, and `pm2 start npm -- start`', async () => {
    const yaml = await detected({
      Dockerfile:
        'FROM node:22\nWORKDIR /app\nCOPY . .\nCMD ["pm2", "start", "process.yml", "--no-daemon"]\n',
      'process.yml': 'apps:\n  - name: web\n    script: app.js\n    args: --port 4000\n',
      'package.json': '{ "name": "x" }',
      'app.js': 'require("http").createServer().listen(4000);\n',
    });
    expect(yaml.startChain?.at(-1)).toEqual({
      command: 'node app.js --port 4000',
      source: 'process.yml:3',
    });
    expect(yaml.entry).toBe('app.js');
    const npm = await detected({
      Dockerfile:
        'FROM node:22\nWORKDIR /app\nCOPY . .\nCMD ["pm2-runtime", "start", "npm", "--", "start"]\n',
      'package.json': '{\n  "name": "x",\n  "scripts": { "start": "node main.js" }\n}\n',
      'main.js': 'export {};\n',
    });
    expect([npm.entry, npm.sources.entry]).toEqual(['main.js', 'package.json:3']);
  });

  it('tsx watch, ts-node and nodemon --exec map to the source entry', async () => {
    for (const script of [
      'tsx watch src/index.ts',
      'ts-node -P tsconfig.json src/index.ts',
      'nodemon --watch src --exec ts-node src/index.ts',
      'ts-node-dev --respawn --transpile-only src/index.ts',
    ]) {
      const model = await detected({
        'package.json': JSON.stringify({ name: 'x', scripts: { start: script } }),
        'src/index.ts': 'export {};\n',
      });
      expect(model.entry, script).toBe('src/index.ts');
    }
  });

  it('a dev stage and a dev command chosen by compose give way to the production stage (D062)', async () => {
    const model = await detected({
      Dockerfile: [
        'FROM node:22-alpine AS dev',
        'WORKDIR /app',
        'COPY . .',
        'CMD ["npm", "run", "dev"]',
        '',
        'FROM dev AS build',
        'RUN npm run build',
        '',
        'FROM node:22-alpine AS production',
        'WORKDIR /app',
        'COPY --from=build /app/dist ./dist',
        'CMD ["node", "dist/server.js"]',
      ].join('\n'),
      'compose.yaml': [
        'services:',
        '  api:',
        '    build: { context: ., target: dev }',
        '    command: npm run dev',
        '    ports: ["3000:3000"]',
      ].join('\n'),
      'package.json': JSON.stringify(
        { ...JSON.parse(TS_PACKAGE), scripts: { build: 'tsc', dev: 'nodemon src/server.ts' } },
        null,
        2,
      ),
      'tsconfig.json': TSCONFIG,
      'src/server.ts': 'export {};\n',
    });
    expect(model.startChain).toEqual([{ command: 'node dist/server.js', source: 'Dockerfile:12' }]);
    expect([model.entry, model.runFile, model.dockerfile?.finalStage]).toEqual([
      'src/server.ts',
      'dist/server.js',
      2,
    ]);
    expect(model.diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'D062', file: 'package.json', line: 5 }),
    );
  });
});

describe('a build that only an install hook runs', () => {
  it('"postinstall": "npm run tsc" with RUN npm install: the run file is built from its source, no D007', async () => {
    const model = await detected({
      Dockerfile: [
        'FROM node:alpine',
        'COPY . .',
        'RUN\tnpm install',
        'CMD node dist/server.js',
      ].join('\n'),
      'package.json': JSON.stringify({
        name: 'queue',
        scripts: { tsc: 'tsc', postinstall: 'npm run tsc', start: 'node dist/server.js' },
        dependencies: { express: '^4.18.1' },
        devDependencies: { typescript: '^4.7.2' },
      }),
      'tsconfig.json': '{ "compilerOptions": { "outDir": "dist" } }\n',
      'src/server.ts': 'import express from "express";\nexpress().listen(8080);\n',
    });
    expect([model.entry, model.runFile, model.packageJson?.build]).toEqual([
      'src/server.ts',
      'dist/server.js',
      { tool: 'tsc', outDir: 'dist', script: 'tsc' },
    ]);
    expect(model.diagnostics.map((d) => d.ruleId)).not.toContain('D007');
  });

  it('an install hook that compiles nothing is no build', () => {
    expect(buildScriptName({ prepare: 'husky install', postinstall: 'patch-package' })).toBeNull();
    expect(buildScriptName({ prepare: 'npm run compile', compile: 'tsup src' })).toBe('prepare');
    expect(buildScriptName({ build: 'node build.js', postinstall: 'tsc' })).toBe('build');
  });
});
