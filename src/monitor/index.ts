import type { Context } from '../context.js';
import { analyticsConnection, queryInvocations } from '../cloudflare/analytics.js';
import type { CloudflareClient, CloudflareClientOptions } from '../cloudflare/client.js';
import { chooseTarget } from '../deploy/target.js';
import type {
  DeployedLookup,
  MonitorReport,
  MonitorThresholds,
  Plan,
  WorkerPlan,
} from '../model/index.js';
import { assessWorker, cpuLimitMs, thresholdsFor } from './assess.js';

export { parseDuration } from './window.js';

export interface MonitorOptions {
  /** Start of the window (its end is now). */
  since: Date;
  thresholds?: Partial<MonitorThresholds>;
  /** Default: built from `CLOUDFLARE_API_TOKEN`. */
  client?: CloudflareClient;
  clientOptions?: Partial<Omit<CloudflareClientOptions, 'apiToken'>>;
  /** The last deploy's record (version, start-up time) per Worker; none without it. */
  deployed?: DeployedLookup;
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
  const results = [];
  for (const [i, worker] of workers.entries()) {
    results.push(
      assessWorker({
        worker: worker.name,
        scriptName: scripts[i]!,
        cpuLimitMs: cpuLimitMs(worker, plan.tier),
        thresholds: thresholdsFor(worker, plan.tier, options.thresholds),
        stats: stats[i]!,
        deployed: (await options.deployed?.(worker.name)) ?? null,
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
