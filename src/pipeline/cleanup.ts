import type { Context } from '../context.js';
import {
  removePreviews,
  workerNames,
  type CleanupOptions as StageOptions,
  type WorkerNames,
} from '../deploy/cleanup.js';
import { githubFromEnvironment, type GitHubClient } from '../github/client.js';
import type { CleanupResult, Plan } from '../model/index.js';
import { reportCleanup } from '../report/deploy-report.js';
import { GitHubReporter, type ReportOptions } from '../report/github-reporter.js';

export interface CleanupOptions extends StageOptions {
  report?: ReportOptions;
  /** The GitHub client; by default built from the environment, none without a token. */
  github?: GitHubClient | null;
}

/**
 * A closed pull request: its previews and per-PR resources removed (src/deploy), then its GitHub
 * deployments made inactive and its comment rows marked "cleaned up" (src/report).
 */
export async function cleanup(
  source: Plan | WorkerNames,
  options: CleanupOptions,
  ctx: Context,
): Promise<CleanupResult> {
  const github = options.github === undefined ? await githubFromEnvironment(ctx) : options.github;
  const reporter = new GitHubReporter(github, options.report ?? {}, ctx);
  const result = await removePreviews(source, options, ctx);
  result.deactivatedDeployments = await reportCleanup(reporter, {
    pullRequest: options.pullRequest,
    workers: workerNames(source),
    now: ctx.now(),
  });
  result.diagnostics.push(...reporter.diagnostics);
  return result;
}
