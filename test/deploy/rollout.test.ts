import { readFile, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  parseRolloutSteps,
  type GradualRollout,
  type Provisioner,
} from '../../src/deploy/index.js';
import { deploy, type DeployOptions } from '../../src/pipeline/index.js';
import type { Plan } from '../../src/model/index.js';
import { deployCommand } from '../../src/cli/deploy.js';
import { liveTraffic } from '../support/analytics.js';
import type { DeployedScript } from '../support/cloudflare-api/routes/workers.js';
import { githubFor } from '../report/helpers.js';
import {
  deployWorld,
  durableObject,
  handPlan,
  handProvisioner,
  quickHealth,
  useDeployWorld,
  workerPlan,
  type DeployWorld,
} from './helpers.js';

const t = useDeployWorld();

/** A clock the rollout's waits advance, so no test waits for real. */
function steppedClock() {
  let now = Date.parse('2026-11-25T12:00:00Z');
  const waits: number[] = [];
  return {
    now: () => new Date(now),
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
    waits,
  };
}

const healthy = { errorRate: 0.001, cpuP99Ms: 3 };

/** As plan writes it: Workers Logs on, which `versions deploy` syncs as a non-versioned setting. */
const observedProvisioner: Provisioner = async (...args) => {
  const results = await handProvisioner(...args);
  for (const { configPath } of results) {
    const config = JSON.parse(await readFile(configPath, 'utf8')) as Record<string, unknown>;
    await writeFile(configPath, JSON.stringify({ ...config, observability: { enabled: true } }));
  }
  return results;
};

async function firstDeploy(plan: Plan, world: DeployWorld = t.world): Promise<string> {
  const [first] = await deploy(plan, baseOptions(), world.ctx);
  expect(first?.status, JSON.stringify(first?.diagnostics)).toBe('ready');
  return first!.versionId!;
}

function baseOptions(extra: Partial<DeployOptions> = {}): DeployOptions {
  return {
    environment: 'production',
    provisioner: handProvisioner,
    health: quickHealth,
    github: null,
    ...extra,
  };
}

function withRollout(
  clock: ReturnType<typeof steppedClock>,
  extra: Partial<GradualRollout> = {},
  world: DeployWorld = t.world,
) {
  world.ctx.now = clock.now;
  return baseOptions({
    rollout: {
      steps: [10, 50, 100],
      waitSeconds: 300,
      sleep: clock.sleep,
      clientOptions: { retryBaseMs: 1, maxRetryWaitMs: 5 },
      ...extra,
    },
  });
}

const cancelling = (world: DeployWorld) =>
  withRollout(
    steppedClock(),
    { sleep: () => Promise.reject(new Error('The operation was canceled.')) },
    world,
  );

/**
 * What real wrangler left at the loopback API, made once per file and copied into each test's fresh world
 * (the tests only roll out from it): `shop` after its first deploy, and `shop` split 10/90 by a rollout
 * that was cancelled during its first wait.
 */
const made = {} as { deployed: DeployedScript; old: string; split: DeployedScript };

beforeAll(async () => {
  const world = await deployWorld();
  try {
    const plan = await handPlan([workerPlan('shop')]);
    made.old = await firstDeploy(plan, world);
    made.deployed = structuredClone(world.api.state.primary.scripts.get('shop') as DeployedScript);
    world.api.state.analytics.live = liveTraffic({ total: 2000, newest: healthy, older: healthy });
    await expect(deploy(plan, cancelling(world), world.ctx)).rejects.toThrow('canceled');
    made.split = structuredClone(world.api.state.primary.scripts.get('shop') as DeployedScript);
  } finally {
    await world.close();
  }
});

/** `shop` as `made` has it, in this test's world; returns the version serving 100 %. */
function restore(which: 'deployed' | 'split'): string {
  t.world.api.state.primary.scripts.set('shop', structuredClone(made[which]));
  return made.old;
}

function script(name: string): DeployedScript {
  return t.world.api.state.primary.scripts.get(name) as DeployedScript;
}

const splits = (name: string) =>
  script(name).deployments.map((d) =>
    d.versions.map((v) => `${v.version_id}@${v.percentage}`).join(' '),
  );

describe('gradual rollout', () => {
  it('reads --rollout steps, rejecting ones that do not climb to 100', () => {
    expect(parseRolloutSteps('10, 50%,100', '--rollout')).toEqual([10, 50, 100]);
    expect(() => parseRolloutSteps('10,50', '--rollout')).toThrow(
      "--rollout is '10,50'; expected ascending percentages ending at 100.",
    );
    expect(() => parseRolloutSteps('50,10,100', '--rollout')).toThrow('ascending');
  });

  it('refuses --rollout for a preview', async () => {
    await expect(
      deployCommand.run(['--env', 'preview', '--pr', '7', '--rollout', '10,100'], t.world.ctx),
    ).rejects.toThrow('--rollout is for production deploys.');
  });

  it('promotes a healthy version step by step to 100 %, recording each step on the GitHub deployment', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const old = restore('deployed');
    t.world.api.state.analytics.live = liveTraffic({
      total: 2000,
      newest: healthy,
      older: healthy,
    });
    const clock = steppedClock();
    const { github } = githubFor(t.fake, { ref: 'refs/heads/main' });

    const [result] = await deploy(
      plan,
      { ...withRollout(clock), github, provisioner: observedProvisioner },
      t.world.ctx,
    );

    const id = result!.versionId!;
    expect(result?.status, JSON.stringify(result?.diagnostics)).toBe('ready');
    expect(result?.rollout).toMatchObject({
      decision: 'promoted',
      finalPercentage: 100,
      newVersionId: id,
      oldVersionId: old,
    });
    expect(result?.rollout?.steps.map((s) => [s.percentage, s.outcome, s.judgedBy])).toEqual([
      [10, 'promoted', 'analytics'],
      [50, 'promoted', 'analytics'],
      [100, 'promoted', 'nothing (last step)'],
    ]);
    expect(result?.rollout?.steps[0]?.newStats?.requests).toBe(200);
    expect(result?.rollout?.steps[0]?.oldStats?.requests).toBe(1800);
    expect(splits('shop').slice(1)).toEqual([
      `${id}@10 ${old}@90`,
      `${id}@50 ${old}@50`,
      `${id}@100`,
    ]);
    expect(clock.waits).toEqual([300_000, 300_000]);
    expect(t.world.api.callCounts().graphql).toBe(2);
    expect(t.world.api.callCounts()['workers.scripts.script-settings.edit']).toBe(3);
    expect(result?.diagnostics.find((d) => d.ruleId === 'R050')?.message).toContain(
      `promoted ${id} to 100 % in 3 steps (10, 50, 100 %), replacing ${old}`,
    );
    const statuses = t.fake.deployments.at(-1)?.statuses ?? [];
    expect(statuses.map((s) => s.description)).toEqual([
      'shop → shop',
      'shop: 10 % promoted (analytics)',
      'shop: 50 % promoted (analytics)',
      'shop: 100 % promoted (nothing (last step))',
      'shop is live',
    ]);
  });

  it('rolls an erroring version back to the old one at 100 %, naming both versions and the metric', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const old = restore('deployed');
    t.world.api.state.analytics.live = liveTraffic({
      total: 2000,
      newest: { errorRate: 0.2, cpuP99Ms: 3 },
      older: healthy,
    });
    const [result] = await deploy(plan, withRollout(steppedClock()), t.world.ctx);
    const id = result!.versionId!;
    expect(result?.status).toBe('failed');
    expect(result?.rolledBack).toBe(true);
    expect(result?.rollout).toMatchObject({ decision: 'rolled-back', finalPercentage: 0 });
    expect(splits('shop').slice(1)).toEqual([`${id}@10 ${old}@90`, `${old}@100`]);
    const message = result?.diagnostics.find((d) => d.ruleId === 'R051')?.message ?? '';
    expect(message).toContain(`rolled back from ${id} to ${old} at 10 % because of the error rate`);
    expect(message).toContain('error rate 20.00 % is over the limit 1.00 %');
  });

  it('rolls back a CPU p99 regression over the plan’s CPU limit', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const old = restore('deployed');
    t.world.api.state.analytics.live = liveTraffic({
      total: 2000,
      newest: { errorRate: 0, cpuP99Ms: 14 },
      older: { errorRate: 0, cpuP99Ms: 4 },
    });
    const [result] = await deploy(plan, withRollout(steppedClock()), t.world.ctx);
    expect(result?.rollout?.decision).toBe('rolled-back');
    expect(splits('shop').at(-1)).toBe(`${old}@100`);
    const message = result?.diagnostics.find((d) => d.ruleId === 'R051')?.message ?? '';
    expect(message).toContain('because of the CPU p99');
    expect(message).toContain('CPU p99 14 ms is over the limit 10 ms');
    expect(message).toContain('old: 1800 requests, error rate 0.00 %, CPU p99 4 ms');
  });

  it('falls back to the health check with too little traffic, and says so', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    restore('deployed');
    t.world.api.state.analytics.live = liveTraffic({ total: 30, newest: healthy, older: healthy });
    const [result] = await deploy(
      plan,
      withRollout(steppedClock(), { steps: [10, 100] }),
      t.world.ctx,
    );
    expect(result?.rollout?.decision, JSON.stringify(result?.diagnostics)).toBe('promoted');
    expect(result?.rollout?.steps[0]?.judgedBy).toBe('health check');
    const warning = result?.diagnostics.find((d) => d.ruleId === 'R052')?.message ?? '';
    expect(warning).toContain(
      'too little traffic to judge: 3 requests to the new version, at least 100 needed',
    );
    expect(warning).toContain('so the health check decided');
    expect(warning).toContain('answered HTTP 200');
  });

  it('finishes a rollout a cancelled run left split, then rolls out its own version', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const old = restore('split');
    t.world.api.state.analytics.live = liveTraffic({
      total: 2000,
      newest: healthy,
      older: healthy,
    });
    // The split the cancelled rollout in beforeAll left.
    const interrupted = script('shop').versions.at(-1)!.id;
    expect(splits('shop').at(-1)).toBe(`${interrupted}@10 ${old}@90`);

    const [result] = await deploy(plan, withRollout(steppedClock()), t.world.ctx);
    expect(result?.rollout?.resumed).toContain(
      `found traffic split between ${interrupted} (10 %) and ${old} (90 %), left by an interrupted rollout; finished it: ${interrupted} now serves 100 %`,
    );
    expect(result?.diagnostics.some((d) => d.ruleId === 'R054')).toBe(true);
    expect(result?.previousVersionId).toBe(interrupted);
    expect(result?.rollout?.decision).toBe('promoted');
    expect(splits('shop').at(-1)).toBe(`${result?.versionId}@100`);
  });

  it('reverts an interrupted split whose new version errors', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const old = restore('split');
    // The split version turns bad; the next run's own version is healthy again afterwards.
    t.world.api.state.analytics.live = liveTraffic({
      total: 2000,
      newest: { errorRate: 0.3 },
      older: healthy,
    });
    const interrupted = script('shop').versions.at(-1)!.id;
    const [result] = await deploy(plan, withRollout(steppedClock(), { steps: [100] }), t.world.ctx);
    expect(result?.rollout?.resumed).toContain(`reverted it: ${old} now serves 100 %`);
    expect(result?.previousVersionId).toBe(old);
    expect(splits('shop')).toContain(`${old}@100`);
    expect(splits('shop').at(-1)).toBe(`${result?.versionId}@100`);
    expect(result?.versionId).not.toBe(interrupted);
  });

  it('deploys a Worker with Durable Objects at once after the health check, and says why', async () => {
    const plan = await handPlan([workerPlan('rooms', { bindings: [durableObject] })]);
    await firstDeploy(plan);
    const [result] = await deploy(plan, withRollout(steppedClock()), t.world.ctx);
    expect(result?.status, JSON.stringify(result?.diagnostics)).toBe('ready');
    expect(result?.rollout).toMatchObject({ decision: 'deployed-at-once', finalPercentage: 100 });
    expect(result?.health?.ok).toBe(true);
    expect(result?.diagnostics.find((d) => d.ruleId === 'R053')?.message).toContain(
      'cannot be rolled out by percentage because it binds the Durable Object ROOMS',
    );
    expect(t.world.api.callCounts().graphql).toBeUndefined();
  });

  it('never leaves traffic split when the analytics cannot be read', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const old = restore('deployed');
    t.world.api.state.analytics.errors = ['not authorized for that account'];
    const [result] = await deploy(plan, withRollout(steppedClock()), t.world.ctx);
    expect(result?.status).toBe('failed');
    expect(result?.rollout).toMatchObject({ decision: 'rolled-back', finalPercentage: 0 });
    expect(result?.rollout?.reason).toContain('could not be judged');
    expect(splits('shop').at(-1)).toBe(`${old}@100`);
    expect(result?.diagnostics.find((d) => d.ruleId === 'R010')?.message).toContain(
      'not authorized for that account',
    );
  });
});
