import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import type { Plan, ProvisionResult, WorkerPlan } from '../model/index.js';
import { buildEnvFor } from '../plan/build-env.js';
import { resolveWrangler, type Wrangler } from '../toolchain/wrangler.js';
import { allSettledOrThrow } from './api.js';
import { resourceSet, scriptNameFor } from './names.js';
import { readSecretValues, secretsFromEnvironment } from './secrets.js';
import { deployableWorkers, openSession, type ConnectionOptions } from './session.js';
import { provisionWorker, readWorkerFiles } from './worker.js';

export { cleanupPreviewResources, type CleanupOptions } from './cleanup.js';
export { requiredPermissions } from './permissions.js';
export { PROVISION_RULES } from './rules.js';
export { scriptNameFor } from './names.js';
export { PREVIEW_PREFIX, readSecretValues, secretsFromEnvironment } from './secrets.js';

export interface ProvisionOptions extends ConnectionOptions {
  /** `production` (default), `preview`, or any name. */
  environment?: string;
  pr?: number | null;
  /** With `pr`: the PR gets its own resources (`…-pr-N`) instead of the shared preview set. */
  perPrResources?: boolean;
  dryRun?: boolean;
  /**
   * Secret values by name, as the workflow passes them (the action's `secrets` input, the CLI's
   * `--secret`); default: the variables `DOCKER_TO_WORKERS_SECRETS` lists.
   */
  secrets?: Record<string, string>;
  /** D1 primary location hint for new databases (`weur`, `enam`…). */
  locationHint?: string;
  /**
   * The preview deploys as a Worker Preview (`wrangler preview`): the config gets a `previews` block, and
   * the secrets are left to deploy, which sets them on the Preview once it exists.
   */
  workerPreview?: boolean;
  /** Secrets whose production value previews may use when no `PREVIEW_<NAME>` is set. */
  previewSecretsFromProduction?: string[];
  /**
   * The user's variables for the app's build (`build-env`: values from the job env, masked): the build
   * before deploy gets them with the image's build variables, as check's build did (`buildEnvFor`).
   */
  buildEnv?: Record<string, string>;
  /** The Worker script an environment deploys to; default `scriptNameFor`. */
  scriptName?: (worker: WorkerPlan, environment: string) => string;
}

/**
 * Makes the account match the plan for one environment: finds or creates each binding's resource,
 * writes `<out>/<worker>/wrangler.<env>.jsonc` with the ids, applies D1 migrations and sets secrets.
 * Every check (token, account, permissions, secrets) runs before the first change.
 */
export async function provision(
  plan: Plan,
  options: ProvisionOptions,
  ctx: Context,
): Promise<ProvisionResult[]> {
  const environment = options.environment ?? 'production';
  const pr = options.pr ?? null;
  if (options.perPrResources && pr === null) {
    throw new UserError('--per-pr-resources needs the pull request number.', {
      fix: 'Pass --pr N.',
    });
  }
  const workers = deployableWorkers(plan);
  const preview = environment === 'preview';
  const secretValues = readSecretValues(
    workers,
    options.secrets ?? secretsFromEnvironment(ctx.env),
    ctx,
    { preview, fromProduction: options.previewSecretsFromProduction },
  );
  const scriptName = (worker: WorkerPlan) =>
    (options.scriptName ?? ((w, env) => scriptNameFor(w.name, env)))(worker, environment);
  const withSecrets = workers.filter((w) => w.secrets.length > 0).map(scriptName);
  const files = new Map(workers.map((w) => [w, readWorkerFiles(plan, w)]));
  // Unhandled until provisionWorker awaits them; a failing session must not leave them dangling.
  for (const pending of files.values()) pending.catch(() => undefined);
  const session = await openSession(plan, options, ctx, withSecrets);
  let wrangler: Promise<Wrangler> | undefined;
  const results = await allSettledOrThrow(
    workers.map((worker) =>
      provisionWorker(
        session,
        {
          plan,
          worker,
          environment,
          set: resourceSet(environment, pr, options.perPrResources ?? false),
          scriptName: scriptName(worker),
          files: files.get(worker)!,
          dryRun: options.dryRun ?? false,
          secretValues,
          shape: { preview, workerPreview: preview && (options.workerPreview ?? false) },
          locationHint: options.locationHint,
          buildEnv: buildEnvFor(worker.build, options.buildEnv),
          wrangler: () => (wrangler ??= resolveWrangler(ctx)),
        },
        ctx,
      ),
    ),
  );
  return results;
}
