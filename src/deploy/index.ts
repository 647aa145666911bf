import type { Context } from '../context.js';
import type {
  CheckResult,
  DeployEvents,
  DeployResult,
  MonitorThresholds,
  Plan,
  ProductionLive,
  ProvisionResult,
  WorkerPlan,
} from '../model/index.js';
import { hasWorkerPreviews, resolveWrangler, type Wrangler } from '../toolchain/wrangler.js';
import { UserError } from '../errors.js';
import {
  provision,
  readSecretValues,
  secretsFromEnvironment,
  type ProvisionOptions,
} from '../provision/index.js';
import type { HealthCheckOptions } from './health.js';
import { deployFinding } from './rules.js';
import { chooseTarget, type DeployTarget } from './target.js';
import { deployWorker, type WorkerDeployInput } from './worker.js';
import { skippedResult } from './result.js';
import { analyticsConnection, queryInvocations } from '../cloudflare/analytics.js';
import type { CloudflareClientOptions } from '../cloudflare/client.js';
import { thresholdsFor } from '../monitor/assess.js';
import type { RolloutOptions } from './rollout.js';

export { parseRolloutSteps } from './rollout.js';

export { removePreviews, type CleanupOptions, type WorkerNames } from './cleanup.js';

export type DeployEnvironment = 'production' | 'preview';

/**
 * Provisions the environment's resources and writes its deploy configs (src/provision by default);
 * `target` says where each Worker goes (its script, and whether it is a Worker Preview).
 */
export type Provisioner = (
  plan: Plan,
  environment: DeployEnvironment,
  pullRequest: number | null,
  ctx: Context,
  target: (worker: WorkerPlan) => DeployTarget,
) => Promise<ProvisionResult[]>;

/** The provision options that follow from where deploy uploads each Worker. */
export function targetOptions(
  plan: Plan,
  target: (worker: WorkerPlan) => DeployTarget,
): Pick<ProvisionOptions, 'scriptName' | 'workerPreview'> {
  return {
    scriptName: (worker) => target(worker).scriptName,
    workerPreview: plan.workers.some((worker) => target(worker).mode === 'worker-preview'),
  };
}

/** Provision through src/provision, each Worker's config naming the script deploy uploads to. */
export function defaultProvisioner(options: ProvisionOptions = {}): Provisioner {
  return (plan, environment, pullRequest, ctx, target) =>
    provision(
      plan,
      { ...options, environment, pr: pullRequest, ...targetOptions(plan, target) },
      ctx,
    );
}

export interface DeployOptions {
  environment: DeployEnvironment;
  /** The pull request of a preview (a preview needs one). */
  pullRequest?: number | null;
  /** The pull request comes from a fork: its preview is not deployed (untrusted code, no secrets). */
  fork?: boolean;
  /** Roll production back when its health check fails (default true). */
  rollback?: boolean;
  healthCheck?: boolean;
  health?: Omit<HealthCheckOptions, 'fetch'>;
  /** Default: `defaultProvisioner` with this run's secret options (src/provision, the environment's credentials). */
  provisioner?: Provisioner;
  /** Secret values by name (the action's `secrets` input), for a Worker Preview's secrets. */
  secrets?: Record<string, string>;
  /** Secrets whose production value previews may use when no `PREVIEW_<NAME>` is set. */
  previewSecretsFromProduction?: string[];
  /** The user's variables for the app's build (`build-env`), for the default provisioner's build. */
  buildEnv?: Record<string, string>;
  wrangler?: Wrangler;
  /** Previews: read production's last hour from Cloudflare's analytics for the comment (default true). */
  productionAnalytics?: boolean;
  /** Production: roll out gradually, judging each step on Cloudflare's analytics. */
  rollout?: GradualRollout | null;
  /** This run's check results: a Worker Preview's start-up time and size come from them. */
  checks?: CheckResult[];
  /** Who follows the deploy as it runs (the report stage's GitHub reporter); nobody by default. */
  events?: DeployEvents;
}

const NO_EVENTS: DeployEvents = {
  building: async () => {},
  provisionFailed: async () => {},
  uploaded: async () => {},
  rolloutStep: async () => {},
  workerDone: async () => {},
  done: async () => {},
};

export interface GradualRollout {
  /** The new version's share per step, ascending, ending at 100. */
  steps: number[];
  waitSeconds: number;
  /** Defaults per Worker: 1 % errors, the plan's CPU limit, 100 requests. */
  thresholds?: Partial<MonitorThresholds>;
  sleep?: (ms: number) => Promise<void>;
  clientOptions?: Partial<Omit<CloudflareClientOptions, 'apiToken'>>;
}

const LIVE_WINDOW_MS = 3_600_000;

/**
 * Production's busiest version per Worker over the last hour (one analytics request), for a preview's
 * comment. Best effort: without the analytics permission the comment simply has no such figures.
 */
async function productionLive(
  workers: WorkerPlan[],
  ctx: Context,
): Promise<Map<string, ProductionLive>> {
  const live = new Map<string, ProductionLive>();
  const since = new Date(ctx.now().getTime() - LIVE_WINDOW_MS);
  try {
    const { client, accountId } = analyticsConnection(ctx, {});
    const scripts = workers.map((w) => chooseTarget(w, 'production', null).scriptName);
    const stats = await queryInvocations(client, { accountId, scripts, since, until: ctx.now() });
    for (const [i, worker] of workers.entries()) {
      const busiest = stats[i]?.versions[0];
      if (busiest) live.set(worker.name, { ...busiest, since: since.toISOString() });
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    ctx.log.warn(`Production analytics for the comment are not available: ${error.message}`);
  }
  return live;
}

/** The rollout settings for one Worker (its CPU limit is its own), with the analytics connection. */
function rolloutFor(
  worker: WorkerPlan,
  plan: Plan,
  gradual: GradualRollout,
  ctx: Context,
): RolloutOptions {
  return {
    steps: gradual.steps,
    waitSeconds: gradual.waitSeconds,
    thresholds: thresholdsFor(worker, plan.tier, gradual.thresholds),
    analytics: analyticsConnection(ctx, { clientOptions: gradual.clientOptions }),
    sleep: gradual.sleep,
  };
}

function configFor(results: ProvisionResult[], worker: string): string {
  const found = results.find((r) => r.worker === worker);
  if (!found) {
    throw new UserError(`Provisioning returned no deploy config for the Worker ${worker}.`, {
      fix: 'Run `docker-to-workers provision` for this environment and check its output.',
    });
  }
  return found.configPath;
}

interface DeployRun {
  plan: Plan;
  /** Previews: production's last hour per Worker, for the comment. */
  live: Map<string, ProductionLive>;
  options: DeployOptions;
  events: DeployEvents;
  pr: number | null;
  provisioned: ProvisionResult[];
  wrangler: Wrangler;
  target: (worker: WorkerPlan) => DeployTarget;
}

/** A Worker Preview's secret values: `PREVIEW_<NAME>`, production's only where the workflow allows it. */
function previewSecretValues(
  worker: WorkerPlan,
  options: DeployOptions,
  ctx: Context,
): Record<string, string> {
  const provided = options.secrets ?? secretsFromEnvironment(ctx.env);
  const values = readSecretValues([{ ...worker, bindings: [] }], provided, ctx, {
    preview: true,
    fromProduction: options.previewSecretsFromProduction,
  });
  return Object.fromEntries(values);
}

/**
 * Start-up time and gzip size from this run's check. `wrangler preview` prints no start-up time and writes no
 * bundle to measure, so a Worker Preview's figures must come from check (wrangler's CPU profile of the same
 * bundle, and its size); production takes check's start-up too when there is one, so the comment compares a
 * preview with production by one measure. Without a check, what wrangler printed stands.
 */
function withCheckedFigures(result: DeployResult, checks: CheckResult[] | undefined): void {
  const checked = checks?.find((c) => c.worker === result.worker);
  result.migration.startupMs = checked?.startup?.cpuMs ?? result.migration.startupMs;
  result.migration.gzipBytes ??= checked?.bundle?.gzipBytes ?? null;
}

/** One Worker: upload, health and rollback, announced to the events as it goes. */
async function deployOne(worker: WorkerPlan, run: DeployRun, ctx: Context): Promise<DeployResult> {
  const target = run.target(worker);
  const input: WorkerDeployInput = {
    worker,
    target,
    configPath: configFor(run.provisioned, worker.name),
    environment: run.options.environment,
    pullRequest: run.pr,
    rollback: run.options.rollback ?? true,
    healthCheck: run.options.healthCheck ?? true,
    health: run.options.health ?? {},
    wrangler: run.wrangler,
    previewSecrets:
      target.mode === 'worker-preview' ? previewSecretValues(worker, run.options, ctx) : {},
    onUploaded: (uploaded) => {
      withCheckedFigures(uploaded, run.options.checks);
      return run.events.uploaded(worker, uploaded);
    },
    rollout:
      run.options.environment === 'production' && run.options.rollout
        ? rolloutFor(worker, run.plan, run.options.rollout, ctx)
        : null,
    onRolloutStep: (step) => run.events.rolloutStep(worker, step),
  };
  let result: DeployResult;
  try {
    result = await deployWorker(ctx, input);
  } catch (error) {
    // The reporter closes what it opened for this Worker (never "in progress"); then the host reports it.
    await run.events.workerDone(worker, {
      error: error instanceof Error ? error.message : String(error),
    });
    throw error;
  }
  result.migration.productionLive = run.live.get(worker.name) ?? null;
  await run.events.workerDone(worker, { result });
  return result;
}

/**
 * Deploys every Worker of the plan to production or to a pull request's preview, checks health and rolls
 * production back on failure; `options.events` hears each step. Fork pull requests are never deployed.
 */
export async function deployWorkers(
  plan: Plan,
  options: DeployOptions,
  ctx: Context,
): Promise<DeployResult[]> {
  const events = options.events ?? NO_EVENTS;
  const pr = options.pullRequest ?? null;
  if (options.environment === 'preview' && pr === null) {
    throw new UserError('A preview deploy needs a pull request number.', {
      fix: 'Pass --pr N, or run on a pull_request event.',
    });
  }
  if (options.environment === 'preview' && options.fork) {
    const results = plan.workers.map((w) =>
      skippedResult(
        w,
        'preview',
        'skipped (fork)',
        deployFinding(
          'R003',
          `${w.name}: pull request #${pr} comes from a fork; it is not deployed because secrets are not available to untrusted code.`,
        ),
      ),
    );
    await events.done(results);
    return results;
  }

  const deployable = plan.workers.filter((w) => w.verdict !== 'unsupported');
  const wrangler = options.wrangler ?? (await resolveWrangler(ctx));
  const workerPreviews = hasWorkerPreviews(wrangler);
  const target = (worker: WorkerPlan) =>
    chooseTarget(worker, options.environment, pr, workerPreviews);
  await events.building(deployable);
  let provisioned: ProvisionResult[] = [];
  try {
    if (deployable.length) {
      const secretOptions = {
        secrets: options.secrets,
        previewSecretsFromProduction: options.previewSecretsFromProduction,
        buildEnv: options.buildEnv,
      };
      provisioned = await (options.provisioner ?? defaultProvisioner(secretOptions))(
        plan,
        options.environment,
        pr,
        ctx,
        target,
      );
    }
  } catch (error) {
    // Leave no row "building" forever: say it failed, then let the host report the error.
    if (error instanceof UserError) await events.provisionFailed(deployable, error.message);
    throw error;
  }
  const live =
    options.environment === 'preview' && options.productionAnalytics !== false
      ? await productionLive(deployable, ctx)
      : new Map<string, ProductionLive>();

  const results: DeployResult[] = [];
  for (const worker of plan.workers) {
    if (worker.verdict === 'unsupported') {
      results.push(
        skippedResult(
          worker,
          options.environment,
          'skipped',
          deployFinding(
            'R004',
            `${worker.name}: not deployed, the plan's verdict is unsupported (${worker.verdictReason}).`,
          ),
        ),
      );
      continue;
    }
    results.push(
      await deployOne(
        worker,
        { plan, live, options, events, pr, provisioned, wrangler, target },
        ctx,
      ),
    );
  }
  await events.done(results);
  return results;
}
