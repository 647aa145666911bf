import { relative, sep } from 'node:path';
import type { Context } from '../context.js';
import { targetOptions, type DeployEnvironment } from '../deploy/index.js';
import { githubFromEnvironment } from '../github/client.js';
import { UserError } from '../errors.js';
import type {
  CheckResult,
  CleanupResult,
  DeployResult,
  Diagnostic,
  MonitorReport,
  Plan,
  ProvisionResult,
  RepositoryRef,
  WranglerConfig,
} from '../model/index.js';
import { cleanup, deploy, monitor } from '../pipeline/index.js';
import { writePlan } from '../plan/index.js';
import { planRepository } from '../plan/repository.js';
import { provision } from '../provision/index.js';
import { check } from '../validate/index.js';
import type { ActionConfig } from './inputs.js';

/** What detect → plan → check found, for every mode. */
export interface Checked {
  plan: Plan;
  results: CheckResult[];
  /** Every finding of every stage so far, each once. */
  diagnostics: Diagnostic[];
  /** Stage → milliseconds, in the order they ran (for the job summary). */
  timings: Record<string, number>;
  /** Whether plan or check installed packages (remedies, the app's dependencies) into the store. */
  installedPackages: boolean;
}

export interface Deployed {
  results: DeployResult[];
  provisions: ProvisionResult[];
  timings: Record<string, number>;
}

async function timed<T>(
  timings: Record<string, number>,
  stage: string,
  work: () => Promise<T>,
): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    timings[stage] = Math.round(performance.now() - start);
  }
}

function unique(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.ruleId}|${d.file ?? ''}|${d.line ?? ''}|${d.package ?? ''}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The repository the job runs for, from the runner's variables: the button deploys the branch a
 * pull request targets, or the pushed branch.
 */
function repositoryFromRunner(env: Context['env'], workingDirectory: string): RepositoryRef | null {
  if (!env.GITHUB_REPOSITORY) return null;
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const workspace = env.GITHUB_WORKSPACE;
  const prefix = workspace ? relative(workspace, workingDirectory).split(sep).join('/') : '';
  return {
    url: `${server}/${env.GITHUB_REPOSITORY}`,
    branch: env.GITHUB_BASE_REF || env.GITHUB_REF_NAME || null,
    prefix: prefix.startsWith('..') ? '' : prefix,
  };
}

async function planFor(config: ActionConfig, ctx: Context): Promise<Plan> {
  const plan = await planRepository(
    config.workingDirectory,
    { dockerfile: config.dockerfile, compose: config.composeFile, service: config.service },
    {
      compatibilityDate: config.compatibilityDate,
      tier: config.plan.tier,
      repository: repositoryFromRunner(ctx.env, config.workingDirectory),
    },
    ctx,
  );
  // The `vars` input adds to (and wins over) what the plan found in the Dockerfile and compose file.
  if (Object.keys(config.vars).length > 0) {
    for (const worker of plan.workers) {
      worker.vars = { ...worker.vars, ...config.vars };
      if (worker.generated)
        worker.generated.config = withVars(worker.generated.config, worker.vars, config.vars);
    }
  }
  return plan;
}

/** Sets `vars`, and the `previews` block's own `vars` too: a Worker Preview does not inherit top-level vars. */
function withVars(
  generated: WranglerConfig,
  vars: Record<string, string>,
  added: Record<string, string>,
): WranglerConfig {
  const previews = generated.previews;
  if (!previews) return { ...generated, vars };
  const previewVars = previews.vars ?? {};
  return { ...generated, vars, previews: { ...previews, vars: { ...previewVars, ...added } } };
}

export async function checkApp(config: ActionConfig, ctx: Context): Promise<Checked> {
  const timings: Record<string, number> = {};
  const { plan, remedyPackages } = await timed(timings, 'detect + plan', async () => {
    const planned = await planFor(config, ctx);
    return { plan: planned, remedyPackages: await writePlan(planned, ctx) };
  });
  const results = await timed(timings, 'check', () =>
    check(plan, { tier: config.plan.tier, failOn: config.failOn, buildEnv: config.buildEnv }, ctx),
  );
  const diagnostics = unique([
    ...plan.app.diagnostics,
    ...plan.diagnostics,
    ...results.flatMap((r) => r.diagnostics),
  ]);
  return {
    plan,
    results,
    timings,
    diagnostics,
    // W001 is check's note that it installed the app's dependencies.
    installedPackages: remedyPackages.length > 0 || diagnostics.some((d) => d.ruleId === 'W001'),
  };
}

export async function deployApp(
  checked: Checked,
  environment: DeployEnvironment,
  config: ActionConfig,
  ctx: Context,
): Promise<Deployed> {
  const timings = { ...checked.timings };
  const provisions: ProvisionResult[] = [];
  const results = await timed(timings, 'provision + deploy', () =>
    deploy(
      checked.plan,
      {
        environment,
        checks: checked.results,
        report: { comment: config.comment, deployments: config.deployments },
        rollout:
          environment === 'production' && config.rollout
            ? { ...config.rollout, thresholds: config.thresholds }
            : null,
        // As deploy's default provisioner, but production may be named (`environment` input).
        secrets: config.secrets,
        previewSecretsFromProduction: config.previewSecretsFromProduction,
        provisioner: async (plan, env, pullRequest, provisionCtx, target) => {
          const provisioned = await provision(
            plan,
            {
              environment: env === 'production' ? (config.environment ?? env) : env,
              pr: pullRequest,
              secrets: config.secrets,
              previewSecretsFromProduction: config.previewSecretsFromProduction,
              // The app's build before deploy runs with the variables check's build had.
              buildEnv: config.buildEnv,
              ...targetOptions(plan, target),
            },
            provisionCtx,
          );
          provisions.push(...provisioned);
          return provisioned;
        },
      },
      ctx,
    ),
  );
  return { results, provisions, timings };
}

/**
 * Production's health over the `monitor-since` window for the job summary. Best effort: without the
 * analytics permission the summary says so and the step does not fail.
 */
export async function monitorApp(
  checked: Checked,
  deployed: Deployed,
  environment: DeployEnvironment,
  config: ActionConfig,
  ctx: Context,
): Promise<MonitorReport | string | null> {
  if (config.monitorSinceMs === null) return null;
  try {
    return await monitor(
      checked.plan,
      {
        since: new Date(ctx.now().getTime() - config.monitorSinceMs),
        thresholds: config.thresholds,
        // Production: this run's uploads say the version and start-up time; a preview's are not production's.
        uploads:
          environment === 'production'
            ? deployed.results.map((r) => ({
                worker: r.worker,
                versionId: r.rolledBack ? r.previousVersionId : r.versionId,
                startupMs: r.rolledBack ? null : r.migration.startupMs,
              }))
            : [],
        github: null,
      },
      ctx,
    );
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    ctx.log.warn(`Production health is not available: ${error.message}`);
    return `_Production health is not available: ${error.message}_`;
  }
}

/**
 * Cleanup after a pull request closes. It runs on the base branch's code (the PR's is never checked out):
 * the plan only names the Workers and their per-PR resources; nothing is bundled or deployed.
 */
export async function cleanupApp(config: ActionConfig, ctx: Context): Promise<CleanupResult> {
  const github = await githubFromEnvironment(ctx);
  const pullRequest = github?.context.pullRequest?.number;
  if (pullRequest === undefined) {
    throw new UserError("Mode 'cleanup' needs a pull request, and this event has none.", {
      fix: "Run cleanup on the pull_request 'closed' event.",
    });
  }
  return cleanup(
    await planFor(config, ctx),
    {
      pullRequest,
      github,
      report: { comment: config.comment, deployments: config.deployments },
    },
    ctx,
  );
}
