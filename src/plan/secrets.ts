import type { Binding, WorkerPlan } from '../model/index.js';

/** Secrets the user sets: the Worker's own, plus each Hyperdrive origin (read by provision). */
export function secretsToSet(worker: WorkerPlan): { name: string; purpose: string }[] {
  const hyperdrive = worker.bindings.filter(
    (b): b is Extract<Binding, { type: 'hyperdrive' }> => b.type === 'hyperdrive',
  );
  return [
    ...worker.secrets.map((name) => ({ name, purpose: 'Worker secret (`wrangler secret put`)' })),
    ...hyperdrive.map((b) => ({
      name: b.connectionSecret,
      purpose: `origin connection string for Hyperdrive ${b.binding} (provision creates the config from it)`,
    })),
  ];
}
