// Which compose services run the app's own code, and how proxies route to them.
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';

const { repo } = useTempDirs('dtw-roles-');

const NODE_APP = 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n';

describe('compose roles', () => {
  it('a proxy built FROM nginx (listed first) is routing, and the app is the service that runs code', async () => {
    const dir = await repo({
      'docker-compose.yml': [
        'services:',
        '  gateway:',
        '    build: ./gateway',
        '    ports: ["80:80"]',
        '  backend:',
        '    build: ./backend',
        '    scale: 3',
      ].join('\n'),
      'gateway/Dockerfile': 'FROM nginx:alpine\nCOPY conf/ /etc/nginx/conf.d/\n',
      'gateway/conf/default.conf': [
        'server {',
        '  location ~ ^/(api|auth)/ { proxy_pass http://backend:8080; }',
        '  location /docs { proxy_pass https://docs.example.com; }',
        '}',
      ].join('\n'),
      'backend/Dockerfile': NODE_APP,
      'backend/server.js': 'require("http").createServer().listen(8080);\n',
      'backend/package.json': '{ "name": "backend" }',
    });
    const model = await detect(dir, {}, testContext());
    expect(model.composeService).toBe('backend');
    expect(model.entry).toBe('backend/server.js');
    expect(model.builtServices).toEqual([
      expect.objectContaining({
        name: 'gateway',
        role: 'proxy',
        routes: [
          {
            path: '^/(api|auth)/',
            upstream: 'http://backend:8080',
            service: 'backend',
            source: 'gateway/conf/default.conf:2',
          },
          {
            path: '/docs',
            upstream: 'https://docs.example.com',
            service: null,
            source: 'gateway/conf/default.conf:3',
          },
        ],
      }),
    ]);
    expect(model.diagnostics.map((d) => [d.ruleId, d.file, d.line])).toEqual([
      ['D063', 'docker-compose.yml', 7],
    ]);
  });

  it('Caddy by image with a mounted Caddyfile: reverse_proxy matchers and handle blocks', async () => {
    const dir = await repo({
      'compose.yaml': [
        'services:',
        '  caddy:',
        '    image: caddy:2',
        '    volumes:',
        '      - ./Caddyfile:/etc/caddy/Caddyfile',
        '      - caddy_data:/data',
        '  api:',
        '    build: .',
        '  mail:',
        '    image: mailhog/mailhog',
        '  pgadmin:',
        '    image: dpage/pgadmin4:8',
        'volumes:',
        '  caddy_data:',
      ].join('\n'),
      Caddyfile: [
        'example.com {',
        '  # the API',
        '  reverse_proxy /api/* api:3000',
        '  handle /ws/* {',
        '    reverse_proxy api:3001 {',
        '      header_up Host {host}',
        '    }',
        '  }',
        '  handle {',
        '    file_server',
        '  }',
        '}',
      ].join('\n'),
      Dockerfile: NODE_APP,
      'server.js': '',
    });
    const model = await detect(dir, {}, testContext());
    expect(model.services.map((s) => [s.name, s.kind, s.routes ?? []])).toEqual([
      [
        'caddy',
        'nginx',
        [
          { path: '/api/*', upstream: 'api:3000', service: 'api', source: 'Caddyfile:3' },
          { path: '/ws/*', upstream: 'api:3001', service: 'api', source: 'Caddyfile:5' },
        ],
      ],
      ['mail', 'mail', []],
      ['pgadmin', 'admin', []],
    ]);
    expect(model.diagnostics.filter((d) => d.ruleId === 'D050')).toEqual([]);
  });

  it('a frontend built into nginx is static, with the build output as its site', async () => {
    const dir = await repo({
      'compose.yaml': 'services:\n  client:\n    build:\n      context: ./client\n',
      'client/Dockerfile': [
        'FROM node:22 AS builder',
        'WORKDIR /usr/src/app',
        'COPY . .',
        'RUN npm ci && npm run build',
        'FROM nginx:stable-alpine',
        'COPY --from=builder /usr/src/app/build /usr/share/nginx/html',
      ].join('\n'),
      'client/package.json': '{ "name": "client", "scripts": { "build": "react-scripts build" } }',
    });
    const model = await detect(dir, {}, testContext());
    expect([model.composeService, model.runtime]).toEqual(['client', 'static']);
    expect(model.staticSite).toEqual({
      directory: 'client/build',
      built: true,
      source: 'client/Dockerfile:6',
    });
  });

  it('a data bind mount stays state; a lowdb file is data, a tsconfig is source', async () => {
    const dir = await repo({
      'compose.yaml': [
        'services:',
        '  app:',
        '    build: .',
        '    volumes:',
        '      - ./data:/app/data',
        '      - ./db.json:/app/db.json',
        '      - ./tsconfig.json:/app/tsconfig.json',
        '      - .:/app',
        '      - ./lib:/app/lib',
      ].join('\n'),
      Dockerfile: NODE_APP,
      'server.js': '',
      'data/.gitkeep': '',
      'db.json': '{ "posts": [] }',
      'tsconfig.json': '{}',
      'lib/routes/index.ts': 'export {};',
    });
    const model = await detect(dir, {}, testContext());
    expect(model.volumes.map((v) => [v.source, v.devOnly ?? null])).toEqual([
      ['data', null],
      ['db.json', null],
      ['tsconfig.json', 'source'],
      ['.', 'source'],
      ['lib', 'source'],
    ]);
  });
});
