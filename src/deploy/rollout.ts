import type { Context } from '../context.js';
import { queryInvocations } from '../cloudflare/analytics.js';
import type { CloudflareClient } from '../cloudflare/client.js';
import { UserError } from '../errors.js';
import type {
  DeployResult,
  MonitorThresholds,
  RolloutResult,
  RolloutStep,
  VersionStats,
  WorkerPlan,
} from '../model/index.js';
import { compareVersions } from '../monitor/assess.js';
import type { Wrangler } from '../toolchain/wrangler.js';
import { checkHealth, healthUrl, type HealthCheckOptions } from './health.js';
import { deployFinding } from './rules.js';
import { assertSucceeded, runStep, Transcript, type WranglerStep } from './wrangler-run.js';

/**
 * Gradual deployments: https://developers.cloudflare.com/workers/configuration/versions-and-deployments/gradual-deployments/
 * (`wrangler versions deploy <id>@<P>% <id>@<100-P>% -y --message …`, at most two versions per deployment;
 * a version with new Durable Object migrations cannot be uploaded, so those deploy at once).
 */
export interface RolloutOptions {
  /** The new version's share per step, ascending, ending at 100 (e.g. 10, 50, 100). */
  steps: number[];
  /** Seconds each step runs before it is judged. */
  waitSeconds: number;
  thresholds: MonitorThresholds;
  /** Reads the analytics (one request per step). */
  analytics: { client: CloudflareClient; accountId: string };
  /** Default: a timer; tests advance a clock instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
}

export interface RolloutInput {
  worker: WorkerPlan;
  scriptName: string;
  wrangler: Wrangler;
  health: Omit<HealthCheckOptions, 'fetch'>;
  rollout: RolloutOptions;
  onStep?: (step: RolloutStep, result: RolloutResult) => Promise<void>;
}

interface Split {
  versions: { version_id: string; percentage: number }[];
  message: string;
  createdOn: string | null;
}

const MARKER = 'docker-to-workers rollout of ';

/** Why a Worker cannot be split by percentage, or null when it can. */
export function unsplittable(worker: WorkerPlan): string | null {
  const durableObject = worker.bindings.find((b) => b.type === 'durable-object');
  if (durableObject) {
    return `it binds the Durable Object ${durableObject.binding}: a version with Durable Object migrations cannot be uploaded without deploying, and each object runs one version`;
  }
  if (worker.target === 'container') {
    return 'it runs a Container: container changes roll out with `wrangler deploy`, not by percentage';
  }
  return null;
}

/** Parses `1,10,50,100` into ascending percentages that end at 100. */
export function parseRolloutSteps(text: string, what: string): number[] {
  const steps = text.split(',').map((s) => Number(s.trim().replace(/%$/, '')));
  const ascending = steps.every((s, i) => i === 0 || s > steps[i - 1]!);
  if (
    !steps.length ||
    steps.some((s) => !Number.isInteger(s) || s <= 0 || s > 100) ||
    !ascending ||
    steps.at(-1) !== 100
  ) {
    throw new UserError(`${what} is '${text}'; expected ascending percentages ending at 100.`, {
      fix: `Pass ${what} like 10,50,100.`,
    });
  }
  return steps;
}

/** The live deployment (`wrangler deployments status --json`), or null for a Worker never deployed. */
export async function liveSplit(
  ctx: Context,
  wrangler: Wrangler,
  scriptName: string,
  step: WranglerStep,
): Promise<Split | null> {
  const run = await runStep(
    ctx,
    wrangler,
    ['deployments', 'status', '--json', '--name', scriptName],
    step,
    new Transcript(),
  );
  if (run.exitCode !== 0) return null;
  try {
    const status = JSON.parse(run.stdout) as {
      versions?: Split['versions'];
      annotations?: Record<string, string>;
      created_on?: string;
    };
    if (!status.versions?.length) return null;
    return {
      versions: status.versions,
      message: status.annotations?.['workers/message'] ?? '',
      createdOn: status.created_on ?? null,
    };
  } catch {
    return null;
  }
}

class Rollout {
  readonly result: RolloutResult;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly ctx: Context,
    private readonly input: RolloutInput,
    private readonly step: WranglerStep,
    private readonly transcript: Transcript,
    private readonly deployResult: DeployResult,
  ) {
    this.result = {
      newVersionId: null,
      oldVersionId: null,
      decision: 'promoted',
      finalPercentage: 0,
      steps: [],
      resumed: null,
      reason: '',
    };
    this.sleep = input.rollout.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** `versions deploy` with the new version at `percentage` and the old one taking the rest. */
  async split(newId: string, oldId: string, percentage: number, message: string): Promise<void> {
    const specs =
      percentage >= 100
        ? [`${newId}@100%`]
        : [`${newId}@${percentage}%`, `${oldId}@${100 - percentage}%`];
    const action = `deploy ${this.input.scriptName} at ${specs.join(' ')}`;
    const run = await runStep(
      this.ctx,
      this.input.wrangler,
      [
        'versions',
        'deploy',
        ...specs,
        '--name',
        this.input.scriptName,
        '--message',
        message,
        '--yes',
      ],
      { ...this.step, action },
      this.transcript,
    );
    assertSucceeded(run, { ...this.step, action });
  }

  /** The new and old version's invocations since `since`, from one analytics request. */
  async stats(since: Date, newId: string, oldId: string): Promise<[VersionStats?, VersionStats?]> {
    const { client, accountId } = this.input.rollout.analytics;
    const [script] = await queryInvocations(client, {
      accountId,
      scripts: [this.input.scriptName],
      since,
      until: this.ctx.now(),
    });
    const find = (id: string) => script?.versions.find((v) => v.version === id);
    return [find(newId), find(oldId)];
  }

  /** Too little traffic: the new version alone answers the health check (its preview URL). */
  async healthOf(previewUrl: string | null): Promise<{ ok: boolean; note: string }> {
    if (!previewUrl) {
      return { ok: false, note: 'and the new version has no preview URL to health-check' };
    }
    const health = await checkHealth(healthUrl(previewUrl, this.input.worker.healthcheckPath), {
      ...this.input.health,
      fetch: this.ctx.fetch,
    });
    this.deployResult.health = health;
    const answer = health.status === null ? (health.error ?? 'no answer') : `HTTP ${health.status}`;
    return {
      ok: health.ok,
      note: `so the health check decided: ${health.url} answered ${answer}`,
    };
  }

  /** Runs one step: split, wait, judge. Returns false when it rolled back. */
  async advance(newId: string, oldId: string, percentage: number, previewUrl: string | null) {
    const { rollout } = this.input;
    const last = percentage >= 100;
    await this.split(newId, oldId, percentage, `${MARKER}${newId} at ${percentage}%`);
    this.result.finalPercentage = percentage;
    if (last) {
      return this.record({
        percentage,
        outcome: 'promoted',
        judgedBy: 'nothing (last step)',
        newStats: null,
        oldStats: null,
        note: `${newId} serves 100 % of traffic`,
      });
    }
    const started = this.ctx.now();
    await this.sleep(rollout.waitSeconds * 1000);
    const [newStats, oldStats] = await this.stats(started, newId, oldId);
    const comparison = compareVersions(newStats, oldStats, rollout.thresholds);
    let ok = comparison.verdict === 'no-worse';
    let note = comparison.summary;
    let judgedBy: RolloutStep['judgedBy'] = 'analytics';
    if (comparison.verdict === 'too-little-traffic') {
      const health = await this.healthOf(previewUrl);
      ok = health.ok;
      judgedBy = 'health check';
      note = `${comparison.summary}, ${health.note}`;
      this.deployResult.diagnostics.push(
        deployFinding('R052', `${this.input.worker.name} at ${percentage} %: ${note}.`),
      );
    }
    if (!ok) {
      await this.split(oldId, newId, 100, `docker-to-workers rollback of ${newId}`);
      this.result.finalPercentage = 0;
      this.result.decision = 'rolled-back';
      const metric = comparison.failing.map((f) => f.metric).join(' and ') || 'health check';
      this.result.reason = `rolled back from ${newId} to ${oldId} at ${percentage} % because of the ${metric}: ${note}`;
      this.deployResult.rolledBack = true;
      this.deployResult.status = 'failed';
      this.deployResult.diagnostics.push(
        deployFinding('R051', `${this.input.worker.name}: ${this.result.reason}.`),
      );
    }
    return this.record({
      percentage,
      outcome: ok ? 'promoted' : 'rolled-back',
      judgedBy,
      newStats: newStats ?? null,
      oldStats: oldStats ?? null,
      note,
    });
  }

  private async record(step: RolloutStep): Promise<boolean> {
    this.result.steps.push(step);
    this.ctx.log.info(
      `${this.input.worker.name} rollout ${step.percentage} %: ${step.outcome} (${step.note})`,
    );
    await this.input.onStep?.(step, this.result);
    return step.outcome === 'promoted';
  }

  /** Walks the steps from the first; stops at the first rollback. */
  async walk(newId: string, oldId: string, previewUrl: string | null, steps: number[]) {
    this.result.newVersionId = newId;
    this.result.oldVersionId = oldId;
    for (const percentage of steps) {
      try {
        if (!(await this.advance(newId, oldId, percentage, previewUrl))) return;
      } catch (error) {
        if (error instanceof UserError) await this.revertAfter(error, newId, oldId, percentage);
        throw error;
      }
    }
    this.result.decision = 'promoted';
    this.result.reason = `promoted ${newId} to 100 % in ${steps.length} step${steps.length === 1 ? '' : 's'} (${steps.join(', ')} %), replacing ${oldId}`;
    this.deployResult.diagnostics.push(
      deployFinding('R050', `${this.input.worker.name}: ${this.result.reason}.`),
    );
  }

  /** A step that could not be judged (the analytics failed) never leaves traffic split. */
  private async revertAfter(error: UserError, newId: string, oldId: string, percentage: number) {
    if (this.result.finalPercentage === 0 || this.result.finalPercentage >= 100) return;
    await this.split(oldId, newId, 100, `docker-to-workers rollback of ${newId}`);
    this.result.finalPercentage = 0;
    this.result.decision = 'rolled-back';
    this.result.reason = `rolled back from ${newId} to ${oldId} at ${percentage} % because the step could not be judged: ${error.message}`;
    this.deployResult.rolledBack = true;
  }

  /**
   * A split left by an interrupted run: the newer version (named in our deployment message, else the
   * smaller share) is judged over the time since that split; it is finished (100 %) or reverted (0 %).
   */
  async resolveInterrupted(split: Split): Promise<string> {
    const sorted = [...split.versions].sort((a, b) => a.percentage - b.percentage);
    const named = split.message.startsWith(MARKER)
      ? split.versions.find((v) => split.message.includes(v.version_id))
      : undefined;
    const candidate = named ?? sorted[0]!;
    const other = split.versions.find((v) => v !== candidate)!;
    // Since the split was made, and at least one step's wait back.
    const stepStart = this.ctx.now().getTime() - this.input.rollout.waitSeconds * 1000;
    const made = split.createdOn ? Date.parse(split.createdOn) : NaN;
    const since = new Date(Number.isNaN(made) ? stepStart : Math.min(made, stepStart));
    const [newStats, oldStats] = await this.stats(since, candidate.version_id, other.version_id);
    const comparison = compareVersions(newStats, oldStats, this.input.rollout.thresholds);
    const finish = comparison.verdict === 'no-worse';
    const [winner, loser] = finish ? [candidate, other] : [other, candidate];
    await this.split(
      winner.version_id,
      loser.version_id,
      100,
      `docker-to-workers: ${finish ? 'finished' : 'reverted'} an interrupted rollout`,
    );
    const what = `found traffic split between ${candidate.version_id} (${candidate.percentage} %) and ${other.version_id} (${other.percentage} %), left by an interrupted rollout; ${finish ? 'finished it' : 'reverted it'}: ${winner.version_id} now serves 100 % (${comparison.summary})`;
    this.result.resumed = what;
    this.deployResult.diagnostics.push(
      deployFinding('R054', `${this.input.worker.name}: ${what}.`),
    );
    return winner.version_id;
  }
}

/**
 * Resolves a split an interrupted run left, then returns the version serving all traffic (null for a
 * Worker never deployed) and the controller for this run's steps.
 */
export async function startRollout(
  ctx: Context,
  input: RolloutInput,
  step: WranglerStep,
  transcript: Transcript,
  result: DeployResult,
): Promise<{ controller: RolloutController; liveVersion: string | null }> {
  const rollout = new Rollout(ctx, input, step, transcript, result);
  result.rollout = rollout.result;
  const split = await liveSplit(ctx, input.wrangler, input.scriptName, step);
  let liveVersion = split?.versions[0]?.version_id ?? null;
  if (split && split.versions.length > 1) liveVersion = await rollout.resolveInterrupted(split);
  return {
    liveVersion,
    controller: {
      walk: (newId, oldId, previewUrl) =>
        rollout.walk(newId, oldId, previewUrl, input.rollout.steps),
      atOnce: (reason) => {
        rollout.result.decision = 'deployed-at-once';
        rollout.result.finalPercentage = 100;
        rollout.result.reason = reason;
        result.diagnostics.push(deployFinding('R053', `${input.worker.name}: ${reason}.`));
      },
    },
  };
}

export interface RolloutController {
  walk(newId: string, oldId: string, previewUrl: string | null): Promise<void>;
  /** Records that the Worker was deployed at once (cannot split, or nothing to split with). */
  atOnce(reason: string): void;
}
