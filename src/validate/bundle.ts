import { watch } from 'node:fs';
import { isBuiltin } from 'node:module';
import { readFile, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join, posix, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Context } from '../context.js';
import type { BundleReport, Diagnostic, PackageSize, WorkersPlanTier } from '../model/index.js';
import { isModuleFile } from '../toolchain/workerd.js';
import { runWrangler, type Wrangler } from '../toolchain/wrangler.js';
import { errorExcerpt, stripAnsi } from '../toolchain/wrangler-errors.js';
import { scrubValues } from '../util/redact.js';
import type { BuildEnv } from '../plan/build-env.js';
import { buildOutputHint } from './build-env.js';
import { managerOfCommand, managerUnavailable } from './install.js';
import { LIMITS_SOURCE, SIZE_WARNING_RATIO, TIER_LIMITS } from './limits.js';
import { finding } from './rules.js';

/** The part of esbuild's metafile we read. */
export interface Metafile {
  inputs: Record<string, { bytes: number; imports?: { path: string }[] }>;
  outputs: Record<
    string,
    {
      bytes: number;
      entryPoint?: string;
      inputs: Record<string, { bytesInOutput: number }>;
      imports?: { path: string; external?: boolean }[];
    }
  >;
}

/** A module that went into the bundle, resolved to an absolute path. */
export interface BundleInput {
  path: string;
  /** npm package for files under node_modules, null for the app's own files. */
  package: string | null;
  bytesInOutput: number;
  /** A dependency's file one of the app's own files imports (the app calls into it directly). */
  importedByApp?: boolean;
}

/** The files a Worker boots from. */
export interface BundleFiles {
  /** Absolute path of the entry module wrangler wrote. */
  entry: string;
  /** Every module of the bundle, the entry included (absolute paths). */
  modules: string[];
}

export interface BuiltBundle extends BundleFiles {
  inputs: BundleInput[];
  report: BundleReport;
  diagnostics: Diagnostic[];
}

/** The label for the app's own code in the size table. */
export const APP_CODE = '(app code)';

/** The npm package a path belongs to, from its last `node_modules/` segment. */
export function packageOf(path: string): string | null {
  const parts = path.split(/[\\/]/);
  const index = parts.lastIndexOf('node_modules');
  if (index === -1 || index + 1 >= parts.length) return null;
  const first = parts[index + 1]!;
  return first.startsWith('@') ? `${first}/${parts[index + 2] ?? ''}` : first;
}

/** Every real file that went into the bundle (esbuild's virtual `ns:name` inputs are skipped). */
export function bundleInputs(metafile: Metafile, baseDir: string): BundleInput[] {
  const fromApp = new Set<string>();
  for (const [path, { imports }] of Object.entries(metafile.inputs)) {
    if (packageOf(resolve(baseDir, path)) !== null) continue;
    for (const imported of imports ?? []) fromApp.add(resolve(baseDir, imported.path));
  }
  const inputs: BundleInput[] = [];
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (/^[\w-]+:/.test(path)) continue;
      const absolute = resolve(baseDir, path);
      const pkg = packageOf(absolute);
      inputs.push({
        path: absolute,
        package: pkg,
        bytesInOutput,
        ...(pkg !== null && fromApp.has(absolute) ? { importedByApp: true } : {}),
      });
    }
  }
  return inputs;
}

/** The largest packages by bytes in the output, with their share of it. */
export function topPackages(inputs: BundleInput[], count = 10): PackageSize[] {
  const sizes = new Map<string, number>();
  for (const input of inputs) {
    const name = input.package ?? APP_CODE;
    sizes.set(name, (sizes.get(name) ?? 0) + input.bytesInOutput);
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0) || 1;
  return [...sizes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, bytes]) => ({ package: name, bytes, share: bytes / total }));
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Size findings: over the limit (uncompressed, as Cloudflare counts it) is an error, over 80 % a warning. */
export function sizeDiagnostics(report: BundleReport, tier: WorkersPlanTier): Diagnostic[] {
  const top = report.topPackages
    .slice(0, 3)
    .map((p) => `${p.package} ${(p.share * 100).toFixed(0)} %`)
    .join(', ');
  const sizes = `${kib(report.rawBytes)} (gzip ${kib(report.gzipBytes)}) of the ${tier} plan's ${kib(report.limitBytes)} uncompressed (${LIMITS_SOURCE}); largest: ${top}`;
  if (report.rawBytes > report.limitBytes) return [finding('W801', `Bundle is ${sizes}`)];
  if (report.rawBytes > report.limitBytes * SIZE_WARNING_RATIO)
    return [finding('W802', `Bundle is ${sizes}`)];
  return [];
}

const gzipAsync = promisify(gzip);

/** The Worker's modules in wrangler's out dir (the bundle and any wasm/text beside it; not maps). */
async function moduleFiles(outDir: string): Promise<string[]> {
  const names = await readdir(outDir, { recursive: true });
  return names.filter(isModuleFile).map((name) => join(outDir, name));
}

/** Raw and gzip size of the uploadable modules. */
async function measure(files: string[]): Promise<{ rawBytes: number; gzipBytes: number }> {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = await readFile(file).catch(() => null);
    if (!content) continue;
    rawBytes += content.length;
    // zlib's thread pool, so a smoke boot or scan running beside it keeps the main thread.
    gzipBytes += (await gzipAsync(content)).length;
  }
  return { rawBytes, gzipBytes };
}

/**
 * The metafile as soon as wrangler has written it — wrangler writes it right after esbuild and then
 * spends a while printing and exiting — or, failing that, whatever is there once wrangler has exited.
 */
export function metafileOnceWritten(
  path: string,
  exited: Promise<unknown>,
): Promise<Metafile | null> {
  return new Promise((resolvePromise) => {
    let settled = false;
    let watcher: ReturnType<typeof watch> | undefined;
    const attempt = async (final: boolean) => {
      // A half-written file does not parse; the next change event tries again.
      const metafile = await readFile(path, 'utf8')
        .then((text) => JSON.parse(text) as Metafile)
        .catch(() => null);
      if (settled || (metafile === null && !final)) return;
      settled = true;
      watcher?.close();
      resolvePromise(metafile);
    };
    try {
      watcher = watch(dirname(path), (_event, name) => {
        if (name === basename(path)) void attempt(false);
      }).on('error', () => watcher?.close());
    } catch {
      // No file watching here (e.g. inotify limits): the metafile is read after wrangler exits.
    }
    const finalAttempt = () => attempt(true);
    void exited.then(finalAttempt, finalAttempt);
  });
}

/** The project's build that wrangler runs first (`build` in the generated config). */
export interface ProjectBuild {
  command: string;
  /** Where it runs, relative to the repository root (for the reproduction line). */
  cwd: string;
  /** The module it writes that the Worker imports, relative to the repository root. */
  output: string;
  /** Its variables (given to wrangler, which runs it), the user's secret ones scrubbed from its output. */
  env?: BuildEnv;
}

const CUSTOM_BUILD = '[custom build]';
const BUILD_OUTPUT_LINES = 12;

/**
 * A failed custom build as a finding: the command, the last lines it printed (wrangler relays its
 * output line by line behind `[custom build]`) and how to run it locally. Null when wrangler failed
 * for another reason. The message shapes are wrangler's `runCustomBuild` (run-custom-build.ts).
 */
export function buildFailure(
  build: ProjectBuild,
  stderr: string,
  stdout: string,
): Diagnostic | null {
  const text = stripAnsi(`${stdout}\n${stderr}`);
  const failed = text.includes(`Running custom build \``);
  // The shim imports the build's output: esbuild cannot resolve it when the build did not write it.
  const unresolved = /Could not resolve "([^"]+)"/.exec(text)?.[1];
  const missing =
    text.includes('not found after running custom build') ||
    (unresolved !== undefined && build.output.endsWith(posix.basename(unresolved)));
  if (!failed && !missing) return null;
  const buildLines = text
    .split('\n')
    .filter((line) => line.includes(CUSTOM_BUILD) && !line.includes('Running:'))
    .map((line) => line.slice(line.indexOf(CUSTOM_BUILD) + CUSTOM_BUILD.length).trimEnd())
    .filter((line) => line.trim() !== '');
  const printed = buildLines.slice(-BUILD_OUTPUT_LINES);
  const file = posix.join(build.cwd, 'package.json');
  // The command's own package manager missing (`/bin/sh: 1: pnpm: not found`) is W005, as for install.
  const manager = failed ? managerOfCommand(build.command) : null;
  const unavailable =
    manager &&
    managerUnavailable(manager, text, {
      consequence: `\`${build.command}\` could not run in ${build.cwd}`,
      file,
    });
  if (unavailable) return unavailable;
  const exit = /exit code (\d+)/.exec(text)?.[1];
  const hint = failed ? buildOutputHint(buildLines.join('\n')) : null;
  const what = failed
    ? `\`${build.command}\` failed${exit ? ` (exit ${exit})` : ''}`
    : `\`${build.command}\` ran but did not write ${build.output}, the module the Worker imports`;
  return finding(
    'W810',
    `${what} in ${build.cwd}${printed.length > 0 ? `; its last lines:\n${printed.join('\n')}` : ''}`,
    { file },
    {
      fix: `Reproduce locally: \`cd ${build.cwd} && ${build.command}\` (after installing the dependencies from the lockfile, dev dependencies included); fix what it prints and commit.${hint ? ` ${hint}` : ''}`,
    },
  );
}

export interface BundleRun {
  /**
   * The modules in the bundle, known from esbuild's metafile before wrangler has exited (so a scan
   * can start early); null when wrangler wrote none.
   */
  inputs: Promise<BundleInput[] | null>;
  /**
   * The bundle as soon as the out dir is complete: when the metafile is written if the bundle
   * imports only runtime modules, otherwise once wrangler has exited (it writes additional modules —
   * wasm, text — after the metafile); null when wrangler failed.
   */
  files: Promise<BundleFiles | null>;
  /** The bundle once wrangler has exited, or wrangler's error. */
  built: Promise<BuiltBundle | { error: Diagnostic }>;
}

type MetafileOutput = Metafile['outputs'][string];

/** The entry module's output (the one esbuild built from an entry point). */
function entryOutput(metafile: Metafile): [string, MetafileOutput] | undefined {
  return Object.entries(metafile.outputs).find(([, o]) => o.entryPoint);
}

/** Whether the entry imports nothing but the runtime's own modules (no sibling files to wait for). */
function importsOnlyRuntime(output: MetafileOutput): boolean {
  return (output.imports ?? []).every(
    (i) => !i.external || isBuiltin(i.path) || /^(node|cloudflare|workerd):/.test(i.path),
  );
}

/** Bundles the Worker exactly as deploy will (`wrangler deploy --dry-run`) and measures it. */
export function bundleWorker(
  ctx: Context,
  wrangler: Wrangler,
  options: {
    config: string;
    outDir: string;
    tier: WorkersPlanTier;
    build?: ProjectBuild | null;
    /** Also write the upload itself (`--outfile`: metadata and modules, as deploy sends them) here. */
    upload?: string;
  },
): BundleRun {
  const cwd = dirname(options.config);
  const metafilePath = join(dirname(options.outDir), 'metafile.json');
  const cleared = Promise.all([
    rm(options.outDir, { recursive: true, force: true }),
    rm(metafilePath, { force: true }),
    options.upload ? rm(options.upload, { force: true }) : undefined,
  ]);
  const run = cleared.then(() =>
    runWrangler(
      ctx,
      wrangler,
      [
        'deploy',
        '--dry-run',
        '--outdir',
        options.outDir,
        '--metafile',
        metafilePath,
        ...(options.upload ? ['--outfile', options.upload] : []),
      ],
      { config: options.config, cwd, env: options.build?.env?.values },
    ),
  );
  const metafile = cleared.then(() => metafileOnceWritten(metafilePath, run));
  const inputs = metafile.then((meta) => (meta ? bundleInputs(meta, cwd) : null));
  const entryPath = (meta: Metafile) =>
    resolve(cwd, entryOutput(meta)?.[0] ?? join(options.outDir, 'index.js'));
  const built = run.then(async (run): Promise<BuiltBundle | { error: Diagnostic }> => {
    const [meta, bundled] = await Promise.all([metafile, inputs]);
    // The custom build's output quotes what it printed: never the user's build-env values.
    const secrets = options.build?.env?.secrets ?? [];
    const result = {
      ...run,
      stdout: scrubValues(run.stdout, secrets),
      stderr: scrubValues(run.stderr, secrets),
    };
    if (result.exitCode !== 0 || meta === null || bundled === null) {
      const failedBuild =
        options.build && buildFailure(options.build, result.stderr, result.stdout);
      if (failedBuild) return { error: failedBuild };
      const reason =
        result.exitCode !== 0
          ? errorExcerpt(result.stderr, result.stdout)
          : `wrangler wrote no metafile at ${metafilePath}`;
      return { error: finding('W803', `wrangler deploy --dry-run failed: ${reason}`) };
    }
    const modules = await moduleFiles(options.outDir);
    const { rawBytes, gzipBytes } = await measure(modules);
    const report: BundleReport = {
      rawBytes,
      gzipBytes,
      limitBytes: TIER_LIMITS[options.tier].scriptBytes,
      topPackages: topPackages(bundled),
    };
    ctx.log.info(
      `Bundled ${basename(dirname(options.outDir))}: ${kib(rawBytes)} / gzip ${kib(gzipBytes)}`,
    );
    return {
      entry: entryPath(meta),
      modules,
      inputs: bundled,
      report,
      diagnostics: sizeDiagnostics(report, options.tier),
    };
  });
  const files = metafile.then(async (meta): Promise<BundleFiles | null> => {
    const output = meta && entryOutput(meta);
    if (output && importsOnlyRuntime(output[1])) {
      const modules = Object.keys(meta.outputs).filter(isModuleFile);
      return { entry: entryPath(meta), modules: modules.map((m) => resolve(cwd, m)) };
    }
    const done = await built;
    return 'error' in done ? null : { entry: done.entry, modules: done.modules };
  });
  return { inputs, files, built };
}
