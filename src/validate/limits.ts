import type { WorkersPlanTier } from '../model/index.js';

/**
 * Workers limits the checks compare against, per plan tier.
 * Source: https://developers.cloudflare.com/workers/platform/limits/ (via ../shared/reference/workers-facts.md).
 */
export const LIMITS_SOURCE = 'https://developers.cloudflare.com/workers/platform/limits/';

export interface TierLimits {
  /** Compressed (gzip) script size. */
  scriptGzipBytes: number;
  /** Global-scope evaluation at start-up. */
  startupMs: number;
  /** Default CPU time per HTTP request. */
  cpuMsPerRequest: number;
}

const MiB = 1024 * 1024;

export const TIER_LIMITS: Record<WorkersPlanTier, TierLimits> = {
  free: { scriptGzipBytes: 3 * MiB, startupMs: 1000, cpuMsPerRequest: 10 },
  paid: { scriptGzipBytes: 10 * MiB, startupMs: 1000, cpuMsPerRequest: 30_000 },
};

/** Share of the size limit above which a bundle is reported as close to it. */
export const SIZE_WARNING_RATIO = 0.8;
