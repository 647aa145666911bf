// An image started through an entrypoint script and pm2 becomes a Worker that imports the real server.
import { describe, expect, it } from 'vitest';
import { bootAndGet, planned } from './workers.js';

describe('entrypoint script → exec "$@" → pm2-runtime ecosystem file → server', () => {
  it('plans the server file, notes the start-up steps, bundles and boots', async () => {
    const plan = await planned('start-script');
    const { app } = plan;
    expect(app.startChain).toEqual([
      { command: './docker-entrypoint.sh pm2-runtime ecosystem.config.js', source: 'Dockerfile:8' },
      { command: 'pm2-runtime ecosystem.config.js', source: 'docker-entrypoint.sh:8' },
      { command: 'node ./server.js', source: 'ecosystem.config.js:5' },
    ]);
    expect([app.entry, app.sources.entry, app.framework]).toEqual([
      'server.js',
      'ecosystem.config.js:5',
      'node-http',
    ]);
    expect(app.diagnostics.map((d) => `${d.ruleId} ${d.file ?? ''}:${String(d.line)}`)).toEqual([
      'D061 docker-entrypoint.sh:5',
      'D060 docker-entrypoint.sh:6',
    ]);
    const [worker] = plan.workers;
    if (!worker) throw new Error('no worker');
    expect([worker.target, worker.port]).toEqual(['worker', 4000]);
    expect(worker.generated?.modules['entry.mjs']).toContain('start-script/server.js');
    expect(await bootAndGet(plan, worker, ['/health', '/'])).toEqual([200, 200]);
  });
});
