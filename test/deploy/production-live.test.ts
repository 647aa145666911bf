import { describe, expect, it } from 'vitest';
import { deploy } from '../../src/pipeline/index.js';
import { COMMENT_MARKER, parseCommentEntries } from '../../src/report/comment.js';
import { hourlyRows } from '../support/analytics.js';
import { githubFor } from '../report/helpers.js';
import {
  handPlan,
  handProvisioner,
  legacyWrangler,
  quickHealth,
  useDeployWorld,
  workerPlan,
} from './helpers.js';

const t = useDeployWorld();

describe('a preview beside production’s analytics', () => {
  it('puts production’s last hour (requests, error rate, CPU p50/p99) next to the preview in the comment', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const [production] = await deploy(
      plan,
      {
        environment: 'production',
        provisioner: handProvisioner,
        health: quickHealth,
        github: null,
      },
      t.world.ctx,
    );
    t.world.api.state.analytics.rows.push(
      ...hourlyRows('shop', production!.versionId!, t.world.ctx.now(), 1, {
        requests: 2400,
        errorRate: 0.0025,
        cpuP50Ms: 1.4,
        cpuP99Ms: 7.5,
      }),
    );
    const { github } = githubFor(t.fake);
    // An alias preview: `wrangler preview` (Worker Previews) reports no start-up time to put beside them.
    const [preview] = await deploy(
      plan,
      {
        environment: 'preview',
        provisioner: handProvisioner,
        health: quickHealth,
        github,
        wrangler: await legacyWrangler(t.world.ctx),
      },
      t.world.ctx,
    );

    expect(preview?.migration.productionLive).toMatchObject({
      version: production?.versionId,
      requests: 2400,
      errors: 6,
      cpuP50Ms: 1.4,
      cpuP99Ms: 7.5,
      since: '2026-11-25T11:00:00.000Z',
    });
    const body =
      (t.fake.comments.get(7) ?? []).find((c) => c.body.includes(COMMENT_MARKER))?.body ?? '';
    expect(body).toContain('**Production, last hour**');
    expect(body).toContain(
      '| Worker | Preview start-up | Requests | Error rate | CPU p50 / p99 | Wall p50 / p99 |',
    );
    expect(body).toContain('| shop | 7 ms | 2400 | 0.25 % | 1.4 ms / 7.5 ms | 5 ms / 40 ms |');
    expect(parseCommentEntries(body)[0]?.health?.productionLive?.requests).toBe(2400);
  });

  it('leaves the figures out, with a warning, when the analytics cannot be read', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    t.world.api.state.analytics.errors = ['not authorized for that account'];
    const { github } = githubFor(t.fake);
    const [preview] = await deploy(
      plan,
      { environment: 'preview', provisioner: handProvisioner, health: quickHealth, github },
      t.world.ctx,
    );
    expect(preview?.status).not.toBe('failed');
    expect(preview?.migration.productionLive).toBeNull();
    expect(t.world.ctx.logs.join('\n')).toContain(
      'Production analytics for the comment are not available',
    );
  });
});
