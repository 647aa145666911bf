import { describe, expect, it } from 'vitest';
import { deploy } from '../../src/pipeline/index.js';
import type { DeployedScript } from '../support/cloudflare-api/routes/workers.js';
import { githubFor } from '../report/helpers.js';
import { handPlan, handProvisioner, quickHealth, workerPlan, useDeployWorld } from './helpers.js';

const t = useDeployWorld();

const pushEvent = { ref: 'refs/heads/main' };
const productionOptions = {
  environment: 'production' as const,
  provisioner: handProvisioner,
  health: quickHealth,
  github: null,
};

function liveVersion(name: string): string | undefined {
  const script = t.world.api.state.primary.scripts.get(name) as DeployedScript | undefined;
  return script?.deployments.at(-1)?.versions[0]?.version_id;
}

describe('production deploy', () => {
  it('deploys with wrangler, reads the output file, checks health and records a GitHub deployment', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const { github } = githubFor(t.fake, pushEvent);
    const [result] = await deploy(
      plan,
      { environment: 'production', provisioner: handProvisioner, health: quickHealth, github },
      t.world.ctx,
    );
    expect(result?.status, JSON.stringify(result?.diagnostics)).toBe('ready');
    expect(result?.versionId).toBe(liveVersion('shop'));
    expect(result?.deploymentUrl).toBe('https://shop.test-account.workers.dev');
    expect(result?.health).toMatchObject({ ok: true, status: 200, attempts: 1 });
    expect(t.world.workersDev.hosts).toEqual(['shop.test-account.workers.dev']);
    expect(result?.migration.startupMs).toBe(7);
    expect(result?.migration.gzipBytes).toBeGreaterThan(0);
    expect(result?.commandOutput).toContain('Uploaded shop');
    expect(t.world.ctx.logs.some((l) => l.includes('Uploaded shop'))).toBe(true);
    // The token never reaches the log or the output.
    const token = t.world.api.tokens.default.value;
    expect(t.world.ctx.logs.join('\n')).not.toContain(token);
    expect(JSON.stringify(result)).not.toContain(token);

    const [deployment] = t.fake.deployments;
    expect(deployment).toMatchObject({
      environment: 'production',
      production_environment: true,
      transient_environment: false,
    });
    expect(deployment?.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(deployment?.statuses[1]?.environment_url).toBe('https://shop.test-account.workers.dev');
  });

  it('rolls back to the previous version when the health check fails, naming both versions, and ends the GitHub Deployment as failure', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const options = { ...productionOptions, github: githubFor(t.fake, pushEvent).github };
    const [first] = await deploy(plan, options, t.world.ctx);
    t.world.workersDev.status = 500;
    const [second] = await deploy(plan, options, t.world.ctx);

    expect(second?.status).toBe('failed');
    expect(second?.rolledBack).toBe(true);
    expect(second?.previousVersionId).toBe(first?.versionId);
    expect(second?.versionId).not.toBe(first?.versionId);
    expect(liveVersion('shop')).toBe(first?.versionId);
    const failure = second?.diagnostics.find((d) => d.ruleId === 'R021');
    expect(failure?.message).toContain(`${second?.versionId}`);
    expect(failure?.message).toContain(`${first?.versionId}`);
    expect(failure?.message).toContain('HTTP 500 after 2 attempts');
    // Production's earlier success stays the active one: it serves traffic again.
    expect(t.fake.deployments.map((d) => d.statuses.map((s) => s.state))).toEqual([
      ['in_progress', 'success'],
      ['in_progress', 'failure'],
    ]);
    expect(t.fake.deployments[1]?.statuses.at(-1)?.description).toMatch(/health check .* failed/);
  });

  it('leaves the new version live with --no-rollback and says so', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    await deploy(plan, productionOptions, t.world.ctx);
    t.world.workersDev.status = 503;
    const [second] = await deploy(plan, { ...productionOptions, rollback: false }, t.world.ctx);
    expect(second?.rolledBack).toBe(false);
    expect(liveVersion('shop')).toBe(second?.versionId);
    expect(second?.diagnostics.find((d) => d.ruleId === 'R022')?.message).toContain(
      '--no-rollback',
    );
  });

  it('skips the health check with --no-health-check', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    t.world.workersDev.status = 500;
    const [result] = await deploy(
      plan,
      { environment: 'production', provisioner: handProvisioner, healthCheck: false, github: null },
      t.world.ctx,
    );
    expect(result?.status).toBe('ready');
    expect(result?.health).toBeNull();
    expect(t.world.workersDev.hosts).toEqual([]);
  });

  it('turns a wrangler failure into one clear message with wrangler’s text and a hint', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const weak = t.world.api.tokens.without('Workers Scripts');
    const ctx = { ...t.world.ctx, env: { ...t.world.ctx.env, CLOUDFLARE_API_TOKEN: weak.value } };
    const [result] = await deploy(
      plan,
      {
        environment: 'production',
        provisioner: handProvisioner,
        health: quickHealth,
        github: null,
      },
      ctx,
    );
    expect(result?.status).toBe('failed');
    const error = result?.diagnostics.find((d) => d.ruleId === 'R010');
    expect(error?.message).toMatch(
      /wrangler could not deploy shop \(production\): .*Cloudflare API/,
    );
    expect(error?.fix).toContain('Workers Scripts › Edit');
    expect(result?.commandStderr).toContain('Authentication error');
  });
});
