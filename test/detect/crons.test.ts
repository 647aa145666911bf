// Scheduled jobs, compose x-cloudflare overrides and per-item sources.
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';

const { repo } = useTempDirs('dtw-detect-');

describe('crons and overrides', () => {
  it('finds crontab files, echoed crontab lines and node-cron calls, each with file:line', async () => {
    const dir = await repo({
      Dockerfile: [
        'FROM node:20-alpine',
        'WORKDIR /app',
        'COPY . .',
        'COPY crontab /etc/crontabs/root',
        'RUN echo "0 3 * * * node scripts/cleanup.js" >> /etc/crontabs/root',
        'CMD ["node", "server.js"]',
        '',
      ].join('\n'),
      crontab:
        '# m h dom mon dow command\n*/15 * * * * curl -fsS http://localhost:3000/tasks/refresh\n',
      'package.json':
        '{ "name": "jobs", "dependencies": { "express": "4.22.3", "node-cron": "3.0.3" } }\n',
      'server.js': "const cron = require('node-cron');\n\ncron.schedule('30 * * * *', () => {});\n",
    });
    const model = await detect(dir, {}, testContext());
    expect(model.crons).toEqual([
      {
        schedule: '*/15 * * * *',
        command: 'curl -fsS http://localhost:3000/tasks/refresh',
        source: 'crontab:2',
      },
      { schedule: '0 3 * * *', command: 'node scripts/cleanup.js', source: 'Dockerfile:5' },
      { schedule: '30 * * * *', command: 'scheduled callback in server.js', source: 'server.js:3' },
    ]);
    expect(model.sources.crons).toBe('crontab:2');
    expect(model.sources.workdir).toBe('Dockerfile:2');
  });

  it('passes the x-cloudflare block through untouched, with its line', async () => {
    const dir = await repo({
      'compose.yaml':
        'services:\n  web:\n    build: .\n    x-cloudflare:\n      name: shop\n      bindings: { cache: kv }\n',
      Dockerfile: 'FROM node:20-alpine\nCOPY . .\nCMD ["node", "server.js"]\n',
    });
    const model = await detect(dir, {}, testContext());
    expect(model.composeOverrides).toEqual({ name: 'shop', bindings: { cache: 'kv' } });
    expect(model.sources.composeOverrides).toBe('compose.yaml:4');
  });

  it('records a source for every item of list facts', async () => {
    const model = await detect(
      new URL('../fixtures/native-addon', import.meta.url).pathname,
      {},
      testContext(),
    );
    expect(model.sources).toMatchObject({
      'ports.3000': 'Dockerfile:7',
      'nativeAddons.bcrypt': 'package.json:10',
      'nativeAddons.sharp': 'package.json:12',
    });
  });
});
