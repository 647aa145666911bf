import type { Diagnostic } from './diagnostic.js';

/** A Worker's row in the sticky PR comment. */
export type RowStatus =
  'building' | 'ready' | 'failed' | 'skipped' | 'skipped (fork)' | 'cleaned up';

/**
 * How a Worker was deployed: production, a preview alias on the Worker itself (`pr-N`), or a separate
 * preview Worker `<name>-pr-N` where aliases cannot work (Durable Objects, Containers).
 */
export type DeployMode = 'production' | 'preview-alias' | 'preview-worker' | 'skipped';

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
  previewUrl: string | null;
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
