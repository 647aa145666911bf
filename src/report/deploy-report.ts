import type {
  CheckResult,
  DeployEvents,
  DeployResult,
  Plan,
  RolloutStep,
  RowStatus,
  WorkerOutcome,
  WorkerPlan,
} from '../model/index.js';
import type { CommentEntry } from './comment.js';
import { deploymentEnvironment } from './deployments.js';
import { commentEntry, findingsFor, kvReadYourWrites } from './entries.js';
import type { GitHubReporter } from './github-reporter.js';

export interface DeployReportInput {
  plan: Plan;
  environment: 'production' | 'preview';
  pullRequest: number | null;
  commit: string;
  /** Check results, for findings and bundle sizes in the comment and summary. */
  checks?: CheckResult[];
  now: () => Date;
}

/**
 * Follows a deploy on GitHub: the preview's sticky comment (building → each Worker's result) and one
 * Deployment per Worker, created when its upload succeeds and always finished, success or failure.
 */
export class DeployReport implements DeployEvents {
  private readonly deployments = new Map<string, number | null>();

  constructor(
    private readonly reporter: GitHubReporter,
    private readonly input: DeployReportInput,
  ) {}

  private get commentsOn(): number | null {
    return this.input.environment === 'preview' ? this.input.pullRequest : null;
  }

  private environmentOf(worker: WorkerPlan): string {
    const { environment, pullRequest, plan } = this.input;
    return deploymentEnvironment(environment, pullRequest, worker.name, plan.workers.length);
  }

  private entry(worker: WorkerPlan, status: RowStatus, result?: DeployResult, note?: string) {
    const { commit, checks, now } = this.input;
    return commentEntry({ worker, status, commit, now: now(), result, note, checks });
  }

  private async comment(entries: CommentEntry[]): Promise<void> {
    const pr = this.commentsOn;
    if (pr !== null) await this.reporter.comment(pr, entries);
  }

  /** The payload keeps start-up time and size, so later previews can compare against production. */
  private async start(worker: WorkerPlan, result: DeployResult): Promise<number | null> {
    if (this.deployments.has(worker.name)) return this.deployments.get(worker.name) ?? null;
    // Read before this run's deployment exists: production's last success, not this upload.
    const production = await this.reporter.productionMetrics(
      worker.name,
      this.input.plan.workers.length,
    );
    result.migration.production = production
      ? { startupMs: production.startupMs, gzipBytes: production.gzipBytes }
      : null;
    const id = await this.reporter.startDeployment({
      environment: this.environmentOf(worker),
      ref: this.input.commit || 'HEAD',
      transient: this.input.environment === 'preview',
      production: this.input.environment === 'production',
      description: `${worker.name} → ${result.scriptName}`,
      metrics: {
        worker: worker.name,
        versionId: result.versionId,
        startupMs: result.migration.startupMs,
        gzipBytes: result.migration.gzipBytes,
      },
    });
    this.deployments.set(worker.name, id);
    return id;
  }

  async building(workers: WorkerPlan[]): Promise<void> {
    await this.comment(workers.map((worker) => this.entry(worker, 'building')));
  }

  async provisionFailed(workers: WorkerPlan[], message: string): Promise<void> {
    const note = `provisioning failed: ${message}`;
    await this.comment(workers.map((worker) => this.entry(worker, 'failed', undefined, note)));
  }

  async uploaded(worker: WorkerPlan, result: DeployResult): Promise<void> {
    await this.start(worker, result);
  }

  async rolloutStep(worker: WorkerPlan, step: RolloutStep): Promise<void> {
    await this.reporter.progressDeployment(
      this.deployments.get(worker.name) ?? null,
      `${worker.name}: ${step.percentage} % ${step.outcome} (${step.judgedBy})`,
    );
  }

  /** Never leaves a Deployment "in progress"; a failed upload still gets a (failed) one. */
  async workerDone(worker: WorkerPlan, outcome: WorkerOutcome): Promise<void> {
    const environment = this.environmentOf(worker);
    if ('error' in outcome) {
      const id = this.deployments.get(worker.name) ?? null;
      await this.reporter.finishDeployment(id, environment, {
        ok: false,
        environmentUrl: null,
        description: outcome.error,
      });
      return;
    }
    const { result } = outcome;
    const id = await this.start(worker, result);
    result.migration.kvReadYourWrites = kvReadYourWrites(
      findingsFor(worker.name, this.input.checks),
    );
    await this.reporter.finishDeployment(id, environment, {
      ok: result.status === 'ready',
      environmentUrl: result.previewAliasUrl ?? result.deploymentUrl ?? result.previewUrl,
      description:
        result.status === 'ready'
          ? `${worker.name} is live`
          : (result.diagnostics.find((d) => d.severity === 'error')?.message ?? 'failed'),
    });
  }

  async done(results: DeployResult[]): Promise<void> {
    await this.comment(
      this.input.plan.workers.map((worker, i) =>
        this.entry(worker, results[i]!.status, results[i]),
      ),
    );
  }
}

/**
 * A closed pull request on GitHub after cleanup: its preview deployments inactive, its comment rows
 * "cleaned up". Returns how many deployments became inactive.
 */
export async function reportCleanup(
  reporter: GitHubReporter,
  input: { pullRequest: number; workers: string[]; now: Date },
): Promise<number> {
  const { pullRequest, workers } = input;
  let deactivated = 0;
  for (const name of workers) {
    deactivated += await reporter.deactivate(
      deploymentEnvironment('preview', pullRequest, name, workers.length),
    );
  }
  await reporter.comment(
    pullRequest,
    workers.map((worker) => ({
      worker,
      status: 'cleaned up',
      commit: '',
      previewUrl: null,
      aliasUrl: null,
      updatedAt: input.now.toISOString(),
      note: null,
      findings: [],
      migration: null,
      health: null,
    })),
  );
  return deactivated;
}
