import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { Diagnostic, WorkerPlan } from '../model/index.js';
import { installedTree } from '../plan/installed.js';
import { REMEDY_COMMENTS } from '../plan/config.js';
import {
  findPitfalls,
  type Pitfall,
  type PitfallHit,
  type PitfallRemedy,
} from '../plan/pitfalls.js';
import { planRemedies } from '../plan/remedies.js';
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
async function unremediedHits(worker: WorkerPlan, manifestPath: string): Promise<PitfallHit[]> {
  const dependencies = await appDependencies(dirname(manifestPath), manifestPath);
  if (!dependencies) return [];
  const installed = await installedTree(dirname(manifestPath), dependencies);
  const remedied = new Set(worker.remedies.map((r) => r.pitfallId));
  return findPitfalls({ installed, dependencies, sources: [] }).filter(
    (hit) => !remedied.has(hit.pitfall.id) && !COVERED_BY_SCANNER.has(hit.pitfall.id),
  );
}

/**
 * The app's dependencies: its package.json's; without one (an image that runs `npm i express mysql2`),
 * the packages installed at the top of its node_modules, at their installed versions.
 */
async function appDependencies(
  dir: string,
  manifestPath: string,
): Promise<Record<string, string> | null> {
  const text = await readFile(manifestPath, 'utf8').catch(() => null);
  if (text !== null) {
    try {
      return (JSON.parse(text) as { dependencies?: Record<string, string> }).dependencies ?? {};
    } catch {
      return null;
    }
  }
  const names = await topLevelPackages(join(dir, 'node_modules'));
  if (names.length === 0) return null;
  const tree = await installedTree(dir, Object.fromEntries(names.map((n) => [n, '*'])));
  return Object.fromEntries(tree.filter((p) => p.via === p.name).map((p) => [p.name, p.version]));
}

/** Package names directly under node_modules (`@scope/name` for scoped ones). */
async function topLevelPackages(modules: string): Promise<string[]> {
  const entries = await readdir(modules).catch(() => [] as string[]);
  const names = await Promise.all(
    entries
      .filter((e) => !e.startsWith('.'))
      .map(async (e) =>
        e.startsWith('@')
          ? (await readdir(join(modules, e)).catch(() => [] as string[])).map((n) => `${e}/${n}`)
          : [e],
      ),
  );
  return names.flat();
}

/** Remedies that change only the build (the shim's own export stays as planned). */
const BUILD_ONLY: ReadonlySet<PitfallRemedy['kind']> = new Set([
  'alias',
  'node-build',
  'stand-in',
  'define',
]);

/**
 * Plan, run on a fresh clone, sees only declared dependencies: a pitfall deeper in the tree (iconv-lite
 * 0.4 under a framework's express 4) shows once check has installed them. Its build remedy then goes
 * into the Worker's generated files as plan would have put it; returns whether any did (the caller
 * writes the plan again). Nothing changes with remedies off.
 */
export async function remedyInstalledPitfalls(
  worker: WorkerPlan,
  root: string,
  remediesOn: boolean,
): Promise<boolean> {
  const generated = worker.generated;
  if (!generated || !remediesOn) return false;
  const hits = (await unremediedHits(worker, join(root, worker.dir, 'package.json'))).filter(
    (hit) => BUILD_ONLY.has(hit.pitfall.remedy.kind),
  );
  if (hits.length === 0) return false;
  const remedies = planRemedies(hits, false);
  const config = generated.config;
  if (Object.keys(remedies.alias).length > 0) {
    config.alias = { ...(config.alias as Record<string, string> | undefined), ...remedies.alias };
    generated.comments.alias ??= REMEDY_COMMENTS.alias;
  }
  if (Object.keys(remedies.define).length > 0) {
    config.define = {
      ...(config.define as Record<string, string> | undefined),
      ...remedies.define,
    };
    generated.comments.define ??= REMEDY_COMMENTS.define;
  }
  Object.assign(generated.modules, remedies.modules);
  generated.vendor.push(...remedies.vendor);
  worker.remedies.push(...remedies.applied);
  return true;
}

/** Package pitfalls from plan's table that the installed tree shows and the plan did not remedy. */
export async function unremediedPitfalls(
  worker: WorkerPlan,
  root: string,
  remediesOn: boolean,
): Promise<UnremediedPitfall[]> {
  const manifestPath = join(root, worker.dir, 'package.json');
  return (await unremediedHits(worker, manifestPath)).map(({ pitfall, evidence }) => ({
    pitfall,
    diagnostic: finding(
      'W501',
      `${pitfall.title}: ${evidence} — ${pitfall.effect}${remediesOn ? '' : ' (remedies are off)'}`,
      { file: relative(root, manifestPath), package: pitfall.detect.installed?.[0]?.name },
      { fix: remedyFix(pitfall) },
    ),
  }));
}
