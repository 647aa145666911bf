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

export interface CheckResult {
  worker: string;
  verdict: Verdict;
  diagnostics: Diagnostic[];
  bundle: BundleReport | null;
  smoke: SmokeResult | null;
}
