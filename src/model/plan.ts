import type { AppModel, BuildEnvVar } from './app.js';
import type { Diagnostic, SourceRef } from './diagnostic.js';

export const PLAN_VERSION = 1;

export type Target = 'worker' | 'python-worker' | 'container';
export type Verdict = 'ready' | 'needs-changes' | 'container' | 'unsupported';
export type WorkersPlanTier = 'free' | 'paid';
export const WORKERS_PLAN_TIERS: readonly WorkersPlanTier[] = ['free', 'paid'];

/**
 * The tier when none is chosen, for the CLI and the action alike: the free plan's limits are the
 * stricter, so what passes there passes on either plan.
 */
export const DEFAULT_TIER: WorkersPlanTier = 'free';

/** The tier limits are checked against, and who chose it: the CLI flag, the action input, or the default. */
export interface TierChoice {
  tier: WorkersPlanTier;
  source: 'flag' | 'input' | 'default';
}

/** A binding the Worker needs. Resource names are placeholders here; provision derives real ones per environment. */
export type Binding =
  | { type: 'kv'; binding: string; reason: string; source: SourceRef }
  | { type: 'd1'; binding: string; migrationsDir: string | null; reason: string; source: SourceRef }
  | { type: 'r2'; binding: string; jurisdiction?: string; reason: string; source: SourceRef }
  | {
      type: 'hyperdrive';
      binding: string;
      /** Name of the secret holding the origin connection string. */
      connectionSecret: string;
      engine: 'postgres' | 'mysql';
      reason: string;
      source: SourceRef;
    }
  | {
      type: 'queue';
      binding: string;
      queue: string;
      consumer: boolean;
      reason: string;
      source: SourceRef;
    }
  | {
      type: 'durable-object';
      binding: string;
      className: string;
      reason: string;
      source: SourceRef;
    }
  | { type: 'service'; binding: string; service: string; reason: string; source: SourceRef };

/** One row of the migration report: a Dockerfile instruction or compose key and what became of it. */
export interface ReportRow {
  /** e.g. `EXPOSE 3000`, `services.web.volumes[0]`. */
  key: string;
  source: SourceRef;
  outcome: 'converted' | 'approximated' | 'dropped' | 'manual';
  became: string;
  why: string;
}

/** A change the user must make in their code. */
export interface CodeChange {
  file: string;
  line: number | null;
  change: string;
  why: string;
}

/** A known pitfall the plan fixed in the generated build without touching the user's files. */
export interface AppliedRemedy {
  pitfallId: string;
  description: string;
}

/**
 * A wrangler config as JSON: the generated one, the user's (`--use-existing`), a `previews` block or an
 * environment's. The one type for it everywhere; the keys this project reads are typed, every other key
 * wrangler knows passes through untouched.
 */
export interface WranglerConfig {
  name?: string;
  compatibility_date?: string;
  compatibility_flags?: string[];
  vars?: Record<string, string>;
  queues?: {
    producers?: { binding: string; queue: string }[];
    consumers?: { queue: string; [key: string]: unknown }[];
  };
  /** Worker Previews' settings: a preview's resource set (wrangler ≥ 4.135). */
  previews?: WranglerConfig;
  env?: Record<string, WranglerConfig>;
  [key: string]: unknown;
}

/** An npm package plan installs into `<outDir>/<worker>/node_modules` (a remedy's fixed version, the router's library). */
export interface VendorPackage {
  name: string;
  version: string;
}

/** Workers static assets. */
export interface AssetsPlan {
  directory: string;
  binding?: string;
  /** A single-page app: unknown paths serve index.html. */
  notFoundHandling?: 'single-page-application';
  /** Paths the Worker answers before assets are looked up (`/api/*`). */
  runWorkerFirst?: string[];
}

/** The Cloudflare Containers part of a `container` target. */
export interface ContainerPlan {
  className: string;
  /** Dockerfile path relative to the repository root. */
  dockerfile: string;
  instanceType: string;
  maxInstances: number;
  port: number;
}

/** What the plan writes for one Worker (all relative to `<outDir>/<worker>/`). */
export interface GeneratedFiles {
  config: WranglerConfig;
  /** Comment above each top-level key of `wrangler.jsonc`. */
  comments: Record<string, string>;
  /** Module files beside the config: file name → source. */
  modules: Record<string, string>;
  vendor: VendorPackage[];
}

/** Where the repository is published, for the Deploy to Cloudflare button. */
export interface RepositoryRef {
  /** Web URL without credentials or `.git`, e.g. `https://github.com/owner/name`. */
  url: string;
  /** Branch the button deploys from (a subdirectory link names one); null for the default. */
  branch: string | null;
  /** The plan root's path inside the repository ('' at the top). */
  prefix: string;
}

/** How the module the Worker imports comes to exist: esbuild on the source, or the project's build. */
export interface WorkerBuild {
  /**
   * The command that builds it (wrangler's custom build, run before bundling in check and deploy
   * alike), or null when esbuild compiles the source module itself.
   */
  command: string | null;
  /** Where the command runs, relative to the repository root. */
  cwd: string;
  /** The module the entry shim imports, relative to the repository root. */
  entry: string;
  /** Why this way (shown in the report). */
  why: string;
  /** `file:line` the command comes from (the Dockerfile's RUN, or package.json), when known. */
  source: string | null;
  /**
   * The variables the image's build declares (AppModel.buildEnv): those with a value are set for the
   * command in check; the others are listed for the user to pass (`build-env`).
   */
  env?: BuildEnvVar[];
}

/** One Worker (a compose file with several built services gives several). */
export interface WorkerPlan {
  name: string;
  target: Target;
  targetReason: string;
  targetSource: SourceRef | null;
  /** Service directory relative to the repository root. */
  dir: string;
  /**
   * The app's source files the Worker runs (the entry's import graph), relative to the root: what
   * check scans when there is no bundle to list them (a container target, a failed bundle).
   */
  sources?: string[];
  compatibilityDate: string;
  compatibilityFlags: string[];
  /** Path of the generated entry shim, relative to the output directory. */
  main: string;
  port: number | null;
  healthcheckPath: string;
  vars: Record<string, string>;
  secrets: string[];
  bindings: Binding[];
  assets: AssetsPlan | null;
  crons: string[];
  cpuMs: number | null;
  remedies: AppliedRemedy[];
  codeChanges: CodeChange[];
  report: ReportRow[];
  verdict: Verdict;
  verdictReason: string;
  /** Generated files, relative to the output directory. */
  files: { wranglerConfig: string; shim: string; report: string };
  /** The compose service this Worker comes from, if any. */
  service?: string | null;
  container?: ContainerPlan | null;
  /** How the imported module is compiled or built (JavaScript/TypeScript Workers). */
  build?: WorkerBuild | null;
  /** The user's wrangler config this Worker is based on (`--use-existing`), relative to root. */
  baseConfig?: string | null;
  generated?: GeneratedFiles;
  /** The Deploy to Cloudflare button's link for this Worker, when the repository's URL is known. */
  deployButton?: string | null;
  /**
   * The same service planned as a `container` target (its image on Cloudflare Containers): what check
   * switches to when the Worker path fails. Only for a Worker target whose image runs (CMD/ENTRYPOINT).
   */
  imageFallback?: WorkerPlan | null;
}

export interface Plan {
  version: typeof PLAN_VERSION;
  root: string;
  /** Absolute output directory (default `<root>/.docker-to-workers`). */
  outDir: string;
  tier: WorkersPlanTier;
  workers: WorkerPlan[];
  app: AppModel;
  diagnostics: Diagnostic[];
  /** Files `--write` put into the repository (relative to root), skipped because they exist, or edited (package.json, its lockfile). */
  written?: { created: string[]; skipped: string[]; edited: string[] };
}
