import type {
  Breach,
  DeployedRecord,
  MonitorThresholds,
  ScriptStats,
  VersionStats,
  WorkerMonitor,
  WorkerPlan,
  WorkersPlanTier,
} from '../model/index.js';
import { percent } from '../util/format.js';
import { TIER_LIMITS } from '../validate/limits.js';

/** 1 % of requests failing; below 100 requests a version is not judged. */
export const DEFAULT_MAX_ERROR_RATE = 0.01;
export const DEFAULT_MIN_REQUESTS = 100;

/** The CPU time a request may use: the plan's `limits.cpu_ms`, else the Workers plan's default. */
export function cpuLimitMs(worker: WorkerPlan, tier: WorkersPlanTier): number {
  return worker.cpuMs ?? TIER_LIMITS[tier].cpuMsPerRequest;
}

export function thresholdsFor(
  worker: WorkerPlan,
  tier: WorkersPlanTier,
  given: Partial<MonitorThresholds> = {},
): MonitorThresholds {
  return {
    maxErrorRate: given.maxErrorRate ?? DEFAULT_MAX_ERROR_RATE,
    maxCpuP99Ms: given.maxCpuP99Ms ?? cpuLimitMs(worker, tier),
    minRequests: given.minRequests ?? DEFAULT_MIN_REQUESTS,
  };
}

export function describeBreach(breach: Breach): string {
  const show = breach.metric === 'error rate' ? percent : (v: number) => `${v} ms`;
  return `${breach.metric} ${show(breach.value)} is over the limit ${show(breach.limit)} (version ${breach.version || 'unknown'})`;
}

/** The metrics of one version over their limits. */
export function breachesOf(stats: VersionStats, thresholds: MonitorThresholds): Breach[] {
  const breaches: Breach[] = [];
  if (stats.errorRate !== null && stats.errorRate > thresholds.maxErrorRate) {
    breaches.push({
      metric: 'error rate',
      version: stats.version,
      value: stats.errorRate,
      limit: thresholds.maxErrorRate,
    });
  }
  if (stats.cpuP99Ms !== null && stats.cpuP99Ms > thresholds.maxCpuP99Ms) {
    breaches.push({
      metric: 'CPU p99',
      version: stats.version,
      value: stats.cpuP99Ms,
      limit: thresholds.maxCpuP99Ms,
    });
  }
  return breaches;
}

export interface AssessInput {
  worker: string;
  scriptName: string;
  cpuLimitMs: number;
  thresholds: MonitorThresholds;
  stats: ScriptStats;
  /** From the last deploy's record; null when unknown (the busiest version is taken). */
  deployed: DeployedRecord | null;
  since: string;
}

/**
 * Judges each version that had enough requests; a Worker whose versions all had too few is
 * `too-little-traffic`, never healthy.
 */
export function assessWorker(input: AssessInput): WorkerMonitor {
  const { stats, thresholds } = input;
  const judged = stats.versions.filter((v) => v.requests >= thresholds.minRequests);
  const breaches = judged.flatMap((v) => breachesOf(v, thresholds));
  const requests = stats.versions.reduce((n, v) => n + v.requests, 0);
  const verdict =
    breaches.length > 0 ? 'breached' : judged.length === 0 ? 'too-little-traffic' : 'healthy';
  const summary =
    verdict === 'breached'
      ? `${input.worker}: ${breaches.map(describeBreach).join('; ')}.`
      : verdict === 'too-little-traffic'
        ? `${input.worker}: too little traffic to judge: ${requests} request${requests === 1 ? '' : 's'} since ${input.since}, at least ${thresholds.minRequests} per version needed.`
        : `${input.worker}: healthy over ${requests} requests (error rate at most ${percent(thresholds.maxErrorRate)}, CPU p99 at most ${thresholds.maxCpuP99Ms} ms).`;
  return {
    worker: input.worker,
    scriptName: input.scriptName,
    cpuLimitMs: input.cpuLimitMs,
    thresholds,
    currentVersion: input.deployed?.versionId ?? stats.versions[0]?.version ?? null,
    startupMs: input.deployed?.startupMs ?? null,
    versions: stats.versions,
    series: stats.series,
    verdict,
    breaches,
    summary,
  };
}

/** How a new version compares with the one it replaces over the same window. */
export interface VersionComparison {
  verdict: 'no-worse' | 'worse' | 'too-little-traffic';
  /** The metrics where the new version is over its limit and worse than the old one. */
  failing: Breach[];
  summary: string;
}

function figures(stats: VersionStats | undefined): string {
  if (!stats) return 'no requests';
  return `${stats.requests} requests, error rate ${stats.errorRate === null ? '–' : percent(stats.errorRate)}, CPU p99 ${stats.cpuP99Ms ?? '–'} ms`;
}

/**
 * The new version is worse on a metric when it is over the limit there and higher than the old version
 * (an old version already over the limit does not make an equally bad new one fail). Below
 * `minRequests` to the new version it is not judged.
 */
export function compareVersions(
  candidate: VersionStats | undefined,
  baseline: VersionStats | undefined,
  thresholds: MonitorThresholds,
): VersionComparison {
  const requests = candidate?.requests ?? 0;
  if (!candidate || requests < thresholds.minRequests) {
    return {
      verdict: 'too-little-traffic',
      failing: [],
      summary: `too little traffic to judge: ${requests} request${requests === 1 ? '' : 's'} to the new version, at least ${thresholds.minRequests} needed`,
    };
  }
  const failing = breachesOf(candidate, thresholds).filter((breach) => {
    const old = breach.metric === 'error rate' ? baseline?.errorRate : baseline?.cpuP99Ms;
    return old === null || old === undefined || breach.value > old;
  });
  const both = `new: ${figures(candidate)}; old: ${figures(baseline)}`;
  return failing.length
    ? { verdict: 'worse', failing, summary: `${failing.map(describeBreach).join('; ')} (${both})` }
    : { verdict: 'no-worse', failing, summary: `no worse than the old version (${both})` };
}
