// Hand-built AppModels for the fixtures, as detect describes them: plan's unit tests stay independent of detect.
import type { AppModel, PackageFacts } from '../../src/model/index.js';
import { appModel, dockerfile } from './support.js';

function pkg(
  name: string,
  dependencies: Record<string, string> = {},
  fields: Partial<PackageFacts> = {},
): PackageFacts {
  return {
    dir: '.',
    name,
    scripts: {},
    dependencies,
    devDependencies: {},
    esm: false,
    workspaces: [],
    build: null,
    ...fields,
  };
}

export const models = {
  express: (): AppModel =>
    appModel('express', {
      framework: 'express',
      packageJson: pkg('express-todos', { express: '4.22.3' }),
      healthcheck: '/health',
      env: [{ name: 'NODE_ENV', value: 'production', secretLike: false, source: 'Dockerfile:3' }],
      dockerfile: dockerfile({
        runCommands: [{ command: 'npm ci --omit=dev', line: 5 }],
        user: 'node',
        copies: [{ sources: ['server.js'], destination: './', from: null, line: 6 }],
      }),
      sources: { ports: 'Dockerfile:7', healthcheck: 'Dockerfile:8' },
    }),
  koa: (): AppModel =>
    appModel('koa', {
      framework: 'koa',
      entry: 'src/app.js',
      runFile: 'src/app.js',
      ports: [4000],
      healthcheck: '/healthz',
      packageJson: pkg('koa-shop', { koa: '2.16.4', '@koa/router': '13.1.1' }),
      env: [{ name: 'PORT', value: '4000', secretLike: false, source: 'Dockerfile:6' }],
    }),
  hono: (): AppModel =>
    appModel('hono', {
      framework: 'hono',
      entry: 'src/server.ts',
      runFile: 'src/server.ts',
      ports: [8787],
      packageJson: pkg('hono-links', { hono: '4.13.19' }, { esm: true }),
    }),
  compose: (): AppModel =>
    appModel('compose-postgres-redis', {
      framework: 'express',
      entry: 'src/index.js',
      runFile: 'src/index.js',
      healthcheck: '/health',
      packageJson: pkg('notes', { express: '4.22.3', pg: '8.23.1', ioredis: '5.11.1' }),
      dbClients: ['pg', 'ioredis'],
      composeFiles: ['compose.yaml', 'docker-compose.override.yml'],
      composeService: 'web',
      services: [
        { name: 'db', kind: 'postgres', image: 'postgres:16-alpine', source: 'compose.yaml:28' },
        { name: 'cache', kind: 'redis', image: 'redis:7-alpine', source: 'compose.yaml:38' },
      ],
      volumes: [
        { source: 'uploads', target: '/app/uploads', type: 'named', source_ref: 'compose.yaml:20' },
      ],
      env: [
        {
          name: 'DATABASE_URL',
          value: 'postgres://app:devpass@db:5432/notes',
          secretLike: true,
          source: 'compose.yaml:11',
        },
        {
          name: 'REDIS_URL',
          value: 'redis://cache:6379/0',
          secretLike: false,
          source: 'compose.yaml:12',
        },
        {
          name: 'SESSION_SECRET',
          value: 'dev-session-secret-change-me',
          secretLike: true,
          source: 'compose.yaml:13',
        },
        {
          name: 'LOG_LEVEL',
          value: 'debug',
          secretLike: false,
          source: 'docker-compose.override.yml:5',
        },
        { name: 'MAILER_API_KEY', value: 'mk_test_123', secretLike: true, source: 'web.env:2' },
        { name: 'MAILER_FROM', value: 'notes@example.com', secretLike: false, source: 'web.env:3' },
      ],
    }),
  sqlite: (): AppModel =>
    appModel('sqlite-d1', {
      framework: 'express',
      entry: 'src/server.js',
      runFile: 'src/server.js',
      packageJson: pkg('guestbook', { express: '4.22.3', 'better-sqlite3': '11.7.0' }),
      nativeAddons: ['better-sqlite3'],
      dbClients: ['better-sqlite3'],
      volumes: [{ source: null, target: '/data', type: 'anonymous', source_ref: 'Dockerfile:9' }],
      env: [
        { name: 'DB_PATH', value: '/data/guestbook.db', secretLike: false, source: 'Dockerfile:8' },
      ],
    }),
  cron: (): AppModel =>
    appModel('cron', {
      framework: 'hono',
      ports: [8080],
      packageJson: pkg('digest', { hono: '4.13.19' }, { esm: true }),
      crons: [
        {
          schedule: '0 7 * * *',
          command: 'curl -fsS -X POST http://localhost:8080/tasks/digest',
          source: 'crontab:2',
        },
      ],
    }),
  staticSite: (): AppModel =>
    appModel('static-site', {
      runtime: 'static',
      framework: 'unknown',
      entry: null,
      runFile: null,
      startCommand: null,
      ports: [80],
      packageJson: null,
      packageManager: null,
      staticSite: { directory: 'public', built: false, source: 'Dockerfile:2' },
      dockerfile: dockerfile({
        baseImage: 'nginx:1.27-alpine',
        stages: [{ name: null, index: 0, image: 'nginx:1.27-alpine', line: 1 }],
        workdir: null,
        cmd: null,
        copies: [
          { sources: ['public'], destination: '/usr/share/nginx/html', from: null, line: 2 },
        ],
      }),
    }),
  composeMulti: (): AppModel =>
    appModel('compose-multi', {
      entry: 'web/server.js',
      runFile: 'web/server.js',
      ports: [8080],
      packageJson: pkg('shop-web', {}, { dir: 'web', esm: true }),
      composeFiles: ['compose.yaml'],
      composeService: 'web',
      services: [
        { name: 'db', kind: 'postgres', image: 'postgres:16-alpine', source: 'compose.yaml:18' },
      ],
      builtServices: [
        {
          name: 'api',
          context: 'api',
          dockerfile: 'api/Dockerfile',
          ports: [3000],
          hostnames: ['api'],
          source: 'compose.yaml:12',
        },
      ],
      env: [
        { name: 'API_URL', value: 'http://api:3000', secretLike: false, source: 'compose.yaml:9' },
        { name: 'SITE_TITLE', value: 'Shop', secretLike: false, source: 'compose.yaml:10' },
      ],
    }),
  composeMultiApi: (): AppModel =>
    appModel('compose-multi', {
      entry: 'api/server.js',
      runFile: 'api/server.js',
      packageJson: pkg('shop-api', { pg: '8.23.1' }, { dir: 'api', esm: true }),
      composeFiles: ['compose.yaml'],
      composeService: 'api',
      services: [
        { name: 'db', kind: 'postgres', image: 'postgres:16-alpine', source: 'compose.yaml:18' },
      ],
      builtServices: [
        {
          name: 'web',
          context: 'web',
          dockerfile: 'web/Dockerfile',
          ports: [8080],
          hostnames: ['web'],
          source: 'compose.yaml:4',
        },
      ],
      env: [
        {
          name: 'DATABASE_URL',
          value: 'postgres://shop:@db:5432/shop',
          secretLike: true,
          source: 'compose.yaml:15',
        },
      ],
    }),
  existing: (): AppModel =>
    appModel('existing-wrangler', {
      packageJson: pkg('status-page'),
      wranglerConfig: 'wrangler.jsonc',
    }),
  badOverrides: (): AppModel => appModel('bad-overrides', { packageJson: pkg('pinger') }),
  python: (): AppModel =>
    appModel('python-fastapi', {
      runtime: 'python',
      framework: 'fastapi',
      entry: 'app/main.py',
      runFile: 'app/main.py',
      startCommand: 'uvicorn app.main:app --host 0.0.0.0 --port 8000',
      ports: [8000],
      packageJson: null,
      dockerfile: dockerfile({
        path: 'Dockerfile',
        baseImage: 'python:3.12-slim',
        stages: [{ name: null, index: 0, image: 'python:3.12-slim', line: 1 }],
      }),
      sources: { runtime: 'Dockerfile:1' },
    }),
  go: (): AppModel =>
    appModel('go-service', {
      runtime: 'go',
      framework: 'unknown',
      entry: 'main.go',
      runFile: null,
      ports: [8080],
      packageJson: null,
      dockerfile: dockerfile({
        baseImage: 'gcr.io/distroless/static-debian12',
        stages: [
          { name: 'build', index: 0, image: 'golang:1.23-alpine', line: 1 },
          { name: null, index: 1, image: 'gcr.io/distroless/static-debian12', line: 8 },
        ],
        finalStage: 1,
      }),
      sources: { runtime: 'Dockerfile:1' },
    }),
  native: (): AppModel =>
    appModel('native-addon', {
      framework: 'express',
      entry: 'index.js',
      packageJson: pkg('avatar-service', { bcrypt: '5.1.1', express: '4.22.3', sharp: '0.33.5' }),
      nativeAddons: ['bcrypt', 'sharp'],
      sources: { nativeAddons: 'package.json:10' },
    }),
  next: (): AppModel =>
    appModel('next-standalone', {
      framework: 'next',
      entry: 'server.js',
      packageJson: pkg('next-app', { next: '15.1.0' }),
    }),
};
