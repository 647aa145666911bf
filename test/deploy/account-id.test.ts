// wrangler's errors quote `/accounts/<id>/…`: the account id never reaches GitHub or the result.
import { describe, expect, it } from 'vitest';
import { deploy } from '../../src/pipeline/index.js';
import { githubFor } from '../report/helpers.js';
import { handPlan, handProvisioner, quickHealth, useDeployWorld, workerPlan } from './helpers.js';

const t = useDeployWorld();

describe('the Cloudflare account id', () => {
  it('is in no message, comment or deployment status when wrangler fails quoting it', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const weak = t.world.api.tokens.without('Workers Scripts');
    const ctx = { ...t.world.ctx, env: { ...t.world.ctx.env, CLOUDFLARE_API_TOKEN: weak.value } };
    const { github } = githubFor(t.fake);
    const [result] = await deploy(
      plan,
      { environment: 'preview', provisioner: handProvisioner, health: quickHealth, github },
      ctx,
    );
    const id = t.world.api.state.accountId;
    expect(result?.status).toBe('failed');
    // wrangler itself quotes it: the case is real.
    expect(result?.commandStderr).toContain(id);
    const error = result?.diagnostics.find((d) => d.ruleId === 'R010');
    expect(error?.message).toContain('/accounts/<account-id>/');
    const published = [
      JSON.stringify(result?.diagnostics),
      ...[...t.fake.comments.values()].flat().map((c) => c.body),
      ...t.fake.deployments.flatMap((d) => d.statuses.map((s) => s.description ?? '')),
    ];
    for (const text of published) expect(text).not.toContain(id);
    expect(t.fake.deployments.at(-1)?.statuses.at(-1)?.state).toBe('failure');
  });
});
