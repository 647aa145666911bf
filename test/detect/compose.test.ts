// Compose: discovery, Docker's merge order, interpolation from .env, extends, profiles, service choice.
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

const { repo } = useTempDirs('dtw-detect-');

const DOCKERFILE = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n';

describe('compose', () => {
  it('merges the override, interpolates .env and env_file, and keeps secret values out of the model', async () => {
    const ctx = testContext();
    const model = await detect(fixture('compose-postgres-redis'), {}, ctx);
    expect(model.env.map((e) => [e.name, e.value, e.secretLike, e.source])).toEqual([
      ['MAILER_API_KEY', null, true, 'web.env:2'],
      ['MAILER_FROM', 'notes@example.com', false, 'web.env:3'],
      ['DATABASE_URL', 'postgres://app:***@db:5432/notes', true, 'compose.yaml:11'],
      ['REDIS_URL', 'redis://cache:6379/0', false, 'compose.yaml:12'],
      ['SESSION_SECRET', null, true, 'compose.yaml:13'],
      ['LOG_LEVEL', 'debug', false, 'docker-compose.override.yml:5'],
      ['PRICE_LABEL', 'costs $5', false, 'compose.yaml:15'],
    ]);
    // The values stay out of the model; they are not masked (they are public in the repository, and a
    // default such as `postgres` would vanish from every log line).
    const json = JSON.stringify(model);
    for (const secret of ['devpass', 'dev-session-secret-change-me', 'mk_test_123']) {
      expect(json).not.toContain(secret);
    }
  });

  it('drops services of inactive profiles with D026, and COMPOSE_PROFILES activates them', async () => {
    const model = await detect(fixture('compose-postgres-redis'), {}, testContext());
    expect(model.services.map((s) => s.name)).toEqual(['db', 'cache']);
    expect(model.diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'D026', file: 'compose.yaml', line: 43 }),
    );
    const dir = await repo({
      'compose.yaml':
        'services:\n  web:\n    build: .\n  adminer:\n    image: adminer:4\n    profiles: [debug]\n',
      '.env': 'COMPOSE_PROFILES=debug\n',
      Dockerfile: DOCKERFILE,
    });
    const active = await detect(dir, {}, testContext());
    expect(active.services).toEqual([
      { name: 'adminer', kind: 'admin', image: 'adminer:4', source: 'compose.yaml:4' },
    ]);
    expect(active.diagnostics).not.toContainEqual(expect.objectContaining({ ruleId: 'D050' }));
  });

  it('recognises backing services by image, whatever the registry and tag', async () => {
    const images = {
      pg: 'docker.io/library/postgres:16',
      vector: 'pgvector/pgvector:pg16',
      maria: 'mariadb:11',
      oracle: 'mysql/mysql-server:8.0.32',
      community: 'container-registry.oracle.com/mysql/community-server:8.4',
      valkey: 'valkey/valkey:8',
      redismod: 'redislabs/redismod',
      mongo: 'mongo:7',
      mq: 'rabbitmq:3-management',
      nats: 'nats:2',
      kafka: 'bitnami/kafka:3.7',
      memcached: 'memcached:1.6',
      s3: 'minio/minio:latest',
      search: 'docker.elastic.co/elasticsearch/elasticsearch:8.15.0',
      proxy: 'nginx:1.27-alpine',
      other: 'ghcr.io/acme/thing:1',
    };
    const services = Object.entries(images)
      .map(([name, image]) => `  ${name}:\n    image: ${image}\n`)
      .join('');
    const dir = await repo({
      'compose.yaml': `services:\n  web:\n    build: .\n${services}`,
      Dockerfile: DOCKERFILE,
    });
    const model = await detect(dir, {}, testContext());
    expect(Object.fromEntries(model.services.map((s) => [s.name, s.kind]))).toEqual({
      pg: 'postgres',
      vector: 'postgres',
      maria: 'mysql',
      oracle: 'mysql',
      community: 'mysql',
      valkey: 'redis',
      redismod: 'redis',
      mongo: 'mongo',
      mq: 'rabbitmq',
      nats: 'nats',
      kafka: 'kafka',
      memcached: 'memcached',
      s3: 's3',
      search: 'elasticsearch',
      proxy: 'nginx',
      other: 'unknown',
    });
  });

  it('a service built FROM a database or cache image is that backing service, not a second app', async () => {
    const dir = await repo({
      'compose.yaml': [
        'services:',
        '  web:',
        '    build: ./web',
        '  cache:',
        '    build: ./cache',
        '  db:',
        '    build:',
        '      context: ./db',
        '      dockerfile: db.Dockerfile',
      ].join('\n'),
      'web/Dockerfile': DOCKERFILE,
      'web/server.js': 'require("http").createServer((q, s) => s.end("ok")).listen(3000);\n',
      'cache/Dockerfile': 'FROM redis:7\n',
      'db/db.Dockerfile': 'FROM postgres:16-alpine\nCOPY init.sql /docker-entrypoint-initdb.d/\n',
    });
    const model = await detect(dir, {}, testContext());
    expect(model.composeService).toBe('web');
    expect(model.services.map((s) => [s.name, s.kind, s.image, s.source])).toEqual([
      ['cache', 'redis', 'redis:7', 'compose.yaml:4'],
      ['db', 'postgres', 'postgres:16-alpine', 'compose.yaml:6'],
    ]);
    expect(model.builtServices).toEqual([]);
    expect(model.diagnostics.map((d) => d.ruleId)).not.toContain('D022');
  });

  it('resolves extends, bind and anonymous volumes, long-syntax ports and the compose command', async () => {
    const dir = await repo({
      'compose.yaml': [
        'x-base: &base',
        '  environment:',
        '    TZ: UTC',
        'services:',
        '  base:',
        '    image: node:20',
        '    environment:',
        '      SHARED: "yes"',
        '  web:',
        '    extends: base',
        '    build: .',
        '    command: ["node", "server.js", "--port", "4000"]',
        '    ports:',
        '      - target: 4000',
        '        published: 80',
        '    volumes:',
        '      - ./data:/srv/data',
        '      - /tmp/cache',
        '',
      ].join('\n'),
      Dockerfile: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "other.js"]\n',
      'server.js': 'require("node:http").createServer().listen(4000);\n',
    });
    const model = await detect(dir, {}, testContext());
    expect(model.composeService).toBe('web');
    expect(model.env).toContainEqual(expect.objectContaining({ name: 'SHARED', value: 'yes' }));
    expect(model.ports).toEqual([4000]);
    expect(model.volumes).toEqual([
      { source: 'data', target: '/srv/data', type: 'bind', source_ref: 'compose.yaml:17' },
      { source: null, target: '/tmp/cache', type: 'anonymous', source_ref: 'compose.yaml:18' },
    ]);
    expect(model.entry).toBe('server.js');
    expect(model.startChain?.[0]).toEqual({
      command: 'node server.js --port 4000',
      source: 'compose.yaml:12',
    });
  });

  it('several built services: a warning naming the candidates, an error in CI, --service chooses', async () => {
    const files = {
      'compose.yaml':
        'services:\n  api:\n    build: .\n    ports: ["3000:3000"]\n  worker:\n    build: .\n    command: node server.js --jobs\n    networks:\n      default:\n        aliases: [jobs]\n',
      Dockerfile: DOCKERFILE,
    };
    const dir = await repo(files);
    const local = await detect(dir, {}, testContext());
    expect(local.composeService).toBe('api');
    expect(local.diagnostics).toContainEqual(
      expect.objectContaining({
        ruleId: 'D022',
        severity: 'warning',
        message: expect.stringContaining('api, worker'),
      }),
    );
    expect(local.builtServices).toEqual([
      {
        name: 'worker',
        context: '.',
        dockerfile: 'Dockerfile',
        ports: [],
        hostnames: ['worker', 'jobs'],
        source: 'compose.yaml:5',
        role: 'app',
      },
    ]);
    const ci = await detect(dir, {}, testContext({ ci: true }));
    expect(ci.diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'D022', severity: 'error' }),
    );
    const chosen = await detect(dir, { service: 'worker' }, testContext({ ci: true }));
    expect(chosen.composeService).toBe('worker');
    expect(chosen.diagnostics.filter((d) => d.ruleId === 'D022')).toEqual([]);
    const missing = await detect(dir, { service: 'web' }, testContext());
    expect(missing.diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'D023', message: expect.stringContaining('api, worker') }),
    );
  });

  it('an unset variable is D024 at its line; --compose takes an explicit list', async () => {
    const dir = await repo({
      'stack.yml': 'services:\n  web:\n    build: .\n    environment:\n      REGION: ${REGION}\n',
      'stack.prod.yml': 'services:\n  web:\n    environment:\n      REGION: eu\n',
      Dockerfile: DOCKERFILE,
    });
    const model = await detect(dir, { compose: 'stack.yml,stack.prod.yml' }, testContext());
    expect(model.composeFiles).toEqual(['stack.yml', 'stack.prod.yml']);
    expect(model.env).toContainEqual({
      name: 'REGION',
      value: 'eu',
      secretLike: false,
      source: 'stack.prod.yml:4',
    });
    expect(model.diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'D024', file: 'stack.yml', line: 5 }),
    );
    const absent = await detect(dir, { compose: 'nope.yml' }, testContext());
    expect(absent.diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'D021', file: 'nope.yml' }),
    );
  });
});
