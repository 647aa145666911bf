import { describe, expect, it } from 'vitest';
import { deploy } from '../../src/pipeline/index.js';
import { handPlan, handProvisioner, quickHealth, useDeployWorld, workerPlan } from './helpers.js';

/**
 * #14: wrangler calls that fail with a 5xx are retried with backoff like our own API calls, and what is
 * left of a lasting one is Cloudflare's, never blamed on the token (real `wrangler deploy`, loopback API).
 */
const t = useDeployWorld();
const options = {
  environment: 'production' as const,
  provisioner: handProvisioner,
  health: quickHealth,
  github: null,
};
const uploads = () =>
  t.world.api.requests.filter((r) => r.route === 'workers.scripts.upload').length;

describe('wrangler deploy against a Cloudflare that fails on its side', () => {
  it('runs wrangler again when its own attempts all met a 503, and deploys', async () => {
    // wrangler 4.164 tries an upload three times itself; the fourth request is our second run of it.
    t.world.api.faults.add({
      route: 'workers.scripts.upload',
      calls: [1, 2, 3],
      fault: { type: 'server-error', status: 503 },
    });
    const [result] = await deploy(await handPlan([workerPlan('shop')]), options, t.world.ctx);
    expect(result?.status, JSON.stringify(result?.diagnostics)).toBe('ready');
    expect(uploads()).toBe(4);
    expect(t.world.ctx.logs.join('\n')).toMatch(
      /wrangler deploy.*: Cloudflare failed on its side; retrying/,
    );
  });

  it('reports a lasting 5xx as Cloudflare’s, not the token’s', async () => {
    t.world.api.faults.add({
      route: 'workers.scripts.upload',
      calls: 'every',
      fault: { type: 'server-error', status: 502 },
    });
    const [result] = await deploy(await handPlan([workerPlan('shop')]), options, t.world.ctx);
    expect(result?.status).toBe('failed');
    const error = result?.diagnostics.find((d) => d.severity === 'error');
    expect(error?.fix).toMatch(/Cloudflare failed on its side/);
    expect(error?.fix).not.toMatch(/token was refused|permission/);
    // Three runs of wrangler, each trying three times.
    expect(uploads()).toBe(9);
  });
});
