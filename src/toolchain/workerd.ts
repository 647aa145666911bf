import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { nodeRequire } from '../util/node-require.js';
import { findPackageDir } from './packages.js';
import type { Wrangler } from './wrangler.js';

/**
 * The one place that knows miniflare's constructor shape (it changed between miniflare 4 and 5).
 * miniflare is loaded from the resolved wrangler install, so the runtime always matches the bundler.
 */
export interface BootOptions {
  /** The bundled entry written by `wrangler deploy --dry-run --outdir`. */
  scriptPath: string;
  /**
   * The bundle's other modules (wasm, text… beside the entry), when known. miniflare then loads the
   * list as given; otherwise it parses the bundle to find them, which costs ~0.4 s on a fresh process
   * for a 1 MB bundle.
   */
  modules?: string[];
  compatibilityDate: string;
  compatibilityFlags: string[];
  bindings?: Record<string, unknown>;
  kvNamespaces?: string[];
  d1Databases?: string[];
  r2Buckets?: string[];
  durableObjects?: Record<string, string>;
  /** Directory for static assets, when the Worker has them. */
  assetsDirectory?: string;
  /** wrangler's `assets.not_found_handling` and `assets.run_worker_first` (as path patterns). */
  assetsRouting?: { notFoundHandling?: 'single-page-application'; runWorkerFirst?: string[] };
  /** Hyperdrive binding → connection string (miniflare connects to it directly). */
  hyperdrives?: Record<string, string>;
  /** Service binding → `name` of a Worker booted alongside (bootWorker's `services`). */
  serviceBindings?: Record<string, string>;
  /** Receives the runtime's console and uncaught-exception output (otherwise miniflare prints it). */
  onRuntimeOutput?: (chunk: string) => void;
}

/** A Worker booted beside the one that receives requests, reachable only through service bindings. */
export interface ServiceWorker extends Omit<BootOptions, 'onRuntimeOutput'> {
  /** The name other Workers' `serviceBindings` refer to (its wrangler `name`). */
  name: string;
}

export interface BootedWorker {
  fetch(
    path: string,
    init?: RequestInit,
  ): Promise<{ status: number; body: string; headers: Headers }>;
  /** Time from constructing the runtime to it being ready (includes global-scope evaluation). */
  startupMs: number;
  dispose(): Promise<void>;
}

interface MiniflareInstance {
  ready: Promise<URL>;
  dispatchFetch(
    url: string,
    init?: RequestInit,
  ): Promise<{ status: number; text(): Promise<string>; headers: Headers }>;
  dispose(): Promise<void>;
}
type MiniflareConstructor = new (options: Record<string, unknown>) => MiniflareInstance;

/**
 * miniflare 5 takes `workers[].config` (a manifest, `env`, `exports`…) instead of miniflare 4's flat
 * options, and exports `convertV4MiniflareOptions` — the adapter wrangler 4.164 itself calls before
 * `new Miniflare` (wrangler-dist/cli.js). miniflare 4 (an older `wrangler-version`) has neither.
 */
interface MiniflareModule {
  Miniflare: MiniflareConstructor;
  convertV4MiniflareOptions?: (options: Record<string, unknown>) => Record<string, unknown>;
}

/** Starts workerd with miniflare-4-shaped `workers`, whichever miniflare the wrangler install has. */
type Runtime = (
  workers: Record<string, unknown>[],
  onOutput?: (chunk: string) => void,
) => MiniflareInstance;

/**
 * miniflare's module. It is CommonJS: Node's own `require` (fetched at run time, so the bundler
 * neither rewrites nor follows it) skips the named-export scan `import()` runs over its 4 MB file,
 * about 0.2 s; Node before 20.16 has no `process.getBuiltinModule` and takes the `import()`.
 */
async function loadModule(main: string): Promise<unknown> {
  const require = nodeRequire(main);
  if (require) return require(main);
  return import(/* webpackIgnore: true */ pathToFileURL(main).href);
}

async function loadMiniflare(wrangler: Wrangler): Promise<Runtime> {
  const dir = await findPackageDir(wrangler.packageDir, 'miniflare');
  if (!dir)
    throw new Error(`miniflare is missing from the wrangler install at ${wrangler.packageDir}`);
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { main: string };
  const { Miniflare, convertV4MiniflareOptions: convert } = (await loadModule(
    join(dir, pkg.main),
  )) as MiniflareModule;
  return (workers, onOutput) => {
    const options = { workers, port: 0 };
    if (!convert) {
      return new Miniflare(
        onOutput ? { ...options, handleRuntimeStdio: forwardStdio(onOutput) } : options,
      );
    }
    // miniflare 5 reads workerd's output only as structured logs (one message per log line).
    const handleStructuredLogs = onOutput
      ? (log: { message: string }) => onOutput(`${log.message}\n`)
      : undefined;
    return new Miniflare(convert({ ...options, handleStructuredLogs }));
  };
}

/**
 * The newest compatibility date the wrangler install's workerd supports: the `compatibilityDate` its npm
 * package exports (`workerd --version` prints the same date; wrangler 4.164 defaults to it, miniflare 4
 * exposed it as `supportedCompatibilityDate`). Read from the install, so an older `wrangler-version`
 * gets a date its own runtime accepts (4.86.0 → 2026-04-26, 4.164.0 → 2026-11-17).
 */
export async function supportedCompatibilityDate(wrangler: Wrangler): Promise<string> {
  const dir = await findPackageDir(wrangler.packageDir, 'workerd');
  if (!dir)
    throw new Error(`workerd is missing from the wrangler install at ${wrangler.packageDir}`);
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { main: string };
  const { compatibilityDate } = (await loadModule(join(dir, pkg.main))) as {
    compatibilityDate?: unknown;
  };
  if (typeof compatibilityDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(compatibilityDate)) {
    throw new Error(`workerd at ${dir} exports no compatibilityDate`);
  }
  return compatibilityDate;
}

/** Loads miniflare ahead of a boot (e.g. while wrangler bundles); the module stays cached. */
export async function preloadRuntime(wrangler: Wrangler): Promise<void> {
  await loadMiniflare(wrangler);
}

function forwardStdio(onOutput: (chunk: string) => void) {
  return (stdout: Readable, stderr: Readable) => {
    for (const stream of [stdout, stderr]) stream.setEncoding('utf8').on('data', onOutput);
  };
}

/** miniflare's module type for each file extension a bundle can contain (as wrangler's rules). */
const MODULE_TYPES = [
  { type: 'ESModule', extensions: ['js', 'mjs'] },
  { type: 'CommonJS', extensions: ['cjs'] },
  { type: 'CompiledWasm', extensions: ['wasm'] },
  { type: 'Text', extensions: ['txt', 'html', 'sql'] },
  { type: 'Data', extensions: ['bin'] },
] as const;

const moduleType = (path: string) =>
  MODULE_TYPES.find((t) => t.extensions.some((e) => path.endsWith(`.${e}`)))?.type;

/** Whether a file in wrangler's out dir is one of the Worker's modules (not a map or a README). */
export const isModuleFile = (path: string): boolean => moduleType(path) !== undefined;

/** The Worker's modules: those given, or every module file beside the entry (wrangler's out dir). */
async function moduleOptions(options: Pick<BootOptions, 'scriptPath' | 'modules'>) {
  const dir = dirname(options.scriptPath);
  const found =
    options.modules ?? (await readdir(dir, { recursive: true })).map((f) => join(dir, f));
  // The entry first: miniflare takes the first module as the Worker's main module. Listed rather
  // than found by `modulesRules`, which miniflare 5's converter refuses.
  const paths = [
    options.scriptPath,
    ...found.filter((m) => m !== options.scriptPath && isModuleFile(m)),
  ];
  return { modules: paths.map((path) => ({ type: moduleType(path) ?? 'Data', path })) };
}

/** miniflare 5's assets options: wrangler's `not_found_handling` in `assetConfig`, `run_worker_first` as is. */
function assetsOptions(
  directory: string,
  routing: BootOptions['assetsRouting'],
): Record<string, unknown> {
  return {
    directory,
    // Routing is given for a Worker with code (wrangler's `has_user_worker`).
    ...(routing ? { routerConfig: { has_user_worker: true } } : {}),
    ...(routing?.notFoundHandling
      ? { assetConfig: { not_found_handling: routing.notFoundHandling } }
      : {}),
    ...(routing?.runWorkerFirst?.length ? { run_worker_first: routing.runWorkerFirst } : {}),
  };
}

/** One Worker's entry in miniflare's `workers` array. */
async function workerOptions(
  options: Omit<BootOptions, 'onRuntimeOutput'>,
): Promise<Record<string, unknown>> {
  return {
    ...(await moduleOptions(options)),
    // Without it workerd refuses bundles that import siblings ("can't use '..' to break out").
    modulesRoot: dirname(options.scriptPath),
    compatibilityDate: options.compatibilityDate,
    compatibilityFlags: options.compatibilityFlags,
    bindings: options.bindings ?? {},
    kvNamespaces: options.kvNamespaces ?? [],
    d1Databases: options.d1Databases ?? [],
    r2Buckets: options.r2Buckets ?? [],
    durableObjects: options.durableObjects ?? {},
    serviceBindings: options.serviceBindings ?? {},
    ...(options.assetsDirectory
      ? { assets: assetsOptions(options.assetsDirectory, options.assetsRouting) }
      : {}),
    ...(options.hyperdrives ? { hyperdrives: options.hyperdrives } : {}),
  };
}

/**
 * Boots `options` (it receives every fetch) and, in the same runtime, the `services` its
 * `serviceBindings` name, so Worker-to-Worker calls run as they would on Cloudflare.
 */
export async function bootWorker(
  wrangler: Wrangler,
  options: BootOptions,
  services: ServiceWorker[] = [],
): Promise<BootedWorker> {
  const runtime = await loadMiniflare(wrangler);
  // miniflare sends dispatchFetch to the first Worker in the array.
  const workers = [
    await workerOptions(options),
    ...(await Promise.all(
      services.map(async (s) => ({ ...(await workerOptions(s)), name: s.name })),
    )),
  ];
  const started = performance.now();
  const mf = runtime(workers, options.onRuntimeOutput);
  try {
    await mf.ready;
  } catch (error) {
    await mf.dispose().catch(() => undefined);
    throw error;
  }
  const startupMs = performance.now() - started;
  return {
    startupMs,
    async fetch(path, init) {
      const response = await mf.dispatchFetch(new URL(path, 'http://localhost').href, init);
      return { status: response.status, body: await response.text(), headers: response.headers };
    },
    dispose: () => mf.dispose(),
  };
}
