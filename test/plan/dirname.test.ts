// CommonJS's __dirname / __filename in an app wrangler bundles into an ES module: the plan defines them
// as paths in workerd's /bundle, so a path computed at module scope no longer crashes the start-up.
import { describe, expect, it } from 'vitest';
import { boot, dryRun, planned } from './workers.js';

describe('__dirname / __filename', () => {
  it('are defined under /bundle: the Worker boots and / answers 200 with the computed paths', async () => {
    const plan = await planned('dirname-paths');
    const [worker] = plan.workers;
    if (!worker) throw new Error('no worker');
    expect(worker.remedies.map((r) => r.pitfallId)).toEqual(['dirname-at-load']);
    expect(worker.generated?.config.define).toEqual({
      __dirname: '"/bundle"',
      __filename: '"/bundle/entry.js"',
    });
    const bundle = await dryRun(plan, worker);
    const booted = await boot(worker, bundle);
    try {
      const { status, body } = await booted.fetch('/');
      expect(status, body).toBe(200);
      expect(JSON.parse(body)).toEqual({ views: '/views', server: '/bundle/entry.js' });
    } finally {
      await booted.dispose();
    }
  });

  it('without the remedy (--no-remedies) the define is reported as a change, not applied', async () => {
    const plan = await planned('dirname-paths', true);
    const [worker] = plan.workers;
    if (!worker) throw new Error('no worker');
    expect(worker.generated?.config.define).toBeUndefined();
    expect(plan.diagnostics.filter((d) => d.ruleId === 'P052').map((d) => d.fix)).toEqual(
      expect.arrayContaining([expect.stringContaining('"define": {"__dirname":"\\"/bundle\\""')]),
    );
  });
});
