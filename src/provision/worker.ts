import { dirname, resolve } from 'node:path';
import type { Context } from '../context.js';
import type {
  OwnedResource,
  Plan,
  ProvisionResult,
  ProvisionState,
  WorkerPlan,
  WranglerConfig,
} from '../model/index.js';
import type { BuildEnv } from '../plan/build-env.js';
import type { Wrangler } from '../toolchain/wrangler.js';
import {
  envConfigPath,
  environmentConfig,
  pinnedId,
  readBaseConfig,
  writeEnvironmentConfig,
  type EnvironmentShape,
} from './config.js';
import { allSettledOrThrow } from './api.js';
import { buildApp } from './build.js';
import { handlerFor, type HandlerInputs, type ProvisionableBinding } from './handlers/index.js';
import { applyMigrations } from './migrations.js';
import { resourceNames } from './names.js';
import { resolveBinding, type Resolved } from './resolve.js';
import {
  secretDigests,
  SECRET_DIGESTS_VAR,
  uploadChangedSecrets,
  type SecretPlan,
} from './secret-digests.js';
import type { Session } from './session.js';
import { provisionableBindings } from './session.js';
import { forgetOwned, readState, recordOwned } from './state.js';

export interface WorkerRun {
  plan: Plan;
  worker: WorkerPlan;
  environment: string;
  /** `production`, `preview`, `pr-9`… */
  set: string;
  scriptName: string;
  dryRun: boolean;
  secretValues: Map<string, string>;
  shape: EnvironmentShape;
  locationHint?: string;
  /** The environment of the app's build (only its process gets it). */
  buildEnv: BuildEnv;
  /** The plan's config and the ownership state, read while the session is being opened. */
  files: Promise<WorkerFiles>;
  /** Resolved on first use: only Workers with secrets need wrangler. */
  wrangler: () => Promise<Wrangler>;
}

export interface WorkerFiles {
  base: WranglerConfig;
  state: ProvisionState;
}

export async function readWorkerFiles(plan: Plan, worker: WorkerPlan): Promise<WorkerFiles> {
  const [base, state] = await Promise.all([
    readBaseConfig(plan, worker),
    readState(plan.outDir, worker.name),
  ]);
  return { base, state };
}

/** Preview sets are ours by name alone (`…-preview`, `…-pr-N`): CI runners start without the state file. */
function ownedByName(set: string): boolean {
  return set === 'preview' || /^pr-\d+$/.test(set);
}

function inputsFor(binding: ProvisionableBinding, run: WorkerRun): HandlerInputs {
  if (binding.type === 'hyperdrive')
    return { connectionString: run.secretValues.get(binding.connectionSecret) };
  if (binding.type === 'd1' && run.locationHint) return { locationHint: run.locationHint };
  return {};
}

function ownedRecord(
  binding: ProvisionableBinding,
  resolved: Resolved,
  now: string,
): OwnedResource[] {
  const { row, resource } = resolved;
  if (!row.ownedByUs || !resource || row.outcome.startsWith('would')) return [];
  return [
    {
      type: row.type,
      binding: row.binding,
      name: resource.name,
      id: resource.id,
      createdAt: now,
      ...(binding.type === 'r2' && binding.jurisdiction
        ? { jurisdiction: binding.jurisdiction }
        : {}),
      ...(resolved.fingerprint ? { fingerprint: resolved.fingerprint } : {}),
    },
  ];
}

/** Provisions one Worker for one environment: resources, then config, then migrations and secrets. */
export async function provisionWorker(
  session: Session,
  run: WorkerRun,
  ctx: Context,
): Promise<ProvisionResult> {
  const { plan, worker, set, dryRun } = run;
  const bindings = provisionableBindings(worker);
  const { base, state } = await run.files;
  // Before the first change: a failing build leaves nothing half-provisioned.
  if (!dryRun)
    await buildApp(ctx, base, dirname(envConfigPath(plan, worker, run.environment)), run.buildEnv);
  const previous =
    state.sets[set]?.accountId === session.api.accountId ? state.sets[set].resources : [];
  const names = resourceNames(worker.name, bindings, set);

  const settled = await Promise.allSettled(
    bindings.map((binding) =>
      resolveBinding(session.api, session.inventory, {
        binding,
        name: names.get(binding.binding)!,
        inputs: inputsFor(binding, run),
        pinnedId: run.environment === 'production' ? pinnedId(base, binding) : null,
        previous: previous.find((p) => p.type === binding.type && p.binding === binding.binding),
        claimByName: ownedByName(set),
        dryRun,
      }),
    ),
  );
  // Resources this run created are removed again if the run cannot finish (a token that may read but
  // not write, a failed migration or secret upload): nothing is left half-provisioned.
  const created = settled.flatMap((s, i) =>
    s.status === 'fulfilled' && s.value.row.outcome === 'created'
      ? ownedRecord(bindings[i]!, s.value, ctx.now().toISOString()).map((owned) => ({
          binding: bindings[i]!,
          owned,
        }))
      : [],
  );
  try {
    return await finishWorker(session, run, settled, ctx);
  } catch (error) {
    await removeCreated(session, run, created, ctx);
    throw error;
  }
}

/** Removes what this run created, newest first; a removal that fails is reported, not thrown. */
async function removeCreated(
  session: Session,
  run: WorkerRun,
  created: { binding: ProvisionableBinding; owned: OwnedResource }[],
  ctx: Context,
): Promise<void> {
  if (created.length === 0) return;
  const removed: OwnedResource[] = [];
  for (const { binding, owned: resource } of [...created].reverse()) {
    try {
      await handlerFor(binding).remove(session.api, resource);
      removed.push(resource);
    } catch (error) {
      ctx.log.warn(
        `Could not remove ${resource.type} ${resource.name}, which this failed run created: ${error instanceof Error ? error.message : String(error)}. The next run adopts it by its name, and cleanup removes it.`,
      );
    }
  }
  ctx.log.warn(
    `The run failed; removed what it created: ${removed.map((r) => `${r.type} ${r.name}`).join(', ') || 'nothing'}.`,
  );
  await forgetOwned(run.plan.outDir, run.worker.name, run.set, removed);
}

/** The Worker's secret values and their digests, or null when it has no secrets. */
function secretPlan(session: Session, run: WorkerRun): SecretPlan | null {
  if (run.worker.secrets.length === 0) return null;
  const values = Object.fromEntries(
    run.worker.secrets.map((name) => [name, run.secretValues.get(name)!]),
  );
  const token = session.wranglerEnv.CLOUDFLARE_API_TOKEN ?? '';
  return { values, digests: secretDigests(token, run.scriptName, values) };
}

/** Config, ownership state, D1 migrations and secrets, once every binding has a resource. */
async function finishWorker(
  session: Session,
  run: WorkerRun,
  settled: PromiseSettledResult<Resolved>[],
  ctx: Context,
): Promise<ProvisionResult> {
  const { plan, worker, set, dryRun } = run;
  const bindings = provisionableBindings(worker);
  const { base } = await run.files;
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  const resolved = settled.map((s) => (s as PromiseFulfilledResult<Resolved>).value);
  const configPath = envConfigPath(plan, worker, run.environment);
  const entries = resolved.flatMap(({ resource }, i) =>
    resource ? handlerFor(bindings[i]!).configEntries(bindings[i]!, resource) : [],
  );
  const secrets = dryRun ? null : secretPlan(session, run);
  if (!dryRun) {
    // Written only once every binding has an id, so the file is never half-filled.
    const now = ctx.now().toISOString();
    const config = environmentConfig(base, run.environment, run.scriptName, entries, run.shape);
    // Deploy publishes the digests with the Worker (or the Preview), so the next run, on any runner,
    // can compare.
    const block = (run.shape.workerPreview ? config.previews : config) as WranglerConfig;
    if (secrets) {
      const vars = block.vars as Record<string, unknown> | undefined;
      block.vars = { ...vars, [SECRET_DIGESTS_VAR]: JSON.stringify(secrets.digests) };
    }
    await Promise.all([
      writeEnvironmentConfig(configPath, run.environment, config),
      recordOwned(
        plan.outDir,
        worker.name,
        set,
        session.api.accountId,
        bindings.flatMap((b, i) => ownedRecord(b, resolved[i]!, now)),
      ),
    ]);
  }

  const configDir = dirname(configPath);
  const migrations = allSettledOrThrow(
    bindings.map((binding, i) =>
      binding.type === 'd1' && binding.migrationsDir
        ? applyMigrations(
            session.api,
            resolved[i]!.resource,
            resolve(configDir, binding.migrationsDir),
            dryRun,
          )
        : Promise.resolve([]),
    ),
  );
  // A Worker Preview's secrets belong to the Preview: deploy sets them along with `wrangler preview`.
  const uploads =
    secrets && !run.shape.workerPreview
      ? uploadChangedSecrets(ctx, session, run.wrangler, configPath, run.scriptName, secrets)
      : Promise.resolve([]);
  await allSettledOrThrow<unknown>([migrations, uploads]);
  const [applied, secretsSet] = [await migrations, await uploads];
  for (const row of resolved.map((r) => r.row)) {
    ctx.log.info(
      `${worker.name} ${row.type} ${row.binding}: ${row.outcome} ${row.name}${row.id ? ` (${row.id})` : ''}`,
    );
  }
  return {
    worker: worker.name,
    environment: run.environment,
    accountId: session.api.accountId,
    resources: resolved.map((r) => r.row),
    secretsSet,
    migrationsApplied: dryRun ? [] : applied.flat(),
    ...(dryRun ? { migrationsPending: applied.flat() } : {}),
    configPath,
    dryRun,
    scriptName: run.scriptName,
    resourceSet: set,
  };
}
