import type { Diagnostic } from './diagnostic.js';
import type { Verdict } from './plan.js';

export interface PackageSize {
  package: string;
  bytes: number;
  share: number;
}

export interface BundleReport {
  rawBytes: number;
  gzipBytes: number;
  /** The size limit, uncompressed (as `rawBytes`). */
  limitBytes: number;
  topPackages: PackageSize[];
}

export interface SmokeResult {
  status: number | null;
  startupMs: number | null;
  error: string | null;
  path: string;
  /** Time of the health-check request. */
  responseMs?: number | null;
}

/** The global scope's start-up time against Cloudflare's limit (1 s on every plan). */
export interface StartupMeasure {
  /** Time evaluating the main module (ms): CPU from wrangler's profile, or wall-clock from a workerd boot. */
  cpuMs: number;
  /** The budget it is held to: the plan's limit unless check was given a lower one. */
  limitMs: number;
  /** `wrangler check startup` (a CPU profile), or a timed workerd boot when the profile failed. */
  method: 'wrangler check startup' | 'workerd boot';
  /** The CPU profile wrangler wrote (Chrome DevTools format), if any. */
  profile: string | null;
  /** Why wrangler's profile is missing, when `method` is the fallback. */
  profileError?: string;
}

export interface CheckResult {
  worker: string;
  verdict: Verdict;
  diagnostics: Diagnostic[];
  bundle: BundleReport | null;
  smoke: SmokeResult | null;
  /** Start-up against the limit; null when nothing was bundled or booted. */
  startup: StartupMeasure | null;
}
