import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deploy } from '../../src/pipeline/index.js';
import { detect } from '../../src/detect/index.js';
import { planApp, writePlan } from '../../src/plan/index.js';
import { renderJobSummary } from '../../src/report/summary.js';
import type { DeployedScript } from '../support/cloudflare-api/routes/workers.js';
import { githubFor } from '../report/helpers.js';
import { quickHealth, useDeployWorld } from './helpers.js';

const t = useDeployWorld();

describe('deploy end to end', () => {
  it('detect → plan → provision → real wrangler deploy → output file → health check → GitHub', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'dtw-e2e-'));
    const app = await detect(resolve('test/fixtures/express'), {}, t.world.ctx);
    const plan = await planApp(app, { outDir }, t.world.ctx);
    await writePlan(plan, t.world.ctx);
    const [worker] = plan.workers;
    const { github } = githubFor(t.fake, { ref: 'refs/heads/main' });

    const results = await deploy(
      plan,
      { environment: 'production', health: quickHealth, github },
      t.world.ctx,
    );

    const [result] = results;
    expect(result?.status, JSON.stringify(result?.diagnostics, null, 2)).toBe('ready');
    const script = t.world.api.state.primary.scripts.get(worker!.name) as DeployedScript;
    expect(result?.versionId).toBe(script.deployments.at(-1)?.versions[0]?.version_id);
    expect(result?.deploymentUrl).toBe(`https://${worker!.name}.test-account.workers.dev`);
    expect(result?.health).toMatchObject({
      ok: true,
      status: 200,
      url: `https://${worker!.name}.test-account.workers.dev/health`,
    });
    expect(t.fake.deployments[0]?.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    const summary = renderJobSummary({
      environment: 'production',
      pullRequest: null,
      verdict: 'ready',
      results,
    });
    expect(summary).toContain(`${worker!.name}`);
  });
});
