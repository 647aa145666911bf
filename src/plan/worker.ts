import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppModel, Diagnostic, WorkerPlan } from '../model/index.js';
import { UserError } from '../errors.js';
import { assemble, type Analysis, type WorkerInput } from './assemble.js';
import { isCompatibilityDate } from './compat.js';
import { containerParts } from './container.js';
import { entryStrategy, type EntryStrategy } from './entry.js';
import { installedTree } from './installed.js';
import { declaredMemory } from './memory.js';
import { isolateParts } from './isolate.js';
import { OVERRIDES_FILE } from './overrides.js';
import { findPitfalls, type PitfallHit } from './pitfalls.js';
import { workerBuildNeeds } from './build.js';
import { dockerfileRows, workerBuildRow } from './rows.js';
import { ambiguity, planDiagnostic } from './rules.js';
import { runtimeSources } from './graph.js';
import { listSources } from './sources.js';
import { decideTarget, type TargetDecision } from './target.js';
import { usesWorkersRs } from './wasm.js';

export type { PlanOptions, PlanRuntime, WorkerInput } from './assemble.js';

const JS_RUNTIMES = new Set(['node', 'bun', 'deno', 'static', 'unknown']);

async function requirements(app: AppModel): Promise<string[]> {
  if (app.runtime !== 'python') return [];
  const text = await readFile(join(app.root, 'requirements.txt'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .map((line) =>
      (
        line
          .replace(/#.*/, '')
          .trim()
          .split(/[\s=<>!~[;]/)[0] ?? ''
      )
        .toLowerCase()
        .replace(/_/g, '-'),
    )
    .filter(Boolean);
}

function compatibilityDate(input: WorkerInput, diagnostics: Diagnostic[]): string {
  const newest = input.runtime.newestDate;
  const chosen = input.options.compatibilityDate ?? input.overrides.compatibility_date ?? newest;
  if (!isCompatibilityDate(chosen)) {
    throw new UserError(`Invalid compatibility date '${chosen}'.`, {
      fix: 'Use YYYY-MM-DD, e.g. --compatibility-date 2026-05-03.',
    });
  }
  if (chosen > newest) {
    diagnostics.push(
      planDiagnostic('P011', {
        message: `compatibility date ${chosen} is newer than the local workerd accepts (${newest}): the smoke boot will refuse it`,
        fix: `Use ${newest} or older, or pin a newer wrangler.`,
      }),
    );
  }
  return chosen;
}

/**
 * A Worker needs a module to import; when nothing in the repository is (or builds) the file the image
 * runs, the image itself still runs on Cloudflare Containers.
 */
function imageFallback(
  app: AppModel,
  decided: TargetDecision,
  strategy: EntryStrategy,
  forced: boolean,
): TargetDecision {
  if (forced || decided.target !== 'worker' || strategy.kind !== 'none' || !app.dockerfile)
    return decided;
  const runs = app.runFile ?? app.startCommand ?? 'its CMD';
  const why =
    strategy.why ??
    `the image runs ${runs}, which the repository neither contains nor builds with a known command`;
  return {
    ...decided,
    target: 'container',
    reason: `no module a Worker can import (${why}): the image runs as it is`,
    source: app.sources.startCommand ?? app.dockerfile.path,
  };
}

/** Whether the image starts the app by itself (CMD/ENTRYPOINT, or compose `command`). */
function runsInImage(app: AppModel): boolean {
  const docker = app.dockerfile;
  return Boolean(
    docker && (docker.cmd?.length || docker.entrypoint?.length || app.startChain?.length),
  );
}

/**
 * The service as a `container` target, planned beside the Worker: check switches to it when the
 * Worker path fails (the build, wrangler's bundle or the boot) and the image runs the app.
 */
function containerFallback(analysis: Analysis): WorkerPlan | null {
  if (analysis.decision.target !== 'worker' || !runsInImage(analysis.input.app)) return null;
  // Its notes (the port guess) belong to the container plan only if check switches to it.
  const fallback = asContainer(analysis, 'the image runs as it is', []);
  const planned: WorkerPlan & { diagnostics?: Diagnostic[] } = assemble(
    fallback,
    containerParts(fallback),
  );
  delete planned.diagnostics;
  return planned;
}

/** The analysis of the service as a `container` target, for `reason`, with these notes. */
function asContainer(analysis: Analysis, reason: string, diagnostics: Diagnostic[]): Analysis {
  const { input } = analysis;
  return {
    ...analysis,
    decision: {
      target: 'container',
      reason,
      source: input.app.sources.startCommand ?? input.app.dockerfile?.path ?? null,
      diagnostics: [],
    },
    strategy: { kind: 'none' },
    port: analysis.port ?? choosePort(input, true, diagnostics),
    rows: dockerfileRows(input.app, 'container', null, null),
    diagnostics,
  };
}

/** The Worker's planner found that the app cannot run from it after all: the image runs it instead. */
function refusedWorker(analysis: Analysis, refused: string): Analysis {
  const reason = `${refused}: the image runs as it is`;
  const notes = analysis.diagnostics.filter((d) => d.ruleId !== 'P001');
  const container = asContainer(analysis, reason, notes);
  notes.push(
    planDiagnostic('P001', {
      message: `target container: ${reason}`,
      source: container.decision.source,
    }),
  );
  return container;
}

/** Node inspector ports: published for debugging, never the one the app serves on. */
const DEBUG_PORTS = new Set([9229, 9230, 5858]);

function choosePort(
  input: WorkerInput,
  needsPort: boolean,
  diagnostics: Diagnostic[],
): number | null {
  const { app, overrides, ci } = input;
  if (overrides.port) return overrides.port;
  const ports = app.ports.filter((p) => !DEBUG_PORTS.has(p));
  const [first] = ports;
  if (ports.length === 1 && first !== undefined) return first;
  const resolveWith = `\`port\` in ${OVERRIDES_FILE}${input.service ? ` (services.${input.service}.port)` : ''} or \`x-cloudflare: { port }\` in compose`;
  if (ports.length > 1) {
    diagnostics.push(
      ambiguity('P020', ci, {
        message: `the app exposes several ports (${ports.join(', ')})`,
        chosen: `port ${String(first)}`,
        resolveWith,
        source: app.sources.ports,
      }),
    );
    return first ?? null;
  }
  if (!needsPort) return null;
  diagnostics.push(
    ambiguity('P020', ci, {
      message: 'no port found (EXPOSE, compose ports or an unset variable)',
      chosen: 'port 8080',
      resolveWith,
      source: app.dockerfile?.path,
    }),
  );
  return 8080;
}

/** Plans one Worker: reads what every target needs, then the target's planner adds its parts. */
export async function planWorker(
  input: WorkerInput,
): Promise<WorkerPlan & { diagnostics: Diagnostic[] }> {
  const { app, overrides } = input;
  const packageDir = app.packageJson?.dir ?? '.';
  const listed = await listSources(app.root, packageDir, app.packageJson?.build?.outDir ?? null);
  // Only what the Worker runs decides the target and the findings (not seed scripts or mocks).
  const { sources, diagnostics: unread } = await runtimeSources(app, listed.sources);
  const dependencies = app.packageJson?.dependencies ?? {};
  const installed = app.packageJson
    ? await installedTree(join(app.root, packageDir), dependencies)
    : [];
  const hits: PitfallHit[] = JS_RUNTIMES.has(app.runtime)
    ? findPitfalls({ installed, dependencies, sources })
    : [];
  const forced = input.options.target
    ? { target: input.options.target, by: '--target' }
    : overrides.target
      ? { target: overrides.target, by: `target in ${OVERRIDES_FILE}` }
      : null;
  const workersRs = await usesWorkersRs(app);
  const memory = await declaredMemory(app);
  const decided = decideTarget(
    app,
    hits,
    { requirements: await requirements(app), workersRs, memory },
    forced,
  );
  const strategy: EntryStrategy =
    decided.target === 'container'
      ? { kind: 'none' }
      : decided.target === 'python-worker'
        ? { kind: 'python', file: app.entry ?? 'main.py', build: null }
        : workersRs
          ? { kind: 'workers-rs' }
          : await entryStrategy(app);
  const decision = imageFallback(app, decided, strategy, forced !== null);
  const diagnostics: Diagnostic[] = [
    ...unread,
    ...decision.diagnostics,
    planDiagnostic('P001', {
      message: `target ${decision.target}: ${decision.reason}`,
      source: decision.source,
    }),
  ];
  const date = compatibilityDate(input, diagnostics);
  const port = choosePort(
    input,
    decision.target === 'container' || strategy.kind === 'http-server',
    diagnostics,
  );
  const rows = dockerfileRows(
    app,
    decision.target,
    'file' in strategy ? strategy.file : null,
    strategy.kind === 'http-server' ? port : null,
    'compile' in strategy ? strategy.compile : undefined,
  );
  const analysis: Analysis = {
    input,
    workerDir: join(input.outDir, input.name),
    sources,
    wasm: listed.wasm,
    memory,
    hits,
    decision,
    date,
    port,
    strategy,
    rows,
    diagnostics,
  };
  if (decision.target === 'container') {
    // The way to a Worker stays in the report: what its build would need, as plan knows it now.
    const needs = await workerBuildNeeds(app);
    if (needs) {
      diagnostics.push(planDiagnostic('P062', { message: needs.why, source: needs.source }));
      rows.push(workerBuildRow(needs));
    }
    return assemble(analysis, containerParts(analysis));
  }
  const parts = await isolateParts(analysis);
  if (parts.refused && runsInImage(input.app)) {
    const container = refusedWorker(analysis, parts.refused);
    return assemble(container, containerParts(container));
  }
  if (parts.refused)
    parts.diagnostics.push(
      planDiagnostic('P051', {
        message: `${parts.refused}: the app cannot run as a Worker`,
        fix: 'Add a Dockerfile that starts it: plan then runs its image on Cloudflare Containers.',
      }),
    );
  const worker = assemble(analysis, parts);
  return { ...worker, imageFallback: containerFallback(analysis) };
}
