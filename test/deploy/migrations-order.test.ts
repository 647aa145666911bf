// D1 migrations run in provision (src/provision/migrations.ts): before any upload, so the new version
// never takes traffic against an unmigrated database, and a failed migration deploys nothing.
import { describe, expect, it } from 'vitest';
import type { Provisioner } from '../../src/deploy/index.js';
import { UserError } from '../../src/errors.js';
import { deploy } from '../../src/pipeline/index.js';
import { handPlan, handProvisioner, quickHealth, useDeployWorld, workerPlan } from './helpers.js';

const t = useDeployWorld();

/** Requests that put code or traffic on a Worker. */
const UPLOADS = /^workers\.scripts\.(upload|versions\.create|deployments\.create)$/;
const uploads = () => t.world.api.requests.filter((r) => UPLOADS.test(r.route ?? '')).length;

describe('provisioning (D1 migrations included) comes before the new version takes traffic', () => {
  it('finishes before the first upload', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    let uploadsWhileProvisioning = -1;
    const provisioner: Provisioner = async (...args) => {
      const results = await handProvisioner(...args);
      uploadsWhileProvisioning = uploads();
      return results;
    };
    const [result] = await deploy(
      plan,
      { environment: 'production', provisioner, health: quickHealth, github: null },
      t.world.ctx,
    );
    expect(result?.status).toBe('ready');
    expect(uploadsWhileProvisioning).toBe(0);
    expect(uploads()).toBeGreaterThan(0);
  });

  it('a failed migration uploads nothing and says why', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const provisioner: Provisioner = () =>
      Promise.reject(new UserError('D1 migration 0002_orders.sql failed: near "TABLEE"'));
    await expect(
      deploy(plan, { environment: 'production', provisioner, github: null }, t.world.ctx),
    ).rejects.toThrow('0002_orders.sql failed');
    expect(uploads()).toBe(0);
  });
});
