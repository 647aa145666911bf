import { join } from 'node:path';
import type { OwnedResource, ProvisionState } from '../model/index.js';
import { readTextIfExists, writeFileAtomic } from './files.js';

/** `<out>/<worker>/provision-state.json`: the resources this tool created, per resource set. */
export function statePath(outDir: string, worker: string): string {
  return join(outDir, worker, 'provision-state.json');
}

export async function readState(outDir: string, worker: string): Promise<ProvisionState> {
  const text = await readTextIfExists(statePath(outDir, worker));
  if (!text) return { version: 1, sets: {} };
  return JSON.parse(text) as ProvisionState;
}

/** Records what a run created (merged with what earlier runs recorded for the same set). */
export async function recordOwned(
  outDir: string,
  worker: string,
  set: string,
  accountId: string,
  owned: OwnedResource[],
): Promise<void> {
  const state = await readState(outDir, worker);
  const before = state.sets[set]?.accountId === accountId ? state.sets[set].resources : [];
  const kept = before.filter(
    (old) => !owned.some((o) => o.type === old.type && o.binding === old.binding),
  );
  state.sets[set] = { accountId, resources: [...kept, ...owned] };
  await writeFileAtomic(statePath(outDir, worker), `${JSON.stringify(state, null, 2)}\n`);
}

export async function forgetOwned(
  outDir: string,
  worker: string,
  set: string,
  removed: OwnedResource[],
): Promise<void> {
  const state = await readState(outDir, worker);
  const entry = state.sets[set];
  if (!entry) return;
  entry.resources = entry.resources.filter(
    (r) => !removed.some((x) => x.type === r.type && x.name === r.name),
  );
  if (entry.resources.length === 0) delete state.sets[set];
  await writeFileAtomic(statePath(outDir, worker), `${JSON.stringify(state, null, 2)}\n`);
}
