import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Context } from '../context.js';
import type { DetectOptions } from '../detect/index.js';
import type { Plan, WorkersPlanTier } from '../model/index.js';
import { DEFAULT_OUT_DIR, loadPlan, writePlan } from '../plan/index.js';
import { planRepository } from '../plan/repository.js';

/** detect → plan → write the plan into the output directory: what `check` and `dev` start from. */
export async function preparePlan(
  dir: string,
  detectOptions: DetectOptions,
  options: { noRemedies?: boolean; out?: string; tier?: WorkersPlanTier },
  ctx: Context,
): Promise<Plan> {
  const plan = await planRepository(
    dir,
    detectOptions,
    { noRemedies: options.noRemedies, outDir: options.out, tier: options.tier },
    ctx,
  );
  await writePlan(plan, ctx);
  return plan;
}

/** The saved plan in the output directory (deploy can run from it), or a fresh, written one. */
export async function planFor(
  dir: string,
  detectOptions: DetectOptions,
  out: string | undefined,
  ctx: Context,
): Promise<Plan> {
  const outDir = resolve(out ?? join(dir, DEFAULT_OUT_DIR));
  const saved = await access(join(outDir, 'plan.json')).then(
    () => true,
    () => false,
  );
  if (saved) return loadPlan(outDir);
  ctx.log.info(`No saved plan in ${outDir}: running detect and plan.`);
  return preparePlan(dir, detectOptions, { out }, ctx);
}
