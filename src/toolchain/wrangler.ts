import { mkdtemp, readFile, rm, access } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import type { Context, ExecResult } from '../context.js';
import { installInto } from './npm.js';
import { findPackageDir } from './packages.js';
import { UserError } from '../errors.js';
import { isTransientFailure } from './wrangler-errors.js';

/** The wrangler version this release is tested with; the action installs it unless told otherwise. */
export const PINNED_WRANGLER_VERSION = '4.164.0';

export interface Wrangler {
  version: string;
  /** Directory of the `wrangler` package (its `package.json` lives here). */
  packageDir: string;
  /** wrangler's `bin` script: what a user runs. */
  bin: string;
  /**
   * How runWrangler starts wrangler: its CLI module with the Node flags `bin` would add. `bin` only
   * checks the Node version and starts that as a second Node process, which costs ~0.1 s a call.
   */
  nodeArgs: string[];
  /** The oldest Node this wrangler runs on (its bin's check, which the direct start skips). */
  minNode: string | null;
}

/**
 * What wrangler's `bin/wrangler.js` does before starting `wrangler-dist/cli.js`: refuse a Node older
 * than its `MIN_NODE_VERSION`, and pass Node flags (4.86: `--no-warnings --experimental-vm-modules`;
 * 4.164: `--no-warnings` only). Read from the bin itself, so every pinned version starts as its bin would.
 */
export function binLaunch(binText: string): { minNode: string | null; nodeFlags: string[] } {
  const minNode = /MIN_NODE_VERSION\s*=\s*["']([\d.]+)["']/.exec(binText)?.[1] ?? null;
  const spawnArgs = /spawn\(\s*process\.execPath,\s*\[([^\]]*?)wrangler-dist\/cli\.js/.exec(
    binText,
  )?.[1];
  const nodeFlags = [...(spawnArgs ?? '').matchAll(/["'](--[\w-]+(?:=[^"']*)?)["']/g)].map(
    (m) => m[1]!,
  );
  return { minNode, nodeFlags };
}

/**
 * The first wrangler with Worker Previews (`wrangler preview`, `preview delete`, `preview secret …`).
 * Older versions (an explicit `wrangler-version`) preview through `versions upload --preview-alias`.
 */
export const WORKER_PREVIEWS_SINCE = '4.135.0';

/** Whether this wrangler previews with Worker Previews: the one place that decides the preview path. */
export function hasWorkerPreviews(wrangler: Pick<Wrangler, 'version'>): boolean {
  return semver.gte(wrangler.version, WORKER_PREVIEWS_SINCE);
}

/** Records wrangler appends to `WRANGLER_OUTPUT_FILE_PATH` (ND-JSON); only the fields we read. */
export type WranglerOutputRecord =
  | { type: 'wrangler-session'; version: 1; wrangler_version: string }
  | {
      type: 'deploy';
      version: 1;
      worker_name: string | null;
      version_id: string | null;
      targets?: string[];
    }
  | {
      type: 'version-upload';
      version: 1;
      worker_name: string | null;
      version_id: string | null;
      preview_url?: string;
      preview_alias_url?: string;
    }
  | {
      type: 'version-deploy';
      version: 1;
      worker_name: string | null;
      version_traffic?: Record<string, number>;
    }
  | {
      // `wrangler preview` (src/preview/preview.ts): the Preview's stable URLs and this deployment's URLs.
      type: 'preview';
      version: 1;
      worker_name: string | null;
      preview_id: string;
      preview_name: string;
      preview_urls?: string[];
      deployment_id: string;
      deployment_urls?: string[];
    }
  | { type: 'command-failed'; version: 1; code?: number | string; message: string }
  | { type: string; version: number; [key: string]: unknown };

export interface WranglerRun extends ExecResult {
  records: WranglerOutputRecord[];
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function fromPackageDir(packageDir: string): Promise<Wrangler | null> {
  const pkgPath = join(packageDir, 'package.json');
  if (!(await exists(pkgPath))) return null;
  const pkg = JSON.parse(await readFile(pkgPath, 'utf8')) as { version: string };
  const bin = join(packageDir, 'bin', 'wrangler.js');
  const cli = join(packageDir, 'wrangler-dist', 'cli.js');
  const launch = binLaunch(await readFile(bin, 'utf8').catch(() => ''));
  // Another layout (an older or newer wrangler than the pinned one): go through its bin.
  const nodeArgs = (await exists(cli)) ? [...launch.nodeFlags, cli] : [bin];
  return { version: pkg.version, packageDir, bin, nodeArgs, minNode: launch.minNode };
}

/** The wrangler next to this program (a devDependency in this repository), if any. */
async function bundledWrangler(): Promise<Wrangler | null> {
  const dir = await findPackageDir(dirname(fileURLToPath(import.meta.url)), 'wrangler');
  return dir ? fromPackageDir(dir) : null;
}

/** Where tools check installs once per version live (the runner tool cache in Actions). */
export function cacheRoot(ctx: Context): string {
  return (
    ctx.env.DOCKER_TO_WORKERS_CACHE ??
    join(
      ctx.env.RUNNER_TOOL_CACHE ?? ctx.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'),
      'docker-to-workers',
    )
  );
}

/**
 * Finds (or installs once, into a per-version cache directory) the wrangler to run.
 * Order: `DOCKER_TO_WORKERS_WRANGLER_DIR` → the copy beside this program when its version matches →
 * the cache → `npm install` into the cache.
 */
export async function resolveWrangler(
  ctx: Context,
  version = PINNED_WRANGLER_VERSION,
): Promise<Wrangler> {
  return supportsThisNode(await findWrangler(ctx, version));
}

/** The check wrangler's bin would make: a clear error instead of a crash deep in wrangler. */
function supportsThisNode(wrangler: Wrangler, node = process.versions.node): Wrangler {
  if (wrangler.minNode && semver.lt(node, wrangler.minNode)) {
    throw new UserError(
      `wrangler ${wrangler.version} needs Node ${wrangler.minNode} or newer; this is Node ${node}.`,
      {
        fix: `Run on Node 24 (actions/setup-node with node-version: 24), or pin an older wrangler-version.`,
      },
    );
  }
  return wrangler;
}

async function findWrangler(ctx: Context, version: string): Promise<Wrangler> {
  const explicit = ctx.env.DOCKER_TO_WORKERS_WRANGLER_DIR;
  if (explicit) {
    const found = await fromPackageDir(join(explicit, 'node_modules', 'wrangler'));
    if (!found) {
      throw new UserError(`No wrangler install in DOCKER_TO_WORKERS_WRANGLER_DIR (${explicit}).`, {
        fix: 'Point it at a directory where `npm install wrangler` ran, or unset it.',
      });
    }
    return found;
  }
  const bundled = await bundledWrangler();
  if (bundled && bundled.version === version) return bundled;

  const installDir = join(cacheRoot(ctx), `wrangler-${version}`);
  const cached = await fromPackageDir(join(installDir, 'node_modules', 'wrangler'));
  if (cached) return cached;

  const failure = await installInto(ctx, installDir, [`wrangler@${version}`], 300_000);
  const installed = await fromPackageDir(join(installDir, 'node_modules', 'wrangler'));
  if (failure !== null || !installed) {
    throw new UserError(
      `Could not install wrangler@${version}: ${failure ?? 'no wrangler package after install'}`,
      {
        fix: 'Check the version exists (`npm view wrangler versions`) and that the npm registry is reachable.',
      },
    );
  }
  return installed;
}

export interface RunWranglerOptions {
  /** The wrangler config to use; wrangler searches parent directories otherwise, so it is required. */
  config: string;
  cwd: string;
  env?: Record<string, string | undefined>;
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
  input?: string;
}

/** Runs `wrangler <args> -c <config>` and returns its console output and its output-file records. */
export async function runWrangler(
  ctx: Context,
  wrangler: Wrangler,
  args: string[],
  options: RunWranglerOptions,
): Promise<WranglerRun> {
  const outputDir = await mkdtemp(join(tmpdir(), 'dtw-wrangler-'));
  const outputFile = join(outputDir, 'output.ndjson');
  try {
    const result = await ctx.exec(
      process.execPath,
      [...wrangler.nodeArgs, ...args, '-c', options.config],
      {
        cwd: options.cwd,
        input: options.input,
        onStdout: options.onStdout,
        onStderr: options.onStderr,
        env: {
          WRANGLER_SEND_METRICS: 'false',
          WRANGLER_OUTPUT_FILE_PATH: outputFile,
          // Keep wrangler from prompting or opening a browser in CI.
          CI: 'true',
          ...options.env,
        },
      },
    );
    return { ...result, records: await readOutputRecords(outputFile) };
  } finally {
    await rm(outputDir, { recursive: true, force: true });
  }
}

/** Attempts a wrangler call gets when Cloudflare fails on its side, as our own API calls get. */
const WRANGLER_ATTEMPTS = 3;

/**
 * runWrangler, run again with exponential backoff (1 s, 2 s) while it fails transiently. Only for
 * idempotent commands (`deploy`, `secret bulk`, `versions upload`): a retry must not do twice.
 */
export async function runWranglerRetrying(
  ctx: Context,
  wrangler: Wrangler,
  args: string[],
  options: RunWranglerOptions & { retryBaseMs?: number },
): Promise<WranglerRun & { attempts: number }> {
  const base = options.retryBaseMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    const run = await runWrangler(ctx, wrangler, args, options);
    if (attempt >= WRANGLER_ATTEMPTS || !isTransientFailure(run))
      return { ...run, attempts: attempt };
    const wait = base * 2 ** (attempt - 1);
    ctx.log.warn(
      `wrangler ${args.join(' ')}: Cloudflare failed on its side; retrying in ${wait} ms (attempt ${attempt + 1} of ${WRANGLER_ATTEMPTS}).`,
    );
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

export async function readOutputRecords(path: string): Promise<WranglerOutputRecord[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as WranglerOutputRecord];
      } catch {
        return [];
      }
    });
}
