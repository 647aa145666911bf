import type { Binding } from './plan.js';

export type ResourceOutcome = 'found' | 'created' | 'updated' | 'would create' | 'would update';

export interface ProvisionedResource {
  binding: string;
  type: Binding['type'];
  name: string;
  /** Cloudflare's id (namespace id, database uuid, bucket name, queue id, hyperdrive id). */
  id: string | null;
  outcome: ResourceOutcome;
  /** True when this tool created it (and so may delete it for a preview). */
  ownedByUs: boolean;
}

export interface ProvisionResult {
  worker: string;
  environment: string;
  accountId: string;
  resources: ProvisionedResource[];
  secretsSet: string[];
  migrationsApplied: string[];
  /** The deploy-ready config for this environment, absolute path. */
  configPath: string;
  dryRun: boolean;
}
