import { join } from 'node:path';
import { UserError } from '../errors.js';
import type { OwnedResource, ProvisionState } from '../model/index.js';
import { readTextIfExists, writeFileAtomic } from './files.js';

/** `<out>/<worker>/provision-state.json`: the resources this tool created, per resource set. */
export function statePath(outDir: string, worker: string): string {
  return join(outDir, worker, 'provision-state.json');
}

export async function readState(outDir: string, worker: string): Promise<ProvisionState> {
  const path = statePath(outDir, worker);
  const text = await readTextIfExists(path);
  if (!text) return { version: 1, sets: {} };
  let state: Partial<ProvisionState> | null = null;
  try {
    state = JSON.parse(text) as Partial<ProvisionState> | null;
  } catch {
    // Reported below with the shape errors.
  }
  const sets = state?.sets as unknown;
  const valid =
    typeof sets === 'object' &&
    sets !== null &&
    Object.values(sets).every((set: { resources?: unknown } | null) =>
      Array.isArray(set?.resources),
    );
  if (!valid) {
    // Never guess: the file says which resources this tool owns (and may delete).
    throw new UserError(
      'is not a provision state file this release can read (truncated or edited?).',
      {
        file: path,
        fix: 'Restore it from the previous run (the CI cache or artifact), or delete it if no resources were created.',
      },
    );
  }
  return state as ProvisionState;
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
  const same = (a: OwnedResource, b: OwnedResource) => a.type === b.type && a.binding === b.binding;
  const kept = before.filter((old) => !owned.some((o) => same(o, old)));
  // A resource found again keeps the time it was first recorded: a rerun changes nothing.
  const updated = owned.map((o) => {
    const old = before.find((b) => same(b, o) && b.id === o.id);
    return old ? { ...o, createdAt: old.createdAt } : o;
  });
  const text = (value: ProvisionState) => `${JSON.stringify(value, null, 2)}\n`;
  const previous = text(state);
  state.sets[set] = { accountId, resources: [...kept, ...updated] };
  if (text(state) !== previous) await writeFileAtomic(statePath(outDir, worker), text(state));
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
