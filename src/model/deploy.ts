import type { Diagnostic } from './diagnostic.js';

/** A Worker's row in the sticky PR comment. */
export type RowStatus =
  'building' | 'ready' | 'failed' | 'skipped' | 'skipped (fork)' | 'cleaned up';

/**
 * How a Worker was deployed: production, a Worker Preview `pr-N` of the Worker (wrangler ≥ 4.135), or, with
 * an older wrangler, a preview alias on the Worker itself (`pr-N`) or a separate preview Worker `<name>-pr-N`
 * where aliases cannot work (Durable Objects, Containers, secrets).
 */
export type DeployMode =
  'production' | 'worker-preview' | 'preview-alias' | 'preview-worker' | 'skipped';

export interface HealthCheckResult {
  url: string;
  status: number | null;
  latencyMs: number | null;
  attempts: number;
  ok: boolean;
  error?: string;
}

/** Start-up time and bundle size of this upload, and of the production version it would replace. */
export interface MigrationHealth {
  startupMs: number | null;
  gzipBytes: number | null;
  production: { startupMs: number | null; gzipBytes: number | null } | null;
  /** KV bindings whose data the app reads right after writing it (eventually consistent). */
  kvReadYourWrites: string[];
}

export interface DeployResult {
  worker: string;
  /** The script that received the upload (`<name>-pr-N` for a separate preview Worker). */
  scriptName: string;
  environment: string;
  mode: DeployMode;
  /** Why the mode was chosen (e.g. which Durable Object binding rules out an alias). */
  modeReason: string;
  status: RowStatus;
  deploymentUrl: string | null;
  /** This upload's own URL: a version preview URL, or a Worker Preview's Deployment URL. */
  previewUrl: string | null;
  /** The pull request's stable URL: the `pr-N` alias, or the Worker Preview's Preview URL. */
  previewAliasUrl: string | null;
  versionId: string | null;
  previousVersionId: string | null;
  rolledBack: boolean;
  health: HealthCheckResult | null;
  migration: MigrationHealth;
  commandOutput: string;
  commandStderr: string;
  diagnostics: Diagnostic[];
  durationMs: number;
}
