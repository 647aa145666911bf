import type { OwnedResource, ProvisionedResource } from '../model/index.js';
import { isAlreadyExists, type AccountApi } from './api.js';
import {
  handlerFor,
  type ExistingResource,
  type HandlerInputs,
  type ProvisionableBinding,
} from './handlers/index.js';
import type { Inventory } from './preflight.js';
import { provisionError } from './rules.js';

export interface ResolveRequest {
  binding: ProvisionableBinding;
  name: string;
  inputs: HandlerInputs;
  /** An id the user's own config pins for this binding (production only). */
  pinnedId: string | null;
  /** What the state file says we created earlier for this binding, if anything. */
  previous: OwnedResource | undefined;
  /** The name alone proves the resource is ours (preview sets). */
  claimByName: boolean;
  dryRun: boolean;
}

export interface Resolved {
  row: ProvisionedResource;
  resource: ExistingResource | null;
  /** Recorded in the state file when set. */
  fingerprint?: string;
}

/**
 * Decides one binding, in the ProvisionResourceHandler order: fully specified → existing by name →
 * create. A create that loses a race (name already exists) reads the list again and uses the winner.
 */
export async function resolveBinding(
  api: AccountApi,
  inventory: Inventory,
  request: ResolveRequest,
): Promise<Resolved> {
  const { binding, name, inputs, dryRun } = request;
  const handler = handlerFor(binding);
  const row = (
    outcome: ProvisionedResource['outcome'],
    resource: ExistingResource | null,
    ownedByUs: boolean,
  ) => ({
    binding: binding.binding,
    type: binding.type,
    name: resource?.name ?? name,
    id: resource?.id ?? null,
    outcome,
    ownedByUs,
  });
  if (request.pinnedId) {
    const resource = { name, id: request.pinnedId };
    return { row: row('found', resource, false), resource };
  }
  const ownedBefore = request.claimByName || request.previous?.name === name;
  const listed = await inventory.get(handler.listKey(binding))!;
  const existing = listed.find((r) => r.name === name);
  if (existing) {
    const fingerprint = handler.fingerprint?.(existing, inputs);
    if (!handler.needsUpdate?.(existing, inputs, request.previous?.fingerprint)) {
      return { row: row('found', existing, ownedBefore), resource: existing, fingerprint };
    }
    if (dryRun) return { row: row('would update', existing, ownedBefore), resource: existing };
    const updated = await handler.update!(api, existing, inputs);
    return { row: row('updated', updated, ownedBefore), resource: updated, fingerprint };
  }
  if (dryRun) return { row: row('would create', null, false), resource: null };
  try {
    const created = await handler.create(api, name, binding, inputs);
    return {
      row: row('created', created, true),
      resource: created,
      fingerprint: handler.fingerprint?.(created, inputs),
    };
  } catch (error) {
    if (!isAlreadyExists(error, handler.conflictCodes)) throw error;
    // Another run (or our own retried request) created it first: use that one.
    const winner = (await handler.list(api, binding)).find((r) => r.name === name);
    if (!winner) {
      throw provisionError(
        'C030',
        `The ${handler.label} name ${name} is taken, but no ${handler.label} of that name is visible to this token.`,
        'Delete or rename the conflicting resource (it may belong to another account or jurisdiction), or rename the binding.',
        error,
      );
    }
    return {
      row: row('found', winner, true),
      resource: winner,
      fingerprint: handler.fingerprint?.(winner, inputs),
    };
  }
}
