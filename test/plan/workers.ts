// Shared by the plan tests that bundle with real wrangler and boot in real workerd.
import { readdir } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { expect } from 'vitest';
import { detect } from '../../src/detect/index.js';
import type { Plan, WorkerPlan } from '../../src/model/index.js';
import { planApp, writePlan } from '../../src/plan/index.js';
import { bootWorker, type BootOptions } from '../../src/toolchain/workerd.js';
import { resolveWrangler, runWrangler, type Wrangler } from '../../src/toolchain/wrangler.js';
import { localBindings } from '../../src/validate/smoke.js';
import { testContext } from '../support/context.js';
import { FIXTURES, tempOut } from './support.js';

let resolved: Promise<Wrangler> | null = null;
/** The pinned wrangler, resolved once per test file. */
export function wrangler(): Promise<Wrangler> {
  resolved ??= resolveWrangler(testContext());
  return resolved;
}

/** detect → planApp → writePlan for a fixture (a name under test/fixtures, or a directory), into a temporary output directory. */
export async function planned(fixture: string, noRemedies = false): Promise<Plan> {
  const ctx = testContext();
  const root = isAbsolute(fixture) ? fixture : join(FIXTURES, fixture);
  const plan = await planApp(
    await detect(root, {}, ctx),
    {
      outDir: await tempOut(),
      noRemedies,
      detectService: (s) => detect(root, { service: s.name }, ctx),
    },
    ctx,
  );
  await writePlan(plan, ctx);
  return plan;
}

/** `wrangler deploy --dry-run` of a planned Worker; fails the test on a non-zero exit. */
export async function dryRun(plan: Plan, worker: WorkerPlan): Promise<string> {
  const dir = join(plan.outDir, worker.name);
  const run = await runWrangler(
    testContext(),
    await wrangler(),
    ['deploy', '--dry-run', '--outdir', 'bundle'],
    { config: join(dir, 'wrangler.jsonc'), cwd: dir },
  );
  expect(run.exitCode, run.stderr).toBe(0);
  return join(dir, 'bundle');
}

export async function boot(
  worker: WorkerPlan,
  bundle: string,
  onRuntimeOutput?: (chunk: string) => void,
) {
  const main = (await readdir(bundle)).find((f) => f.endsWith('.js'));
  return bootWorker(await wrangler(), {
    scriptPath: join(bundle, main ?? 'entry.js'),
    compatibilityDate: worker.compatibilityDate,
    compatibilityFlags: worker.compatibilityFlags,
    bindings: worker.vars,
    ...(onRuntimeOutput ? { onRuntimeOutput } : {}),
  });
}

/** The boot options for a planned Worker's bundle, with its bindings simulated locally. */
export async function bootOptions(worker: WorkerPlan, bundle: string, localDb?: string) {
  const main = (await readdir(bundle)).find((f) => f.endsWith('.js'));
  return {
    scriptPath: join(bundle, main ?? 'entry.js'),
    compatibilityDate: worker.compatibilityDate,
    compatibilityFlags: worker.compatibilityFlags,
    ...localBindings(worker, localDb),
  } satisfies BootOptions;
}

export async function bootAndGet(
  plan: Plan,
  worker: WorkerPlan,
  paths: string[],
): Promise<number[]> {
  const booted = await boot(worker, await dryRun(plan, worker));
  try {
    const statuses: number[] = [];
    for (const path of paths) statuses.push((await booted.fetch(path)).status);
    return statuses;
  } finally {
    await booted.dispose();
  }
}
