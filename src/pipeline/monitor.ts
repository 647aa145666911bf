import type { Context } from '../context.js';
import { githubFromEnvironment, type GitHubClient } from '../github/client.js';
import type { DeployedLookup, DeployedRecord, MonitorReport, Plan } from '../model/index.js';
import {
  monitor as assessProduction,
  type MonitorOptions as StageOptions,
} from '../monitor/index.js';
import { GitHubReporter } from '../report/github-reporter.js';
import { productionRecords } from '../report/monitor.js';

export interface MonitorOptions extends Omit<StageOptions, 'deployed'> {
  /** The GitHub client that finds the last deploy's record (version, start-up time); none without it. */
  github?: GitHubClient | null;
  /** This run's uploads (version, start-up time) per Worker: used instead of GitHub's records. */
  uploads?: (DeployedRecord & { worker: string })[];
}

/**
 * Production's health (src/monitor), each Worker's current version and start-up time taken from this
 * run's uploads when given, else from its last GitHub Deployment (src/report).
 */
export async function monitor(
  plan: Plan,
  options: MonitorOptions,
  ctx: Context,
): Promise<MonitorReport> {
  return assessProduction(
    plan,
    { ...options, deployed: await lastDeploys(plan, options, ctx) },
    ctx,
  );
}

async function lastDeploys(
  plan: Plan,
  { uploads, github }: MonitorOptions,
  ctx: Context,
): Promise<DeployedLookup> {
  const client =
    github === undefined && !uploads ? await githubFromEnvironment(ctx) : (github ?? null);
  const records = productionRecords(new GitHubReporter(client, {}, ctx), plan.workers.length);
  return async (worker) => uploads?.find((u) => u.worker === worker) ?? (await records(worker));
}
