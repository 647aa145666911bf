import type { Context } from '../context.js';
import { deployWorkers, type DeployOptions as StageOptions } from '../deploy/index.js';
import { githubFromEnvironment, type GitHubClient } from '../github/client.js';
import { pullRequestNumber } from '../github/context.js';
import type { DeployResult, Plan } from '../model/index.js';
import { DeployReport } from '../report/deploy-report.js';
import { GitHubReporter, type ReportOptions } from '../report/github-reporter.js';

export interface DeployOptions extends Omit<StageOptions, 'events' | 'fork' | 'pullRequest'> {
  /** The pull request of a preview; defaults to the one in the GitHub event. */
  pullRequest?: number;
  report?: ReportOptions;
  /** The GitHub client; by default built from the environment (`GITHUB_TOKEN`, …), none without it. */
  github?: GitHubClient | null;
}

/**
 * Deploys the plan (src/deploy) while the report stage follows it on GitHub when it can: the sticky PR
 * comment and GitHub Deployments. GitHub reporting problems concern the run, not one Worker: they ride
 * on the first result.
 */
export async function deploy(
  plan: Plan,
  options: DeployOptions,
  ctx: Context,
): Promise<DeployResult[]> {
  const github = options.github === undefined ? await githubFromEnvironment(ctx) : options.github;
  const reporter = new GitHubReporter(github, options.report ?? {}, ctx);
  const pullRequest = pullRequestNumber(github?.context ?? null, options.pullRequest);
  const events = new DeployReport(reporter, {
    plan,
    environment: options.environment,
    pullRequest,
    commit: github?.context.sha ?? ctx.env.GITHUB_SHA ?? '',
    checks: options.checks,
    now: () => ctx.now(),
  });
  const fork = reporter.pullRequest?.fork ?? false;
  const results = await deployWorkers(plan, { ...options, pullRequest, fork, events }, ctx);
  results[0]?.diagnostics.push(...reporter.diagnostics);
  return results;
}
