// NODE_ENV set by the app's environment (Dockerfile ENV, compose environment) must be what the code
// reads on the Worker too: wrangler replaces `process.env.NODE_ENV` with "production" when it bundles.
import { describe, expect, it } from 'vitest';
import { nodeEnvDefine } from '../../src/plan/env.js';
import { boot, dryRun, planned } from './workers.js';

describe('NODE_ENV from the environment', () => {
  it('is defined for the bundle as vars set it: the Worker picks the configuration the image picks', async () => {
    const plan = await planned('node-env-var');
    const [worker] = plan.workers;
    if (!worker) throw new Error('no worker');
    expect(worker.vars.NODE_ENV).toBe('development');
    expect(worker.generated?.config.define).toMatchObject({
      'process.env.NODE_ENV': '"development"',
    });
    const booted = await boot(worker, await dryRun(plan, worker));
    try {
      const { status, body } = await booted.fetch('/');
      expect(status, body).toBe(200);
      expect(JSON.parse(body)).toEqual({ env: 'development', settings: { pool: 1 } });
    } finally {
      await booted.dispose();
    }
  });

  it('is left to wrangler when it is production, or a Dockerfile expression detect did not evaluate', () => {
    expect(nodeEnvDefine({ NODE_ENV: 'production' })).toEqual({});
    expect(nodeEnvDefine({ NODE_ENV: '${NODE_ENV:-production}' })).toEqual({});
    expect(nodeEnvDefine({ PORT: '3000' })).toEqual({});
    expect(nodeEnvDefine({ NODE_ENV: 'staging' })['process.env.NODE_ENV']).toBe('"staging"');
  });
});
