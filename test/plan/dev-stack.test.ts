// Services that do not run the app's own code never become Workers: a frontend whose image runs its
// toolchain's dev server becomes the app Worker's assets, a mail catcher built from a Dockerfile and
// a browser test runner image are dropped with a note.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { FIXTURES } from './support.js';
import { planned } from './workers.js';

const { repo } = useTempDirs('dtw-dev-stack-');

describe('compose services that are not the app', () => {
  it('detect: the dev-server frontend is static, maildev and playwright images are tools', async () => {
    const model = await detect(join(FIXTURES, 'compose-dev-stack'), {}, testContext());
    expect(model.composeService).toBe('backend');
    expect(model.builtServices.map((s) => [s.name, s.role, s.tool ?? null])).toEqual([
      ['frontend', 'static', null],
      ['maildev', 'tool', { name: 'maildev', kind: 'mail' }],
      ['e2e', 'tool', { name: 'playwright', kind: 'test' }],
    ]);
  });

  it("plan: one Worker, serving the frontend's build as SPA assets; the tools are notes", async () => {
    const plan = await planned('compose-dev-stack');
    expect(plan.workers.map((w) => [w.service, w.target])).toEqual([['backend', 'worker']]);
    expect(plan.workers[0]?.assets).toMatchObject({
      directory: expect.stringMatching(/frontend\/build$/),
      notFoundHandling: 'single-page-application',
    });
    const notes = plan.diagnostics.filter((d) => d.ruleId === 'P049').map((d) => d.message);
    expect(notes).toEqual([
      '`maildev` is a mail catcher for development; it is not deployed',
      '`e2e` is a browser test runner for development; it is not deployed',
    ]);
  });

  it('copies behind a proxy are one Worker, which still gets the Redis it names (`host: "redis"`) as KV', async () => {
    const root = await repo({
      'compose.yaml': [
        'services:',
        '  redis:',
        "    image: 'redislabs/redismod'",
        '  web1:',
        '    build: ./web',
        '  web2:',
        '    build: ./web',
        '  nginx:',
        '    build: ./nginx',
        '',
      ].join('\n'),
      'web/Dockerfile':
        'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nEXPOSE 5000\nCMD ["node", "server.js"]\n',
      'web/package.json':
        '{ "name": "web", "main": "server.js", "dependencies": { "redis": "3.1.2" } }\n',
      'web/server.js': [
        "const http = require('node:http');",
        "const redis = require('redis');",
        "const client = redis.createClient({ host: 'redis', port: 6379 });",
        "http.createServer((req, res) => client.get('n', (e, n) => res.end(String(n)))).listen(5000);",
        '',
      ].join('\n'),
      'nginx/Dockerfile':
        'FROM nginx:1.27-alpine\nCOPY nginx.conf /etc/nginx/conf.d/default.conf\n',
      'nginx/nginx.conf':
        'upstream loadbalancer {\n  server web1:5000;\n  server web2:5000;\n}\nserver {\n  listen 80;\n  location / {\n    proxy_pass http://loadbalancer;\n  }\n}\n',
    });
    const plan = await planned(root);
    expect(plan.workers.map((w) => w.service)).toEqual(['web1']);
    expect(plan.workers[0]?.bindings.map((b) => `${b.type} ${b.binding}`)).toEqual(['kv CACHE']);
    expect(plan.workers[0]?.codeChanges).toEqual([
      expect.objectContaining({ file: 'web/server.js', line: 2 }),
    ]);
  });
});
