import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Context } from '../context.js';
import type { CheckResult, Diagnostic, Plan, WorkerPlan, WorkersPlanTier } from '../model/index.js';
import { isOpenNextBuild } from '../plan/build.js';
import { buildEnvFor } from '../plan/build-env.js';
import { nodejsCompatEnabled } from '../plan/compat.js';
import { writePlan, writeWorkerConfig } from '../plan/write.js';
import { preloadRuntime } from '../toolchain/workerd.js';
import { resolveWrangler, type Wrangler } from '../toolchain/wrangler.js';
import { browserBuildFindings } from './browser-builds.js';
import { bundleWorker, type ProjectBuild } from './bundle.js';
import { ensureDependencies } from './install.js';
import { TIER_LIMITS } from './limits.js';
import { buildOpenNext } from './opennext.js';
import { pitfallSignature, remedyInstalledPitfalls, unremediedPitfalls } from './pitfalls.js';
import { kvReadAfterWrite } from './read-after-write.js';
import { finding } from './rules.js';
import {
  afterBoot,
  plannedSources,
  scanBundle,
  type BundleScan,
  type ScanContext,
} from './scan-bundle.js';
import { smokeBoot, startedCleanly } from './smoke.js';
import { measuredStartup, profileStartup } from './startup.js';
import { applyAllowList } from './suppress.js';
import { checkVerdict, type FailOn } from './verdict.js';

export interface CheckOptions {
  /** Defaults to the plan's tier. */
  tier?: WorkersPlanTier;
  /** Boot the bundle in workerd and request the health check (default true). */
  smoke?: boolean;
  /**
   * Whether plan was allowed to apply remedies: W501's wording, and whether check adds the remedies
   * of pitfalls the install revealed.
   */
  remedies?: boolean;
  failOn?: FailOn;
  /** Connection string Hyperdrive bindings point at during the smoke boot. */
  localDb?: string;
  /** Allow-list entries (`W704`, `W302:ajv`, `W107:src/logs.js`), added to the app's own. */
  allow?: string[];
  /** Install dependencies when missing (default true); install scripts run only when allowed. */
  install?: boolean;
  allowInstallScripts?: boolean;
  /** Start-up budget in ms (default: the plan's limit, 1 s); W903 when the global scope takes longer. */
  startupBudgetMs?: number;
  /**
   * Measure the start-up with wrangler's profile (default true). Callers that only read the scan or
   * the boot turn it off: one workerd run less.
   */
  startupProfile?: boolean;
  /**
   * The user's variables for the app's build (`build-env`): secrets given only to the build's process (the
   * OpenNext build, wrangler's custom build) and scrubbed from the build output check quotes.
   */
  buildEnv?: Record<string, string>;
}

/** `"docker-to-workers": { "allow": [...] }` in the service's package.json. */
async function appAllowList(dir: string): Promise<string[]> {
  const pkg = await readFile(join(dir, 'package.json'), 'utf8')
    .then((t) => JSON.parse(t) as { 'docker-to-workers'?: { allow?: unknown } })
    .catch(() => null);
  const allow = pkg?.['docker-to-workers']?.allow;
  return Array.isArray(allow) ? allow.filter((a): a is string => typeof a === 'string') : [];
}

function httpShim(worker: WorkerPlan): boolean {
  return Object.values(worker.generated?.modules ?? {}).some((m) =>
    m.includes('httpServerHandler'),
  );
}

/** Findings that need the whole app's scan: listen without the shim, several ports. */
function serverFindings(worker: WorkerPlan, scan: BundleScan, shimKnown: boolean): Diagnostic[] {
  const ports = [...new Set(scan.listenPorts)];
  const found: Diagnostic[] = [];
  if (ports.length > 0 && shimKnown && !httpShim(worker)) {
    found.push(
      finding(
        'W108',
        `The app calls listen(${ports[0]}) but the Worker entry has no httpServerHandler`,
      ),
    );
  }
  if (ports.length > 1) {
    found.push(
      finding(
        'W705',
        `The app listens on ${ports.length} ports (${ports.join(', ')}); only one is served`,
      ),
    );
  }
  return found;
}

/** Whether the Worker's service is a workspace of the monorepo detect found it in. */
function isWorkspaceMember(plan: Plan, worker: WorkerPlan): boolean {
  const pkg = plan.app.packageJson;
  return pkg !== null && pkg.dir === worker.dir && pkg.dir !== '.' && pkg.workspaces.length > 0;
}

/** What the scanner needs to know about the Worker (as planned, or as it would be for a container). */
function scanContext(
  plan: Plan,
  worker: WorkerPlan,
  wrangler: Wrangler,
  tier: WorkersPlanTier,
): ScanContext {
  return {
    root: plan.root,
    dir: resolve(plan.root, worker.dir),
    wrangler,
    scan: {
      compatibilityDate: worker.compatibilityDate,
      nodejsCompat:
        worker.target !== 'worker' ||
        nodejsCompatEnabled(worker.compatibilityDate, worker.compatibilityFlags),
      cpuMsPerRequest: worker.cpuMs ?? TIER_LIMITS[tier].cpuMsPerRequest,
      defined: Object.keys(worker.generated?.config.define ?? {}),
    },
  };
}

/** A Worker's check result, and the container plan to switch to when the Worker path failed. */
interface WorkerChecked {
  result: CheckResult;
  container: WorkerPlan | null;
}

async function checkWorker(
  plan: Plan,
  worker: WorkerPlan,
  wrangler: Wrangler,
  options: CheckOptions,
  ctx: Context,
): Promise<WorkerChecked> {
  const result: CheckResult = {
    worker: worker.name,
    verdict: worker.verdict,
    diagnostics: [],
    bundle: null,
    smoke: null,
    startup: null,
  };
  if (worker.target !== 'worker') {
    // Not bundled: the scan of the sources still shows what keeps the app off Workers.
    if (worker.target === 'container') {
      const context = scanContext(plan, worker, wrangler, options.tier ?? plan.tier);
      result.diagnostics = (
        await scanBundle(await plannedSources(plan.root, worker), plan.outDir, context)
      ).diagnostics;
    }
    return { result, container: null };
  }
  const tier = options.tier ?? plan.tier;
  const limits = TIER_LIMITS[tier];
  const dir = resolve(plan.root, worker.dir);
  const diagnostics: Diagnostic[] = [];
  if (options.install !== false) {
    diagnostics.push(
      ...(await ensureDependencies(ctx, {
        dir,
        root: plan.root,
        allowScripts: options.allowInstallScripts ?? false,
        workspaceMember: isWorkspaceMember(plan, worker),
        docker: plan.app.dockerfile
          ? { path: plan.app.dockerfile.path, steps: plan.app.dockerfile.installSteps ?? [] }
          : undefined,
        build: Boolean(worker.build?.command),
      })),
    );
    // Pitfalls only the installed tree shows get plan's remedy; alias targets resolve to the files
    // just installed.
    if (await remedyInstalledPitfalls(worker, plan.root, options.remedies !== false))
      await writePlan(plan, ctx);
    else await writeWorkerConfig(plan, worker);
  }
  const workerDir = join(plan.outDir, worker.name);
  const smokeOn = options.smoke !== false;
  const config = join(plan.outDir, worker.files.wranglerConfig);
  const openNext = isOpenNextBuild(worker.build);
  const buildEnv = buildEnvFor(worker.build, options.buildEnv);
  if (openNext) {
    // Without the app's dependencies (`next` among them) the adapter cannot build anything.
    if (diagnostics.some((d) => d.severity === 'error'))
      return conclude(worker, result, diagnostics, [], options, dir);
    const built = await buildOpenNext(ctx, wrangler, {
      appDir: resolve(plan.root, worker.build!.cwd),
      root: plan.root,
      config,
      env: buildEnv,
    });
    diagnostics.push(...built.diagnostics);
    if (!built.built) return conclude(worker, result, diagnostics, [], options, dir);
    // wrangler bundles what the adapter wrote: its custom build would run the adapter again.
    await writeWorkerConfig(plan, withoutBuild(worker));
  }
  const upload = join(workerDir, 'upload.bundle');
  // While wrangler bundles: load the local runtime and look up pitfalls. The scan starts once the
  // metafile names the inputs (wrangler is still printing and exiting), the smoke boot (workerd, in
  // another process) as soon as the bundle's files are complete.
  const bundling = bundleWorker(ctx, wrangler, {
    config,
    outDir: join(workerDir, 'bundle'),
    upload,
    tier,
    build: openNext ? null : customBuild(worker, workerDir, plan.root, buildEnv),
  });
  const pitfallsFound = unremediedPitfalls(worker, plan.root, options.remedies !== false);
  const runtimeLoaded = smokeOn ? preloadRuntime(wrangler).catch(() => undefined) : undefined;
  const scanning = bundling.inputs.then(async (inputs) =>
    scanBundle(
      inputs ?? (await plannedSources(plan.root, worker)),
      plan.outDir,
      scanContext(plan, worker, wrangler, tier),
    ),
  );
  const booting = smokeOn
    ? bundling.files.then(async (files) => {
        await runtimeLoaded;
        return files === null
          ? null
          : smokeBoot(wrangler, {
              files,
              worker,
              root: plan.root,
              startupLimitMs: options.startupBudgetMs ?? limits.startupMs,
              localDb: options.localDb,
            });
      })
    : null;
  // wrangler's start-up profile of the upload, beside the smoke boot, once wrangler has written it.
  const profiling = bundling.built.then((built) =>
    'error' in built || options.startupProfile === false
      ? null
      : profileStartup(ctx, wrangler, {
          config,
          upload,
          profile: join(workerDir, 'startup.cpuprofile'),
        }),
  );
  const [built, scan, pitfalls, boot, kvReads, profiled] = await Promise.all([
    bundling.built,
    scanning,
    pitfallsFound,
    booting,
    kvReadsAfterWrites(plan, worker, wrangler),
    profiling,
  ]);
  // A boot of a bundle wrangler then rejected says nothing about the Worker.
  const booted = 'error' in built ? null : boot;
  diagnostics.push(
    ...afterBoot(scan, booted !== null && startedCleanly(booted)),
    ...kvReads,
    ...serverFindings(worker, scan, worker.generated !== undefined),
    ...pitfalls.map((p) => p.diagnostic),
  );
  if ('error' in built) {
    diagnostics.push(built.error);
  } else {
    result.bundle = built.report;
    diagnostics.push(...built.diagnostics);
  }
  const remediable: Diagnostic[] = [];
  if (booted) {
    result.smoke = booted.smoke;
    // A crash that a known pitfall explains gets that pitfall's fix.
    for (const d of booted.diagnostics) {
      const known = pitfalls.find((p) => {
        const signature = pitfallSignature(p.pitfall);
        return signature !== null && d.message.includes(signature);
      });
      const explained = known ? { ...d, fix: known.diagnostic.fix } : d;
      if (known) remediable.push(explained);
      diagnostics.push(explained);
    }
    if (booted.smoke.error && booted.smoke.status === null)
      diagnostics.push(
        ...(await browserBuildFindings(
          join(workerDir, 'metafile.json'),
          plan.root,
          booted.smoke.error,
        )),
      );
  }
  if (!('error' in built) && profiled) {
    const measured = await measuredStartup(profiled, booted?.smoke ?? null, {
      limitMs: options.startupBudgetMs ?? limits.startupMs,
      profile: join(workerDir, 'startup.cpuprofile'),
      bundle: { dir: join(workerDir, 'bundle'), modules: built.modules },
      root: plan.root,
    });
    result.startup = measured?.measure ?? null;
    diagnostics.push(...(measured?.diagnostics ?? []));
  }
  return conclude(worker, result, diagnostics, remediable, options, dir);
}

/** The worker's config without wrangler's custom build (check ran it already). */
function withoutBuild(worker: WorkerPlan): WorkerPlan {
  if (!worker.generated) return worker;
  const config = { ...worker.generated.config };
  delete config.build;
  return { ...worker, generated: { ...worker.generated, config } };
}

/** The allow list applied, the verdict decided, and the container plan when the Worker path failed. */
async function conclude(
  worker: WorkerPlan,
  result: CheckResult,
  diagnostics: Diagnostic[],
  remediable: Diagnostic[],
  options: CheckOptions,
  dir: string,
): Promise<WorkerChecked> {
  const allow = [...(options.allow ?? []), ...(await appAllowList(dir))];
  result.diagnostics = applyAllowList(diagnostics, allow);
  const decided = checkVerdict(worker.verdict, result.diagnostics, {
    imageRuns: Boolean(worker.imageFallback),
    remediable,
    build: worker.build?.why,
  });
  result.verdict = decided.verdict;
  if (decided.toContainer && decided.reason) {
    // What the Worker path found no longer blocks a deploy that ships the image: each stays listed, as a
    // note of what would have to change to run the service as a Worker.
    result.diagnostics = [
      ...result.diagnostics.map((d) => ({ ...d, severity: 'note' as const })),
      finding('W905', decided.reason, { file: worker.imageFallback?.container?.dockerfile }),
    ];
    return {
      result,
      container: {
        ...worker.imageFallback!,
        targetReason: decided.reason,
        verdictReason: decided.reason,
      },
    };
  }
  return { result, container: null };
}

/** W706 where the plan put a Redis client's data in KV (a Redis client and a KV binding). */
async function kvReadsAfterWrites(
  plan: Plan,
  worker: WorkerPlan,
  wrangler: Wrangler,
): Promise<Diagnostic[]> {
  const kv = worker.bindings.find((b) => b.type === 'kv');
  if (!kv) return [];
  // The app's files the Worker runs (its entry's import graph), as the scanner reads them.
  const files = (await plannedSources(plan.root, worker)).map((input) => input.path);
  return kvReadAfterWrite(files, plan.root, kv.binding, wrangler);
}

/**
 * Bundles, scans and smoke-boots each planned Worker; one result per Worker. A Worker whose path
 * failed while its image runs the app becomes its container plan, in `plan` and in the output
 * directory, so deploy ships what check judged.
 */
export async function check(
  plan: Plan,
  options: CheckOptions,
  ctx: Context,
): Promise<CheckResult[]> {
  const wrangler = await resolveWrangler(ctx);
  const results: CheckResult[] = [];
  let switched = false;
  for (const [index, worker] of plan.workers.entries()) {
    const { result, container } = await checkWorker(plan, worker, wrangler, options, ctx);
    results.push(result);
    if (container) {
      plan.workers[index] = container;
      switched = true;
    }
  }
  if (switched) await writePlan(plan, ctx);
  return results;
}

export { exitCode, overallVerdict, type FailOn } from './verdict.js';

/**
 * The custom build wrangler runs before bundling: the Worker's own, else its static site's (a
 * frontend's `npm run build`, when only the assets are built). Its failure is then W810, the build the
 * image runs too, not a failure of the Worker path that would send the service to its container.
 */
function customBuild(
  worker: WorkerPlan,
  workerDir: string,
  root: string,
  env: ProjectBuild['env'],
): ProjectBuild | null {
  if (worker.build?.command)
    return {
      command: worker.build.command,
      cwd: worker.build.cwd,
      output: worker.build.entry,
      env,
    };
  const site = worker.generated?.config.build as { command?: unknown; cwd?: unknown } | undefined;
  if (typeof site?.command !== 'string' || !worker.assets) return null;
  const fromRoot = (path: string) => relative(root, resolve(workerDir, path)) || '.';
  return {
    command: site.command,
    cwd: fromRoot(typeof site.cwd === 'string' ? site.cwd : '.'),
    output: fromRoot(worker.assets.directory),
    env,
  };
}
