import type { Context } from '../context.js';
import { analyticsConnection, queryInvocations } from '../cloudflare/analytics.js';
import type { CloudflareClient, CloudflareClientOptions } from '../cloudflare/client.js';
import { chooseTarget } from '../deploy/target.js';
import { githubFromEnvironment, type GitHubClient } from '../github/client.js';
import type { MonitorReport, MonitorThresholds, Plan, WorkerPlan } from '../model/index.js';
import { deploymentEnvironment } from '../report/deployments.js';
import { GitHubReporter } from '../report/github-reporter.js';
import { assessWorker, cpuLimitMs, thresholdsFor } from './assess.js';

export { parseDuration } from './window.js';

export interface MonitorOptions {
  /** Start of the window (its end is now). */
  since: Date;
  thresholds?: Partial<MonitorThresholds>;
  /** Default: built from `CLOUDFLARE_API_TOKEN`. */
  client?: CloudflareClient;
  clientOptions?: Partial<Omit<CloudflareClientOptions, 'apiToken'>>;
  /** The GitHub client that finds the last deploy's record (version, start-up time); none without it. */
  github?: GitHubClient | null;
  /** This run's uploads (version, start-up time) per Worker: used instead of GitHub's records. */
  uploads?: { worker: string; versionId: string | null; startupMs: number | null }[];
}

const monitored = (plan: Plan): WorkerPlan[] =>
  plan.workers.filter((w) => w.verdict !== 'unsupported');

/**
 * Production's health per Worker and version over `[since, now]`: one analytics request for all Workers,
 * judged against the thresholds (the CPU limit defaults to the plan's).
 */
export async function monitor(
  plan: Plan,
  options: MonitorOptions,
  ctx: Context,
): Promise<MonitorReport> {
  const { client, accountId } = analyticsConnection(ctx, options);
  const workers = monitored(plan);
  const until = ctx.now();
  const scripts = workers.map((w) => chooseTarget(w, 'production', null).scriptName);
  const stats = await queryInvocations(client, {
    accountId,
    scripts,
    since: options.since,
    until,
  });
  const github =
    options.github === undefined && !options.uploads
      ? await githubFromEnvironment(ctx)
      : (options.github ?? null);
  const reporter = new GitHubReporter(github, {}, ctx);
  const results = [];
  for (const [i, worker] of workers.entries()) {
    const deployed =
      options.uploads?.find((u) => u.worker === worker.name) ??
      (await reporter.productionMetrics(
        deploymentEnvironment('production', null, worker.name, plan.workers.length),
      ));
    results.push(
      assessWorker({
        worker: worker.name,
        scriptName: scripts[i]!,
        cpuLimitMs: cpuLimitMs(worker, plan.tier),
        thresholds: thresholdsFor(worker, plan.tier, options.thresholds),
        stats: stats[i]!,
        deployed,
        since: options.since.toISOString(),
      }),
    );
  }
  return {
    environment: 'production',
    since: options.since.toISOString(),
    until: until.toISOString(),
    apiRequests: 1,
    workers: results,
  };
}
