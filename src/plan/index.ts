import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import {
  APP_MODEL_VERSION,
  DEFAULT_TIER,
  PLAN_VERSION,
  type AppModel,
  type Diagnostic,
  type Plan,
  type WorkerPlan,
} from '../model/index.js';
import { staticSiteOf } from './assets.js';
import { conflicts, existingDiagnostics, readExisting, rebaseExisting } from './existing.js';
import { workerName } from './naming.js';
import { loadOverrides, serviceOverrides } from './overrides.js';
import { planDiagnostic } from './rules.js';
import { topologyOf, topologyReport } from './topology.js';
import { planWorker, type PlanOptions, type PlanRuntime } from './worker.js';
import { supportedCompatibilityDate } from '../toolchain/workerd.js';
import { resolveWrangler } from '../toolchain/wrangler.js';

export type { PlanOptions, PlanRuntime } from './worker.js';
export { writePlan, type WriteOptions } from './write.js';
export { PITFALLS, findPitfalls, type Pitfall, type PitfallHit } from './pitfalls.js';
export { OVERRIDES_FILE, OVERRIDES_SCHEMA } from './overrides.js';

export const DEFAULT_OUT_DIR = '.docker-to-workers';

function named(raw: string, parts: (string | null)[], diagnostics: Diagnostic[]): string {
  const name = workerName(...parts);
  const wanted = parts.filter(Boolean).join('-');
  if (name !== wanted) {
    diagnostics.push(
      planDiagnostic('P010', {
        message: `Worker name \`${wanted}\` became \`${name}\` (${raw})`,
        fix: 'Set `name` in docker-to-workers.yml to choose it.',
      }),
    );
  }
  return name;
}

function takeDiagnostics(worker: WorkerPlan & { diagnostics?: Diagnostic[] }): {
  worker: WorkerPlan;
  diagnostics: Diagnostic[];
} {
  const { diagnostics = [], ...rest } = worker;
  return { worker: rest, diagnostics };
}

/** Applies the repository's own wrangler config: compared always, used as the base with --use-existing. */
async function applyExisting(
  app: AppModel,
  plan: Plan,
  worker: WorkerPlan,
  useExisting: boolean | undefined,
  ci: boolean,
): Promise<void> {
  const existing = await readExisting(app.root, app.wranglerConfig);
  if (!existing) return;
  const found = await conflicts(app.root, existing, worker, app.runtime === 'node');
  if (useExisting === false) return;
  plan.diagnostics.push(...existingDiagnostics(existing, found, useExisting === true, ci));
  if (!useExisting || !worker.generated || existing.path.endsWith('.toml')) return;
  const workerDir = join(plan.outDir, worker.name);
  worker.baseConfig = existing.path;
  worker.generated = {
    config: rebaseExisting(existing, app.root, workerDir),
    comments: {},
    modules: {},
    vendor: [],
  };
  worker.main = `${worker.name}/${String(worker.generated.config.main ?? '')}`;
  worker.files.shim = worker.main;
  worker.codeChanges.push(
    ...worker.remedies.map((r) => ({
      file: existing.path,
      line: null,
      change: `not applied to your config: ${r.description}`,
      why: 'plan merges nothing into an existing config',
    })),
  );
  worker.remedies = [];
  if (found.length > 0) {
    worker.verdict = 'unsupported';
    worker.verdictReason = `${existing.path} conflicts with the app: ${found.join('; ')}`;
  }
}

/** The wrangler this run uses (the action's `wrangler-version`) and the newest date its workerd supports. */
async function localRuntime(ctx: Context): Promise<PlanRuntime> {
  const wrangler = await resolveWrangler(ctx);
  return {
    wranglerVersion: wrangler.version,
    newestDate: await supportedCompatibilityDate(wrangler),
  };
}

/** Decides how the detected app runs on Cloudflare and what to generate (no files are written here). */
export async function planApp(app: AppModel, options: PlanOptions, ctx: Context): Promise<Plan> {
  if (app.version !== APP_MODEL_VERSION) {
    throw new UserError(
      `This app model has version ${String(app.version)}; plan reads version ${APP_MODEL_VERSION}.`,
      { fix: 'Run detect and plan from the same release.' },
    );
  }
  const overrides = await loadOverrides(app);
  const outDir = resolve(app.root, options.outDir ?? DEFAULT_OUT_DIR);
  const diagnostics: Diagnostic[] = [];
  const topology = topologyOf(app);
  const others = topology.workers;
  const project =
    overrides.name ??
    (others.length > 0 ? basename(app.root) : (app.packageJson?.name ?? basename(app.root)));
  const mainName =
    others.length > 0 && !overrides.name
      ? named('project + compose service', [project, app.composeService], diagnostics)
      : named(overrides.name ? 'name override' : 'package/directory name', [project], diagnostics);
  const serviceWorkers = others.map((service) => {
    const own = serviceOverrides(overrides, service.name);
    return {
      service,
      overrides: own,
      worker:
        own.name ??
        named('project + compose service', [basename(app.root), service.name], diagnostics),
    };
  });
  const runtime = options.runtime ?? (await localRuntime(ctx));
  const common = { options, runtime, ci: ctx.ci, outDir };

  const plan: Plan = {
    version: PLAN_VERSION,
    root: app.root,
    outDir,
    tier: options.tier ?? DEFAULT_TIER,
    workers: [],
    app,
    diagnostics,
  };
  const site =
    topology.frontend && options.detectService
      ? staticSiteOf(await options.detectService(topology.frontend))
      : null;
  const main = takeDiagnostics(
    await planWorker({
      ...common,
      app,
      name: mainName,
      service: app.composeService,
      overrides,
      others: serviceWorkers,
      site,
      appPaths: topology.appPaths,
    }),
  );
  const routing = topologyReport(
    app,
    mainName,
    new Map(serviceWorkers.map((s) => [s.service.name, s.worker])),
    site ? topology.frontend : null,
  );
  main.worker.report.push(...routing.rows);
  main.worker.imageFallback?.report.push(...routing.rows);
  plan.workers.push(main.worker);
  diagnostics.push(...main.diagnostics, ...routing.diagnostics);
  await applyExisting(
    app,
    plan,
    main.worker,
    options.useExisting ?? overrides.use_existing,
    ctx.ci,
  );

  for (const { service, overrides: own, worker } of serviceWorkers) {
    if (!options.detectService) {
      diagnostics.push(
        planDiagnostic('P047', {
          message: `compose service \`${service.name}\` is built from source but was not planned here`,
          fix: `Run \`docker-to-workers plan --service ${service.name}\` for it.`,
          source: service.source,
        }),
      );
      continue;
    }
    const serviceApp = await options.detectService(service);
    const planned = takeDiagnostics(
      await planWorker({
        ...common,
        app: serviceApp,
        name: worker,
        service: service.name,
        overrides: own,
        others: serviceWorkers.filter((s) => s.service !== service),
      }),
    );
    plan.workers.push(planned.worker);
    diagnostics.push(...planned.diagnostics);
  }
  for (const d of diagnostics)
    (d.severity === 'error'
      ? ctx.log.error
      : d.severity === 'warning'
        ? ctx.log.warn
        : ctx.log.debug)(`${d.ruleId} ${d.message}`);
  return plan;
}

/** The fields later stages read straight away; a saved plan without them is not one of ours. */
const PLAN_SHAPE: [keyof Plan, 'string' | 'object' | 'array'][] = [
  ['root', 'string'],
  ['outDir', 'string'],
  ['workers', 'array'],
  ['app', 'object'],
  ['diagnostics', 'array'],
];

function hasType(value: unknown, type: 'string' | 'object' | 'array'): boolean {
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && value !== null;
  return typeof value === type;
}

/** Reads `plan.json` from an output directory, so later stages can run from a saved plan. */
export async function loadPlan(outDir: string): Promise<Plan> {
  const path = join(resolve(outDir), 'plan.json');
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) {
    throw new UserError(`No saved plan at ${path}.`, {
      fix: 'Run `docker-to-workers plan DIR` first (or pass the --out directory it used).',
    });
  }
  const rerun = { file: path, fix: 'Re-run `docker-to-workers plan` with this release.' };
  let plan: Partial<Plan> | null;
  try {
    plan = JSON.parse(text) as Partial<Plan> | null;
  } catch (error) {
    throw new UserError('is not valid JSON (truncated or edited?).', { ...rerun, cause: error });
  }
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) {
    throw new UserError('is not a saved plan (not a JSON object).', rerun);
  }
  if (plan.version !== PLAN_VERSION) {
    throw new UserError(
      `has plan version ${String(plan.version)}; this release reads version ${PLAN_VERSION}.`,
      rerun,
    );
  }
  const missing = PLAN_SHAPE.filter(([key, type]) => !hasType(plan[key], type)).map(([k]) => k);
  if (missing.length > 0) {
    throw new UserError(
      `is incomplete: ${missing.join(', ')} missing or of the wrong type.`,
      rerun,
    );
  }
  return plan as Plan;
}
