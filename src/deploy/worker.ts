import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import type {
  DeployResult,
  HealthCheckResult,
  RolloutResult,
  RolloutStep,
  WorkerPlan,
} from '../model/index.js';
import type { Wrangler, WranglerOutputRecord, WranglerRun } from '../toolchain/wrangler.js';
import { isNewWorker } from '../toolchain/wrangler-errors.js';
import { checkHealth, firstHttpsUrl, healthUrl, type HealthCheckOptions } from './health.js';
import { newDeployResult } from './result.js';
import {
  startRollout,
  unsplittable,
  type RolloutController,
  type RolloutOptions,
} from './rollout.js';
import { deployFinding } from './rules.js';
import { previewWorkerName, type DeployTarget } from './target.js';
import { uploadWorkerPreview } from './worker-preview.js';
import {
  assertSucceeded,
  reportedStartupMs,
  runStep,
  Transcript,
  type WranglerStep,
} from './wrangler-run.js';

export interface WorkerDeployInput {
  worker: WorkerPlan;
  target: DeployTarget;
  /** The environment config provision wrote (`<out>/<worker>/wrangler.<env>.jsonc`). */
  configPath: string;
  environment: 'production' | 'preview';
  pullRequest: number | null;
  rollback: boolean;
  healthCheck: boolean;
  health: Omit<HealthCheckOptions, 'fetch'>;
  wrangler: Wrangler;
  /** A Worker Preview's own secret values (never production's unless the workflow allows it). */
  previewSecrets: Record<string, string>;
  /** Called once the upload succeeded, before the health check (GitHub's deployment starts here). */
  onUploaded?: (result: DeployResult) => Promise<void>;
  /** Production only: roll out gradually (`versions upload`, then `versions deploy` per step). */
  rollout?: RolloutOptions | null;
  onRolloutStep?: (step: RolloutStep, rollout: RolloutResult) => Promise<void>;
}

type OutputRecord<T extends string> = Extract<WranglerOutputRecord, { type: T }>;

function record<T extends 'deploy' | 'version-upload'>(
  run: WranglerRun,
  type: T,
): OutputRecord<T> | null {
  return (run.records.find((r) => r.type === type) as OutputRecord<T> | undefined) ?? null;
}

/** Gzip size of what wrangler uploaded (its `--outdir`), source maps excluded. */
async function gzipSize(dir: string): Promise<number | null> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => null);
  if (!entries) return null;
  let total = 0;
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.endsWith('.map')) continue;
    total += gzipSync(await readFile(join(entry.parentPath, entry.name))).length;
  }
  return total;
}

/**
 * The version production served before `newVersionId` (the one deployed before it, by `wrangler deployments
 * list --json`, oldest first), or null for a Worker with no earlier deployment. Asked only when a rollback
 * needs it, so a healthy deploy starts one wrangler process fewer.
 */
async function versionBefore(
  ctx: Context,
  input: WorkerDeployInput,
  newVersionId: string | null,
  step: WranglerStep,
  transcript: Transcript,
): Promise<string | null> {
  const run = await runStep(
    ctx,
    input.wrangler,
    ['deployments', 'list', '--json', '--name', input.target.scriptName],
    step,
    new Transcript(), // the list JSON is not part of the deploy's console output
  );
  if (run.exitCode !== 0) {
    transcript.stderr += run.stderr;
    return null;
  }
  try {
    const deployments = JSON.parse(run.stdout) as {
      versions: { version_id: string; percentage: number }[];
    }[];
    const ours = deployments.findIndex((d) =>
      d.versions.some((v) => v.version_id === newVersionId),
    );
    const earlier = ours === -1 ? deployments : deployments.slice(0, ours);
    const versions = [...(earlier.at(-1)?.versions ?? [])].sort(
      (a, b) => b.percentage - a.percentage,
    );
    return versions[0]?.version_id ?? null;
  } catch {
    return null;
  }
}

interface UploadContext {
  step: WranglerStep;
  transcript: Transcript;
  uploadDir: string;
  message: string;
  /** A gradual rollout's view of production: the live version, and whether to upload without deploying. */
  rollout: { liveVersion: string | null; gradual: boolean } | null;
}

/**
 * The upload itself: `versions upload --preview-alias` for an alias preview (falling back to a
 * separate preview Worker when the Worker was never deployed), `deploy` otherwise.
 */
async function uploadWorker(
  ctx: Context,
  input: WorkerDeployInput,
  result: DeployResult,
  { step, transcript, uploadDir, message, rollout }: UploadContext,
): Promise<WranglerRun> {
  const { worker, target } = input;
  let run: WranglerRun;
  if (target.mode === 'worker-preview' && target.alias) {
    return uploadWorkerPreview(
      ctx,
      {
        wrangler: input.wrangler,
        workerName: worker.name,
        previewName: target.alias,
        message,
        secrets: input.previewSecrets,
        step,
        transcript,
      },
      result,
    );
  }
  if (target.mode === 'preview-alias' && target.alias) {
    run = await runStep(
      ctx,
      input.wrangler,
      [
        'versions',
        'upload',
        '--preview-alias',
        target.alias,
        '--outdir',
        uploadDir,
        '--message',
        message,
      ],
      step,
      transcript,
    );
    if (isNewWorker(run) && input.pullRequest) {
      // The Worker has never been deployed, so it has no versions to alias: use a preview Worker.
      result.mode = 'preview-worker';
      result.scriptName = previewWorkerName(worker.name, input.pullRequest);
      result.modeReason = `${worker.name} has no production deployment yet to attach a preview alias to`;
      result.diagnostics.push(
        deployFinding(
          'R001',
          `${worker.name}: preview deployed as a separate Worker because ${result.modeReason}.`,
        ),
      );
      run = await runStep(
        ctx,
        input.wrangler,
        ['deploy', '--name', result.scriptName, '--outdir', uploadDir, '--message', message],
        step,
        transcript,
      );
    }
  } else if (rollout?.gradual) {
    result.previousVersionId = rollout.liveVersion;
    run = await runStep(
      ctx,
      input.wrangler,
      ['versions', 'upload', '--outdir', uploadDir, '--message', message],
      step,
      transcript,
    );
  } else {
    if (target.mode === 'production') result.previousVersionId = rollout?.liveVersion ?? null;
    const name = target.mode === 'preview-worker' ? ['--name', target.scriptName] : [];
    run = await runStep(
      ctx,
      input.wrangler,
      ['deploy', ...name, '--outdir', uploadDir, '--message', message],
      step,
      transcript,
    );
  }
  return run;
}

/** Uploads one Worker to its target, checks its health and, in production, rolls back on failure. */
export async function deployWorker(ctx: Context, input: WorkerDeployInput): Promise<DeployResult> {
  const started = performance.now();
  const { worker, target } = input;
  const transcript = new Transcript();
  const uploadDir = join(dirname(input.configPath), 'upload');
  await rm(uploadDir, { recursive: true, force: true });
  const step: WranglerStep = {
    config: input.configPath,
    cwd: dirname(input.configPath),
    action: `deploy ${target.scriptName} (${input.environment})`,
  };
  const result = newDeployResult({
    worker: worker.name,
    scriptName: target.scriptName,
    environment: input.environment,
    mode: target.mode,
    modeReason: target.modeReason,
    status: 'ready',
    diagnostics: [...target.diagnostics],
  });
  const message = input.pullRequest
    ? `docker-to-workers PR #${input.pullRequest}`
    : 'docker-to-workers';

  try {
    const rollout = await prepareRollout(ctx, input, step, transcript, result);
    const run = await uploadWorker(ctx, input, result, {
      step,
      transcript,
      uploadDir,
      message,
      rollout,
    });
    assertSucceeded(run, step);
    if (target.mode !== 'worker-preview') {
      const upload = record(run, 'version-upload');
      const deployed = record(run, 'deploy');
      result.versionId = upload?.version_id ?? deployed?.version_id ?? null;
      result.previewUrl = upload?.preview_url ?? null;
      result.previewAliasUrl = upload?.preview_alias_url ?? null;
      result.deploymentUrl = firstHttpsUrl(deployed?.targets);
    }
    result.migration.startupMs = reportedStartupMs(run.stdout);
    result.migration.gzipBytes = await gzipSize(uploadDir);

    await input.onUploaded?.(result);
    if (rollout?.gradual && result.versionId && rollout.liveVersion) {
      const previewUrl = firstHttpsUrl([result.previewUrl]);
      await rollout.controller.walk(result.versionId, rollout.liveVersion, previewUrl);
      return result;
    }
    if (rollout) rollout.controller.atOnce(rollout.atOnceReason);
    // Only an https URL is requested: never a route or custom domain wrangler wrote without a scheme.
    const url = firstHttpsUrl([result.previewAliasUrl, result.previewUrl, result.deploymentUrl]);
    if (input.healthCheck && url) {
      result.health = await checkHealth(healthUrl(url, worker.healthcheckPath), {
        ...input.health,
        fetch: ctx.fetch,
      });
      if (!result.health.ok) await onUnhealthy(ctx, input, step, transcript, result, result.health);
    } else if (input.healthCheck) {
      result.diagnostics.push(
        deployFinding(
          'R023',
          `${worker.name}: not health-checked, wrangler reported no https URL for ${result.scriptName} (only routes or custom domains, or workers.dev off).`,
        ),
      );
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    result.status = 'failed';
    result.diagnostics.push(deployFinding('R010', error.message, { fix: error.fix }));
  } finally {
    result.commandOutput = transcript.stdout;
    result.commandStderr = transcript.stderr;
    result.durationMs = Math.round(performance.now() - started);
  }
  return result;
}

interface PreparedRollout {
  controller: RolloutController;
  liveVersion: string | null;
  gradual: boolean;
  atOnceReason: string;
}

/**
 * For a production rollout: resolves a split an earlier run left, and decides whether this Worker can
 * be split by percentage (not with Durable Object migrations or Containers, nor on its first deploy).
 */
async function prepareRollout(
  ctx: Context,
  input: WorkerDeployInput,
  step: WranglerStep,
  transcript: Transcript,
  result: DeployResult,
): Promise<PreparedRollout | null> {
  if (!input.rollout || input.target.mode !== 'production') return null;
  const { controller, liveVersion } = await startRollout(
    ctx,
    {
      worker: input.worker,
      scriptName: input.target.scriptName,
      wrangler: input.wrangler,
      health: input.health,
      rollout: input.rollout,
      onStep: input.onRolloutStep,
    },
    step,
    transcript,
    result,
  );
  const blocker = unsplittable(input.worker);
  const atOnceReason = blocker
    ? `cannot be rolled out by percentage because ${blocker}; deployed at once after the health check`
    : 'first deploy, no earlier version to split traffic with; deployed at once after the health check';
  return { controller, liveVersion, gradual: !blocker && liveVersion !== null, atOnceReason };
}

function describeHealth(health: HealthCheckResult): string {
  const answer = health.status === null ? (health.error ?? 'no answer') : `HTTP ${health.status}`;
  return `health check of ${health.url} failed (${answer} after ${health.attempts} attempt${health.attempts === 1 ? '' : 's'})`;
}

async function onUnhealthy(
  ctx: Context,
  input: WorkerDeployInput,
  step: WranglerStep,
  transcript: Transcript,
  result: DeployResult,
  health: HealthCheckResult,
): Promise<void> {
  result.status = 'failed';
  const what = `${result.worker}: ${describeHealth(health)}`;
  if (result.mode !== 'production') {
    result.diagnostics.push(deployFinding('R020', `${what}. Production is not affected.`));
    return;
  }
  if (input.rollback && !result.previousVersionId) {
    result.previousVersionId = await versionBefore(ctx, input, result.versionId, step, transcript);
  }
  const previous = result.previousVersionId;
  if (!input.rollback || !previous) {
    const why = !input.rollback
      ? '--no-rollback was given'
      : 'there is no earlier version to roll back to';
    result.diagnostics.push(
      deployFinding(
        'R022',
        `${what}; version ${result.versionId ?? '?'} stays live because ${why}.`,
      ),
    );
    return;
  }
  const rollback = await runStep(
    ctx,
    input.wrangler,
    [
      'rollback',
      previous,
      '--name',
      result.scriptName,
      '--message',
      'docker-to-workers: failed health check',
      '--yes',
    ],
    { ...step, action: `roll back ${result.scriptName} to ${previous}` },
    transcript,
  );
  assertSucceeded(rollback, { ...step, action: `roll back ${result.scriptName} to ${previous}` });
  result.rolledBack = true;
  if (result.rollout)
    Object.assign(result.rollout, { decision: 'rolled-back', finalPercentage: 0 });
  result.diagnostics.push(
    deployFinding(
      'R021',
      `${what}; rolled back from version ${result.versionId ?? '?'} to the previous version ${previous}.`,
    ),
  );
}
