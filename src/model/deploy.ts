import type { Diagnostic } from './diagnostic.js';
import type { ProvisionedResource } from './provision.js';
import type { VersionStats } from './monitor.js';
import type { WorkerPlan } from './plan.js';

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
  /** `file:line` of code that reads a KV-backed key right after writing it (check's W706). */
  kvReadYourWrites: string[];
  /** A preview's view of production now: its busiest version over the last hour, from analytics. */
  productionLive?: ProductionLive | null;
}

export interface ProductionLive extends VersionStats {
  since: string;
}

/** One step of a gradual rollout: the split, what the analytics (or the health check) said, the outcome. */
export interface RolloutStep {
  /** The new version's share of traffic during the step. */
  percentage: number;
  outcome: 'promoted' | 'rolled-back';
  judgedBy: 'analytics' | 'health check' | 'nothing (last step)';
  newStats: VersionStats | null;
  oldStats: VersionStats | null;
  note: string;
}

/** A gradual production rollout: `versions upload`, then `versions deploy` per step, decided on evidence. */
export interface RolloutResult {
  newVersionId: string | null;
  oldVersionId: string | null;
  decision: 'promoted' | 'rolled-back' | 'deployed-at-once';
  /** The new version's share of traffic at the end (100 promoted, 0 rolled back). */
  finalPercentage: number;
  steps: RolloutStep[];
  /** What this run did with a split an interrupted run left behind, or null. */
  resumed: string | null;
  reason: string;
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
  /** Set for a production deploy with `--rollout`. */
  rollout?: RolloutResult | null;
  migration: MigrationHealth;
  commandOutput: string;
  commandStderr: string;
  diagnostics: Diagnostic[];
  durationMs: number;
}

/** How one Worker's deploy ended: its result, or the message of the error that stopped it (deploy rethrows it). */
export type WorkerOutcome = { result: DeployResult } | { error: string };

/**
 * What the deploy stage announces while it runs, so a reporter can follow it (the report stage's GitHub
 * comment and Deployments). Deploy renders nothing itself: it calls these and returns its results.
 */
export interface DeployEvents {
  /** The Workers about to be provisioned and uploaded. */
  building(workers: WorkerPlan[]): Promise<void>;
  /** Provisioning stopped with a user error before any upload. */
  provisionFailed(workers: WorkerPlan[], message: string): Promise<void>;
  /** A Worker's upload succeeded; its health check (or gradual rollout) follows. */
  uploaded(worker: WorkerPlan, result: DeployResult): Promise<void>;
  rolloutStep(worker: WorkerPlan, step: RolloutStep): Promise<void>;
  /** A Worker's deploy ended, with or without an upload. */
  workerDone(worker: WorkerPlan, outcome: WorkerOutcome): Promise<void>;
  /** Every Worker's result in plan order, skipped ones included. */
  done(results: DeployResult[]): Promise<void>;
}

/** What cleanup removed for a closed pull request. */
export interface CleanupResult {
  pullRequest: number;
  /** Separate preview Workers deleted (`<name>-pr-N`). */
  deletedWorkers: string[];
  /** Worker Previews deleted (`<name>` preview `pr-N`). */
  deletedPreviews: string[];
  deletedResources: ProvisionedResource[];
  deactivatedDeployments: number;
  diagnostics: Diagnostic[];
}
