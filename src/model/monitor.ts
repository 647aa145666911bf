/** A Worker's invocations over a window, from Cloudflare's analytics (times in milliseconds). */
export interface InvocationStats {
  requests: number;
  errors: number;
  /** errors / requests; null without requests. */
  errorRate: number | null;
  subrequests: number;
  cpuP50Ms: number | null;
  cpuP99Ms: number | null;
  wallP50Ms: number | null;
  wallP99Ms: number | null;
}

/** One version's invocations (`scriptVersion`; empty when the analytics did not name it). */
export interface VersionStats extends InvocationStats {
  version: string;
}

/** One bucket (an hour or a day) of a Worker's invocations, all versions together. */
export interface SeriesPoint {
  /** Start of the bucket, ISO 8601. */
  at: string;
  requests: number;
  errors: number;
  errorRate: number | null;
  cpuP99Ms: number | null;
}

export interface ScriptStats {
  scriptName: string;
  /** Most requests first. */
  versions: VersionStats[];
  series: SeriesPoint[];
}

export type HealthMetric = 'error rate' | 'CPU p99';

/** A metric over its limit. */
export interface Breach {
  metric: HealthMetric;
  version: string;
  value: number;
  limit: number;
}

/**
 * `healthy` only with enough requests to judge; `too-little-traffic` is never read as healthy;
 * `breached` names each metric over its limit.
 */
export type MonitorVerdict = 'healthy' | 'breached' | 'too-little-traffic';

export interface MonitorThresholds {
  /** 0–1. */
  maxErrorRate: number;
  /** Default: the plan's CPU limit per request. */
  maxCpuP99Ms: number;
  /** Below this many requests in the window a version is not judged. */
  minRequests: number;
}

/** What the last production upload of a Worker recorded (its GitHub deployment, or this run's upload). */
export interface DeployedRecord {
  versionId: string | null;
  startupMs: number | null;
}

/** Finds a Worker's last production record; null when none is known. Injected into the monitor stage. */
export type DeployedLookup = (worker: string) => Promise<DeployedRecord | null>;

export interface WorkerMonitor {
  worker: string;
  scriptName: string;
  /** The plan's CPU time limit per request (`limits.cpu_ms`, else the tier's). */
  cpuLimitMs: number;
  thresholds: MonitorThresholds;
  /** The version serving production, from the last deploy's record, else the busiest one. */
  currentVersion: string | null;
  /** Start-up time the last upload reported, when it was recorded. */
  startupMs: number | null;
  versions: VersionStats[];
  series: SeriesPoint[];
  verdict: MonitorVerdict;
  breaches: Breach[];
  /** One sentence: why this verdict. */
  summary: string;
}

export interface MonitorReport {
  environment: string;
  since: string;
  until: string;
  /** Calls made to the analytics API (one for every Worker together). */
  apiRequests: number;
  workers: WorkerMonitor[];
}
