import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planApp } from '../../src/plan/index.js';
import { COMPOSE_POSTGRES, nodeAppModel } from '../support/app-model.js';
import { testContext } from '../support/context.js';
import { dockerfile, tempOut } from './support.js';

async function fastifyPlan(noRemedies: boolean, postgres = false) {
  const root = await tempOut();
  await writeFile(
    join(root, 'server.js'),
    "import Fastify from 'fastify';\nFastify().listen({ port: 3000 });\n",
  );
  const app = nodeAppModel(root, 'server.js', {
    framework: 'fastify',
    packageJson: { dependencies: { fastify: '^5.0.0' } },
    ...(postgres ? { ...COMPOSE_POSTGRES, dockerfile: dockerfile() } : {}),
  });
  return planApp(app, { outDir: await tempOut(), noRemedies }, testContext());
}

describe('target decision', () => {
  it('a Fastify app gets the worker target, its start-up timers held by the entry (a remedy MIGRATION.md names)', async () => {
    const plan = await fastifyPlan(false);
    const [worker] = plan.workers;
    expect(worker!.target).toBe('worker');
    expect(worker!.remedies).toContainEqual({
      pitfallId: 'fastify-timers',
      description: expect.stringContaining('holds the timers set while the Worker starts'),
    });
    expect(worker!.generated?.modules['prelude.mjs']).toContain('export function startHeldTimers');
  });

  it('with --no-remedies the entry holds nothing and the change is reported: pluginTimeout 0', async () => {
    const plan = await fastifyPlan(true);
    const [worker] = plan.workers;
    expect(worker!.generated?.modules['prelude.mjs']).not.toContain('startHeldTimers');
    expect(worker!.generated?.modules['entry.mjs']).not.toContain('startHeldTimers');
    expect(plan.diagnostics).toContainEqual(
      expect.objectContaining({
        ruleId: 'P052',
        fix: expect.stringContaining('pluginTimeout: 0'),
      }),
    );
  });

  it('with Hyperdrive (the entry imports the app on the first request) the image runs it: Fastify cannot load there', async () => {
    const plan = await fastifyPlan(false, true);
    const [worker] = plan.workers;
    expect(worker!.target).toBe('container');
    expect(worker!.targetReason).toMatch(/imports the app on the first request.*EvalError/);
    expect(worker!.remedies).toEqual([]);
    expect(plan.diagnostics.filter((d) => d.ruleId === 'P001').map((d) => d.message)).toEqual([
      expect.stringMatching(/^target container: with Hyperdrive/),
    ]);
  });
});
