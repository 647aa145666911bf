import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Provisioner } from '../../src/deploy/index.js';
import { deploy } from '../../src/pipeline/index.js';
import type { Plan } from '../../src/model/index.js';
import { writePlan } from '../../src/plan/index.js';
import { planRepository } from '../../src/plan/repository.js';
import type { DeployedScript } from '../support/cloudflare-api/routes/workers.js';
import { nowIso } from '../support/cloudflare-api/state.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { provisionedNothing, quickHealth, useDeployWorld } from './helpers.js';

const t = useDeployWorld();
const temps = useTempDirs('dtw-required-secrets-');

/** A Node server whose Dockerfile names a JWT_SECRET: plan makes it a required secret. */
async function plannedShop(): Promise<Plan> {
  const dir = await temps.repo({
    'package.json': JSON.stringify({ name: 'shop', scripts: { start: 'node server.js' } }),
    'server.js':
      "require('node:http').createServer((q, s) => s.end('ok')).listen(process.env.PORT || 3000);\n",
    Dockerfile: [
      'FROM node:24-alpine',
      'COPY . .',
      'ENV JWT_SECRET=change-me',
      'EXPOSE 3000',
      'CMD ["node", "server.js"]',
    ].join('\n'),
  });
  const ctx = testContext();
  const plan = await planRepository(dir, {}, {}, ctx);
  await writePlan(plan, ctx);
  return plan;
}

/** Deploys with the plan's own generated config, as if the secret had never been set (nothing provisioned). */
const generatedConfig: Provisioner = async (plan, environment) =>
  plan.workers.map((worker) =>
    provisionedNothing(worker.name, environment, join(plan.outDir, worker.files.wranglerConfig)),
  );

async function deployShop(plan: Plan) {
  const [result] = await deploy(
    plan,
    { environment: 'production', provisioner: generatedConfig, health: quickHealth, github: null },
    t.world.ctx,
  );
  return result!;
}

/** The finding a missing required secret must become: wrangler's words, our fix, no stack trace. */
function expectMissingSecretFinding(result: Awaited<ReturnType<typeof deployShop>>) {
  expect(result.status).toBe('failed');
  const error = result.diagnostics.find((d) => d.severity === 'error');
  expect(error?.message).toMatch(/wrangler could not deploy shop \(production\): .*JWT_SECRET/);
  expect(error?.message).toContain('required secrets have not been set');
  expect(error?.fix).toContain('--secret NAME');
  expect(`${error?.message}\n${error?.fix}`).not.toMatch(/\n\s+at /);
}

// Real wrangler against the loopback API: `secrets.required` makes wrangler itself refuse the deploy.
describe('secrets.required in the generated config', () => {
  it('is written by plan', async () => {
    const plan = await plannedShop();
    const text = await readFile(join(plan.outDir, plan.workers[0]!.files.wranglerConfig), 'utf8');
    expect(text).toMatch(/"secrets":\s*\{[^}]*"required":\s*\[\s*"JWT_SECRET"\s*\]/);
  });

  it('makes wrangler refuse the first deploy of a Worker without the secret', async () => {
    const plan = await plannedShop();
    const result = await deployShop(plan);
    expectMissingSecretFinding(result);
    expect(result.commandStderr).toContain('This Worker does not exist yet');
    expect(t.world.api.state.primary.scripts.has('shop')).toBe(false);
  });

  it('makes Cloudflare refuse a new version of a Worker whose secret is not set', async () => {
    const plan = await plannedShop();
    // An earlier deploy without secrets: the Worker exists, JWT_SECRET does not.
    const now = nowIso();
    t.world.api.state.primary.scripts.set('shop', {
      id: 'shop',
      bindings: [],
      created_on: now,
      modified_on: now,
    });
    const result = await deployShop(plan);
    expectMissingSecretFinding(result);
    // Cloudflare's 10057 for the `inherit` binding wrangler sent, which wrangler explains.
    expect(t.world.api.requests).toContainEqual(
      expect.objectContaining({ route: 'workers.scripts.versions.create', status: 400 }),
    );
    const script = t.world.api.state.primary.scripts.get('shop') as DeployedScript;
    expect(script.versions ?? []).toEqual([]);
  });
});
