import type { Binding } from './plan.js';

export type ResourceOutcome =
  'found' | 'created' | 'updated' | 'would create' | 'would update' | 'deleted' | 'would delete';

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
  /** The Worker script the environment's config deploys to (and secrets were set on). */
  scriptName?: string;
  /** Suffix of this run's resource names: the environment, or `pr-N` with per-PR resources. */
  resourceSet?: string;
  /** With `--dry-run`: migrations that would be applied. */
  migrationsPending?: string[];
}

/** What provision records about resources it created, so cleanup deletes only those. */
export interface ProvisionState {
  version: 1;
  /** Keyed by resource set (`production`, `preview`, `pr-9`). */
  sets: Record<string, { accountId: string; resources: OwnedResource[] }>;
}

export interface OwnedResource {
  type: Binding['type'];
  binding: string;
  name: string;
  id: string;
  createdAt: string;
  /** R2 only. */
  jurisdiction?: string;
  /** Hyperdrive only: a salted digest of the origin, to notice a changed password. */
  fingerprint?: string;
}
