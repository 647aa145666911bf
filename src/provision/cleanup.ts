import type { Context } from '../context.js';
import type { OwnedResource, Plan, ProvisionedResource } from '../model/index.js';
import { allSettledOrThrow } from './api.js';
import { handlerFor } from './handlers/index.js';
import { resourceNames, resourceSet } from './names.js';
import {
  deployableWorkers,
  openSession,
  provisionableBindings,
  type ConnectionOptions,
} from './session.js';
import { forgetOwned, readState } from './state.js';

export interface CleanupOptions extends ConnectionOptions {
  /** The closed pull request: its `…-pr-N` resources are deleted. */
  pr: number;
  dryRun?: boolean;
}

/**
 * Deletes the per-PR resources provision created for a closed pull request (`--per-pr-resources`).
 * Only names of that PR's set are candidates, so production and the shared preview set can never
 * match; a resource is ours when the state file recorded it or, on a fresh runner, by that name.
 */
export async function cleanupPreviewResources(
  plan: Plan,
  options: CleanupOptions,
  ctx: Context,
): Promise<ProvisionedResource[]> {
  const set = resourceSet('preview', options.pr, true);
  const session = await openSession(plan, options, ctx);
  const rows: ProvisionedResource[] = [];
  for (const worker of deployableWorkers(plan)) {
    const bindings = provisionableBindings(worker);
    const names = resourceNames(worker.name, bindings, set);
    const recorded = (await readState(plan.outDir, worker.name)).sets[set]?.resources ?? [];
    const removed: OwnedResource[] = [];
    await allSettledOrThrow(
      bindings.map(async (binding) => {
        const handler = handlerFor(binding);
        const name = names.get(binding.binding)!;
        const listed = await session.inventory.get(handler.listKey(binding))!;
        const existing = listed.find((r) => r.name === name);
        if (!existing) return;
        const owned: OwnedResource = recorded.find(
          (r) => r.type === binding.type && r.name === name,
        ) ?? {
          type: binding.type,
          binding: binding.binding,
          name,
          id: existing.id,
          createdAt: ctx.now().toISOString(),
          ...(binding.type === 'r2' && binding.jurisdiction
            ? { jurisdiction: binding.jurisdiction }
            : {}),
        };
        if (!options.dryRun) {
          await handler.remove(session.api, { ...owned, id: existing.id });
          removed.push(owned);
        }
        rows.push({
          binding: binding.binding,
          type: binding.type,
          name,
          id: existing.id,
          outcome: options.dryRun ? 'would delete' : 'deleted',
          ownedByUs: true,
        });
        ctx.log.info(
          `${worker.name} ${binding.type} ${binding.binding}: ${options.dryRun ? 'would delete' : 'deleted'} ${name}`,
        );
      }),
    );
    if (removed.length > 0) await forgetOwned(plan.outDir, worker.name, set, removed);
  }
  return rows;
}
