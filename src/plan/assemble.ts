import type {
  AppModel,
  BuiltService,
  CodeChange,
  Diagnostic,
  RepositoryRef,
  ReportRow,
  Target,
  VendorPackage,
  Verdict,
  WorkerPlan,
  WorkersPlanTier,
  WranglerConfig,
} from '../model/index.js';
import type { StaticSite } from './assets.js';
import { deployButtonUrl } from './button.js';
import type { EntryStrategy } from './entry.js';
import type { DeclaredMemory } from './memory.js';
import type { Overrides } from './overrides.js';
import type { PitfallHit } from './pitfalls.js';
import { probePath } from './probe-path.js';
import type { SourceFile, WasmFile } from './sources.js';
import type { TargetDecision } from './target.js';

/** The local runtime a generated config must boot in (check's smoke boot, `dev`). */
export interface PlanRuntime {
  wranglerVersion: string;
  /** The newest compatibility date its workerd supports: the default date. */
  newestDate: string;
}

export interface PlanOptions {
  target?: Target;
  compatibilityDate?: string;
  /** Disables the generated-build remedies for known pitfalls (they are then reported as code changes). */
  noRemedies?: boolean;
  /** Use the repository's own wrangler config as the base. */
  useExisting?: boolean;
  /** Workers plan the limits are checked against later (default `paid`). */
  tier?: WorkersPlanTier;
  /** Output directory (default `<root>/.docker-to-workers`). */
  outDir?: string;
  /** Where the repository is published (the CLI reads git's remote, the action GitHub's context). */
  repository?: RepositoryRef | null;
  /** Detects another built compose service (the CLI passes detect with `--service`). */
  detectService?: (service: BuiltService) => Promise<AppModel>;
  /** Defaults to the wrangler this run resolves (`wrangler-version`) and its workerd. */
  runtime?: PlanRuntime;
}

export interface WorkerInput {
  app: AppModel;
  name: string;
  service: string | null;
  overrides: Overrides;
  options: PlanOptions;
  runtime: PlanRuntime;
  ci: boolean;
  outDir: string;
  others: { service: BuiltService; worker: string }[];
  /** A frontend service's static build this Worker serves as assets (the app's own otherwise). */
  site?: StaticSite | null;
  /** Paths a reverse proxy sends to this app: answered by the Worker before assets. */
  appPaths?: string[];
}

/** What every target shares: read once by planWorker, then handed to the target's planner. */
export interface Analysis {
  input: WorkerInput;
  /** Absolute `<outDir>/<worker>`: generated paths are relative to it. */
  workerDir: string;
  sources: SourceFile[];
  wasm: WasmFile[];
  memory: DeclaredMemory | null;
  hits: PitfallHit[];
  decision: TargetDecision;
  date: string;
  port: number | null;
  strategy: EntryStrategy;
  rows: ReportRow[];
  diagnostics: Diagnostic[];
}

/** What a target's planner adds. */
export interface TargetParts {
  flags: string[];
  env: { vars: Record<string, string>; secrets: string[]; rows: ReportRow[] };
  rows: ReportRow[];
  codeChanges: CodeChange[];
  diagnostics: Diagnostic[];
  remedies: WorkerPlan['remedies'];
  bindings: WorkerPlan['bindings'];
  assets: WorkerPlan['assets'];
  crons: string[];
  container: WorkerPlan['container'];
  config: WranglerConfig;
  comments: Record<string, string>;
  modules: Record<string, string>;
  vendor: VendorPackage[];
  /** The Worker's main module, relative to the worker directory ('' for assets only). */
  main: string;
  /** Why the app cannot run from this Worker after all: the image runs it instead (planWorker). */
  refused?: string;
}

function verdictOf(
  analysis: Analysis,
  diagnostics: Diagnostic[],
  codeChanges: CodeChange[],
): { verdict: Verdict; verdictReason: string } {
  const error = diagnostics.find((d) => d.severity === 'error');
  if (error) return { verdict: 'unsupported', verdictReason: error.message };
  if (analysis.decision.target === 'container') {
    return { verdict: 'container', verdictReason: analysis.decision.reason };
  }
  if (analysis.strategy.kind === 'opennext') {
    return {
      verdict: 'needs-changes',
      verdictReason: 'Next.js builds with OpenNext (@opennextjs/cloudflare) first',
    };
  }
  if (codeChanges.length > 0) {
    return {
      verdict: 'needs-changes',
      verdictReason: `${codeChanges.length} code change(s) listed below`,
    };
  }
  return { verdict: 'ready', verdictReason: 'deploys as is' };
}

/** The WorkerPlan (plus its diagnostics, which planApp moves to the Plan). */
export function assemble(
  analysis: Analysis,
  parts: TargetParts,
): WorkerPlan & { diagnostics: Diagnostic[] } {
  const { input } = analysis;
  const diagnostics = [...analysis.diagnostics, ...parts.diagnostics];
  const dir = input.app.packageJson?.dir ?? '.';
  const probe = input.app.healthcheck ? null : probePath(input.app.framework, analysis.sources);
  return {
    name: input.name,
    target: analysis.decision.target,
    targetReason: analysis.decision.reason,
    targetSource: analysis.decision.source,
    dir,
    sources: analysis.sources.map((f) => f.path),
    compatibilityDate: analysis.date,
    compatibilityFlags: parts.flags,
    main: `${input.name}/${parts.main}`,
    port: analysis.port,
    healthcheckPath: input.app.healthcheck ?? probe?.path ?? '/',
    vars: parts.env.vars,
    secrets: parts.env.secrets,
    bindings: parts.bindings,
    assets: parts.assets,
    crons: parts.crons,
    cpuMs: input.overrides.cpu_ms ?? null,
    remedies: parts.remedies,
    codeChanges: parts.codeChanges,
    report: [...analysis.rows, ...(probe ? [probe.row] : []), ...parts.env.rows, ...parts.rows],
    // An error detect found (a broken package.json, compose file…) keeps the plan from "ready".
    ...verdictOf(analysis, [...input.app.diagnostics, ...diagnostics], parts.codeChanges),
    files: {
      wranglerConfig: `${input.name}/wrangler.jsonc`,
      shim: `${input.name}/${parts.main}`,
      report: 'MIGRATION.md',
    },
    service: input.service,
    container: parts.container,
    build: 'compile' in analysis.strategy ? (analysis.strategy.compile ?? null) : null,
    baseConfig: null,
    generated: {
      config: parts.config,
      comments: parts.comments,
      modules: parts.modules,
      vendor: parts.vendor,
    },
    deployButton: deployButtonUrl(input.options.repository, dir),
    diagnostics,
  };
}
