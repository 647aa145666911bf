import type { AppModel, Diagnostic, Target } from '../model/index.js';
import { ISOLATE_MEMORY_MB, type DeclaredMemory } from './memory.js';
import type { PitfallHit } from './pitfalls.js';
import { planDiagnostic } from './rules.js';

export interface TargetDecision {
  target: Target;
  reason: string;
  source: string | null;
  diagnostics: Diagnostic[];
}

/** Native addons with a Workers alternative the user can switch to (so they do not force a container). */
export const ADDON_ALTERNATIVES: Record<string, string> = {
  bcrypt: 'bcryptjs (same API, pure JavaScript)',
  'better-sqlite3': 'D1 (env.DB.prepare(...))',
  sqlite3: 'D1 (env.DB.prepare(...))',
};

/** Python packages that are not needed (or not possible) on Python Workers: the server itself. */
const PYTHON_SERVER_PACKAGES = new Set([
  'uvicorn',
  'gunicorn',
  'hypercorn',
  'waitress',
  'uvloop',
  'httptools',
]);
/** Packages Pyodide ships or that are pure Python (a small, conservative list). */
const PYODIDE_FRIENDLY = new Set([
  'fastapi',
  'starlette',
  'pydantic',
  'pydantic-core',
  'flask',
  'werkzeug',
  'jinja2',
  'itsdangerous',
  'click',
  'markupsafe',
  'httpx',
  'anyio',
  'sniffio',
  'idna',
  'python-dotenv',
  'python-multipart',
  'typing-extensions',
  'annotated-types',
  'orjson',
  'ujson',
  'pyyaml',
  'requests',
  'certifi',
  'attrs',
]);

const JS_RUNTIMES = new Set(['node', 'bun', 'deno']);

function containerPitfall(hits: PitfallHit[]): PitfallHit | undefined {
  return hits.find((h) => h.pitfall.remedy.kind === 'container');
}

/** Whether every requirement is a server (dropped) or in the Pyodide-friendly set. */
export function pythonWorkerFits(app: AppModel, requirements: string[]): boolean {
  if (app.framework !== 'fastapi' && app.framework !== 'flask') return false;
  return requirements.every(
    (name) => PYTHON_SERVER_PACKAGES.has(name) || PYODIDE_FRIENDLY.has(name),
  );
}

/** What the target decision reads besides the app model. */
export interface TargetFacts {
  /** Python requirement names (requirements.txt). */
  requirements: string[];
  /** A Rust crate using workers-rs. */
  workersRs: boolean;
  /** Memory the compose service declares. */
  memory: DeclaredMemory | null;
}

function natural(
  app: AppModel,
  hits: PitfallHit[],
  pythonFits: boolean,
  facts: TargetFacts,
): Omit<TargetDecision, 'diagnostics'> {
  const runtimeSource = app.sources.runtime ?? app.dockerfile?.path ?? null;
  if (facts.memory && facts.memory.megabytes > ISOLATE_MEMORY_MB && app.runtime !== 'static') {
    return {
      target: 'container',
      reason: `declared memory ${Math.round(facts.memory.megabytes)} MB is above the ${ISOLATE_MEMORY_MB} MB of a Worker isolate`,
      source: facts.memory.source,
    };
  }
  if (facts.workersRs) {
    return {
      target: 'worker',
      reason: 'Rust crate built with workers-rs: compiles to a Wasm Worker',
      source: 'Cargo.toml',
    };
  }
  if (app.runtime === 'static') {
    return {
      target: 'worker',
      reason: 'static site: served as Workers static assets',
      source: runtimeSource,
    };
  }
  if (JS_RUNTIMES.has(app.runtime)) {
    const blocking = containerPitfall(hits);
    if (blocking) {
      return {
        target: 'container',
        reason: `${blocking.pitfall.title}: ${blocking.pitfall.effect}`,
        source: blocking.source,
      };
    }
    const addon = app.nativeAddons.find((name) => !(name in ADDON_ALTERNATIVES));
    if (addon) {
      return {
        target: 'container',
        reason: `native addon \`${addon}\` has no Workers build or drop-in alternative`,
        source: app.sources.nativeAddons ?? 'package.json',
      };
    }
    return {
      target: 'worker',
      reason: `${app.runtime} app (${app.framework}) runs on workerd with nodejs_compat`,
      source: runtimeSource,
    };
  }
  if (app.runtime === 'python') {
    return {
      target: 'container',
      reason: pythonFits
        ? 'Python app: Cloudflare Containers by default (Python Workers are possible: --target python-worker)'
        : 'Python app with dependencies outside the Pyodide package set',
      source: runtimeSource,
    };
  }
  if (app.runtime === 'unknown' && !app.dockerfile) {
    return {
      target: 'worker',
      reason: 'runtime not recognised and no Dockerfile to run',
      source: null,
    };
  }
  return {
    target: 'container',
    reason: `${app.runtime === 'unknown' ? 'unrecognised' : app.runtime} runtime: runs as the user's image on Cloudflare Containers`,
    source: runtimeSource,
  };
}

/** worker / python-worker / container, with the reason and where it comes from. */
export function decideTarget(
  app: AppModel,
  hits: PitfallHit[],
  facts: TargetFacts,
  forced: { target: Target; by: string } | null,
): TargetDecision {
  const pythonFits = pythonWorkerFits(app, facts.requirements);
  const decided = natural(app, hits, pythonFits, facts);
  const diagnostics: Diagnostic[] = [];
  if (pythonFits && decided.target === 'container') {
    diagnostics.push(
      planDiagnostic('P003', {
        message: `${app.framework} app with Pyodide-compatible requirements: it can run as a Python Worker`,
        fix: 'Try `--target python-worker` (or `target: python-worker` in docker-to-workers.yml).',
        source: 'requirements.txt',
      }),
    );
  }
  if (!forced || forced.target === decided.target) return { ...decided, diagnostics };

  const knownToFail =
    (forced.target === 'worker' && decided.target === 'container') ||
    (forced.target === 'python-worker' && app.runtime !== 'python');
  if (knownToFail) {
    diagnostics.push(
      planDiagnostic('P002', {
        message: `${forced.by} forces target ${forced.target}, but ${decided.reason}`,
        fix: `Expect the check stage to fail; remove ${forced.by} to get ${decided.target}.`,
        source: decided.source,
      }),
    );
  }
  return { target: forced.target, reason: `forced by ${forced.by}`, source: null, diagnostics };
}
