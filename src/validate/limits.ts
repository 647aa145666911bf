import type { WorkersPlanTier } from '../model/index.js';

/**
 * Workers limits the checks compare against, per plan tier.
 * Source: https://developers.cloudflare.com/workers/platform/limits/ (Worker size 64 MiB on every plan
 * since the compressed 3 MB / 10 MB limits were removed in 2026, as wrangler 4.164's size reporter
 * `MAX_UNCOMPRESSED_SIZE_BYTES`; start-up 1 s; memory 128 MB).
 */
export const LIMITS_SOURCE = 'https://developers.cloudflare.com/workers/platform/limits/';

export interface TierLimits {
  /** Uncompressed size of the uploaded modules. */
  scriptBytes: number;
  /** Global-scope evaluation at start-up. */
  startupMs: number;
  /** Default CPU time per HTTP request. */
  cpuMsPerRequest: number;
}

const MiB = 1024 * 1024;

export const TIER_LIMITS: Record<WorkersPlanTier, TierLimits> = {
  free: { scriptBytes: 64 * MiB, startupMs: 1000, cpuMsPerRequest: 10 },
  paid: { scriptBytes: 64 * MiB, startupMs: 1000, cpuMsPerRequest: 30_000 },
};

/** Share of the size limit above which a bundle is reported as close to it. */
export const SIZE_WARNING_RATIO = 0.8;
