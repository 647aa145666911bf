import type { Context } from '../context.js';
import type { GitHubClient } from '../github/client.js';
import type { Diagnostic } from '../model/index.js';
import type { CommentEntry } from './comment.js';
import { upsertComment } from './comment-poster.js';
import { reportFinding } from './rules.js';
import {
  deactivateEnvironment,
  deploymentEnvironment,
  finishDeployment,
  latestSuccessfulMetrics,
  setStatus,
  startDeployment,
  type DeploymentMetrics,
  type DeploymentTarget,
} from './deployments.js';

export interface ReportOptions {
  /** The sticky PR comment (default true). */
  comment?: boolean;
  /** GitHub Deployments (default true). */
  deployments?: boolean;
}

/**
 * Reports to GitHub when there is a client. A failed GitHub call never fails the deploy: it becomes an
 * R040 warning (usually a missing `pull-requests: write` or `deployments: write` permission).
 */
export class GitHubReporter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly github: GitHubClient | null,
    private readonly options: ReportOptions,
    private readonly ctx: Context,
  ) {}

  get pullRequest() {
    return this.github?.context.pullRequest ?? null;
  }

  private async guard<T>(
    what: string,
    call: (github: GitHubClient) => Promise<T>,
  ): Promise<T | null> {
    if (!this.github) return null;
    try {
      return await call(this.github);
    } catch (error) {
      const status = (error as { status?: number }).status;
      const message = `Could not ${what} on GitHub${status ? ` (HTTP ${status})` : ''}: ${error instanceof Error ? error.message : String(error)}`;
      this.ctx.log.warn(message);
      this.diagnostics.push(reportFinding('R040', message));
      return null;
    }
  }

  async comment(pullRequest: number, entries: CommentEntry[]): Promise<void> {
    if (this.options.comment === false) return;
    const pr = this.pullRequest;
    await this.guard('update the pull request comment', (github) =>
      upsertComment(
        github,
        {
          pullRequest,
          title: pr?.number === pullRequest ? pr.title : '',
          branch: pr?.number === pullRequest ? pr.headRef : '',
          entries,
        },
        this.ctx,
      ),
    );
  }

  async startDeployment(target: DeploymentTarget): Promise<number | null> {
    if (this.options.deployments === false) return null;
    return this.guard('create a deployment', (github) => startDeployment(github, target));
  }

  /** An `in_progress` status with a description (each step of a gradual rollout). */
  async progressDeployment(id: number | null, description: string): Promise<void> {
    if (id === null) return;
    await this.guard('update a deployment', (github) =>
      setStatus(github, id, 'in_progress', { description }),
    );
  }

  async finishDeployment(
    id: number | null,
    environment: string,
    outcome: { ok: boolean; environmentUrl: string | null; description: string },
  ): Promise<void> {
    if (id === null) return;
    await this.guard('update a deployment', (github) =>
      finishDeployment(github, id, environment, outcome),
    );
  }

  /** What the last successful production deploy of `worker` (one of `workers` Workers) recorded. */
  async productionMetrics(worker: string, workers: number): Promise<DeploymentMetrics | null> {
    if (this.options.deployments === false) return null;
    const environment = deploymentEnvironment('production', null, worker, workers);
    return this.guard('read the production deployment', (github) =>
      latestSuccessfulMetrics(github, environment),
    );
  }

  async deactivate(environment: string): Promise<number> {
    if (this.options.deployments === false) return 0;
    return (
      (await this.guard('deactivate deployments', (github) =>
        deactivateEnvironment(github, environment),
      )) ?? 0
    );
  }
}
