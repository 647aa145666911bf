export type RowStatus =
  'building' | 'ready' | 'failed' | 'skipped' | 'skipped (fork)' | 'cleaned up';

export interface HealthCheckResult {
  url: string;
  status: number | null;
  latencyMs: number | null;
  attempts: number;
  ok: boolean;
}

export interface DeployResult {
  worker: string;
  environment: string;
  deploymentUrl: string | null;
  previewUrl: string | null;
  previewAliasUrl: string | null;
  versionId: string | null;
  previousVersionId: string | null;
  rolledBack: boolean;
  health: HealthCheckResult | null;
  commandOutput: string;
  commandStderr: string;
}
