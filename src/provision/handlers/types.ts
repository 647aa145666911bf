import type { Binding, OwnedResource } from '../../model/index.js';
import type { AccountApi } from '../api.js';
import type { PermissionGroup } from '../permissions.js';

export type ProvisionableBinding = Extract<
  Binding,
  { type: 'kv' | 'd1' | 'r2' | 'queue' | 'hyperdrive' }
>;

export interface ExistingResource {
  name: string;
  id: string;
  /** Fields a handler compares to decide on an update (Hyperdrive's origin). */
  details?: Record<string, unknown>;
}

/** Values a handler needs beyond the binding, read from the environment before any change. */
export interface HandlerInputs {
  /** Hyperdrive: the origin connection string (a secret). */
  connectionString?: string;
  /** D1: primary location hint for new databases. */
  locationHint?: string;
}

/** One entry of the generated wrangler config: `section` is a key path, `entry` one array item. */
export interface ConfigEntry {
  section:
    | ['kv_namespaces']
    | ['d1_databases']
    | ['r2_buckets']
    | ['hyperdrive']
    | ['queues', 'producers' | 'consumers'];
  entry: Record<string, unknown>;
  /** The key that identifies the entry when merging (`binding`, or `queue` for consumers). */
  key: 'binding' | 'queue';
}

/**
 * One resource type, in the workers-sdk ProvisionResourceHandler order: a fully specified binding
 * is used as is, else an existing resource with our name, else a new one (see resolve.ts).
 */
export interface ResourceHandler<B extends ProvisionableBinding = ProvisionableBinding> {
  type: B['type'];
  /** For messages: `KV namespace`, `D1 database`… */
  label: string;
  permission: PermissionGroup;
  /** Error codes the API answers a duplicate name with. */
  conflictCodes: readonly number[];
  /** Bindings with the same key share one listing (R2 lists per jurisdiction). */
  listKey(binding: B): string;
  list(api: AccountApi, binding: B): Promise<ExistingResource[]>;
  create(
    api: AccountApi,
    name: string,
    binding: B,
    inputs: HandlerInputs,
  ): Promise<ExistingResource>;
  /** Present for types whose settings can drift (Hyperdrive): true when `existing` needs an update. */
  needsUpdate?(
    existing: ExistingResource,
    inputs: HandlerInputs,
    previousFingerprint?: string,
  ): boolean;
  update?(
    api: AccountApi,
    existing: ExistingResource,
    inputs: HandlerInputs,
  ): Promise<ExistingResource>;
  /** A one-way digest of the inputs, recorded to notice changes the API cannot show (a password). */
  fingerprint?(existing: ExistingResource, inputs: HandlerInputs): string;
  remove(api: AccountApi, resource: OwnedResource): Promise<void>;
  configEntries(binding: B, resource: { name: string; id: string }): ConfigEntry[];
}
