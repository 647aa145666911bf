import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Diagnostic, WorkerPlan } from '../model/index.js';
import { installedTree } from '../plan/installed.js';
import { findPitfalls, type Pitfall } from '../plan/pitfalls.js';
import { finding } from './rules.js';

/** Pitfalls the scanner reports more precisely by itself (W401 native addons; code patterns). */
const COVERED_BY_SCANNER = new Set(['native-addon']);

function remedyFix(pitfall: Pitfall): string {
  const { remedy } = pitfall;
  if (remedy.kind === 'alias') {
    return `Let plan remedy it (run without --no-remedies: ${remedy.description}), or pin ${remedy.replacement.name}@^${remedy.replacement.version} with "overrides" in package.json.`;
  }
  if (remedy.kind !== 'code' && remedy.kind !== 'container') {
    return `Let plan remedy it (run without --no-remedies: ${remedy.description}).`;
  }
  return `${remedy.change[0]!.toUpperCase()}${remedy.change.slice(1)}.`;
}

/** The quoted error text of a pitfall's effect (e.g. `TypeError: require_streams(...) is not a function`). */
export function pitfallSignature(pitfall: Pitfall): string | null {
  return /`([^`]+)`/.exec(pitfall.effect)?.[1] ?? null;
}

export interface UnremediedPitfall {
  pitfall: Pitfall;
  diagnostic: Diagnostic;
}

/** Package pitfalls from plan's table that the installed tree shows and the plan did not remedy. */
export async function unremediedPitfalls(
  worker: WorkerPlan,
  root: string,
  remediesOn: boolean,
): Promise<UnremediedPitfall[]> {
  const dir = join(root, worker.dir);
  const manifestPath = join(dir, 'package.json');
  const pkg = await readFile(manifestPath, 'utf8')
    .then((t) => JSON.parse(t) as { dependencies?: Record<string, string> })
    .catch(() => null);
  if (!pkg) return [];
  const dependencies = pkg.dependencies ?? {};
  const installed = await installedTree(dir, dependencies);
  const remedied = new Set(worker.remedies.map((r) => r.pitfallId));
  return findPitfalls({ installed, dependencies, sources: [] })
    .filter((hit) => !remedied.has(hit.pitfall.id) && !COVERED_BY_SCANNER.has(hit.pitfall.id))
    .map(({ pitfall, evidence }) => ({
      pitfall,
      diagnostic: finding(
        'W501',
        `${pitfall.title}: ${evidence} — ${pitfall.effect}${remediesOn ? '' : ' (remedies are off)'}`,
        { file: relative(root, manifestPath), package: pitfall.detect.installed?.[0]?.name },
        { fix: remedyFix(pitfall) },
      ),
    }));
}
