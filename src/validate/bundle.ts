import { readFile, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Context } from '../context.js';
import type { BundleReport, Diagnostic, PackageSize, WorkersPlanTier } from '../model/index.js';
import { runWrangler, type Wrangler } from '../toolchain/wrangler.js';
import { LIMITS_SOURCE, SIZE_WARNING_RATIO, TIER_LIMITS } from './limits.js';
import { finding } from './rules.js';

/** The part of esbuild's metafile we read. */
export interface Metafile {
  inputs: Record<string, { bytes: number }>;
  outputs: Record<
    string,
    { bytes: number; entryPoint?: string; inputs: Record<string, { bytesInOutput: number }> }
  >;
}

/** A module that went into the bundle, resolved to an absolute path. */
export interface BundleInput {
  path: string;
  /** npm package for files under node_modules, null for the app's own files. */
  package: string | null;
  bytesInOutput: number;
}

export interface BuiltBundle {
  /** Absolute path of the entry module wrangler wrote. */
  entry: string;
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
  const inputs: BundleInput[] = [];
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (/^[\w-]+:/.test(path)) continue;
      const absolute = resolve(baseDir, path);
      inputs.push({ path: absolute, package: packageOf(absolute), bytesInOutput });
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

/** Size findings: over the tier's gzip limit is an error, over 80 % a warning. */
export function sizeDiagnostics(report: BundleReport, tier: WorkersPlanTier): Diagnostic[] {
  const top = report.topPackages
    .slice(0, 3)
    .map((p) => `${p.package} ${(p.share * 100).toFixed(0)} %`)
    .join(', ');
  const sizes = `${kib(report.gzipBytes)} gzip of the ${tier} plan's ${kib(report.limitBytes)} (${LIMITS_SOURCE}); largest: ${top}`;
  if (report.gzipBytes > report.limitBytes) return [finding('W801', `Bundle is ${sizes}`)];
  if (report.gzipBytes > report.limitBytes * SIZE_WARNING_RATIO)
    return [finding('W802', `Bundle is ${sizes}`)];
  return [];
}

/** Raw and gzip size of the uploadable modules in wrangler's out dir (not maps or the metafile). */
async function measure(outDir: string): Promise<{ rawBytes: number; gzipBytes: number }> {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const name of await readdir(outDir, { recursive: true })) {
    if (!/\.(m?js|cjs|wasm|txt|html|sql|bin)$/.test(name)) continue;
    const content = await readFile(join(outDir, name)).catch(() => null);
    if (!content) continue;
    rawBytes += content.length;
    gzipBytes += gzipSync(content).length;
  }
  return { rawBytes, gzipBytes };
}

/** wrangler's error lines (`✘ [ERROR] …` and what follows), without the banner. */
function wranglerError(stderr: string, stdout: string): string {
  // wrangler colours its output: drop the escape codes before looking for its `[ERROR]` marker.
  const text = `${stderr}\n${stdout}`.replace(/\x1b\[[0-9;]*m/g, '');
  const start = text.indexOf('[ERROR]');
  const excerpt =
    start === -1 ? text.trim().split('\n').slice(-5).join('\n') : text.slice(start, start + 800);
  return excerpt.trim();
}

/** Bundles the Worker exactly as deploy will (`wrangler deploy --dry-run`) and measures it. */
export async function bundleWorker(
  ctx: Context,
  wrangler: Wrangler,
  options: { config: string; outDir: string; tier: WorkersPlanTier },
): Promise<BuiltBundle | { error: Diagnostic }> {
  const cwd = dirname(options.config);
  const metafilePath = join(dirname(options.outDir), 'metafile.json');
  await rm(options.outDir, { recursive: true, force: true });
  const run = await runWrangler(
    ctx,
    wrangler,
    ['deploy', '--dry-run', '--outdir', options.outDir, '--metafile', metafilePath],
    { config: options.config, cwd },
  );
  if (run.exitCode !== 0) {
    return {
      error: finding(
        'W803',
        `wrangler deploy --dry-run failed: ${wranglerError(run.stderr, run.stdout)}`,
      ),
    };
  }
  const metafile = JSON.parse(await readFile(metafilePath, 'utf8')) as Metafile;
  const [entryOut] = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint) ?? [];
  const inputs = bundleInputs(metafile, cwd);
  const { rawBytes, gzipBytes } = await measure(options.outDir);
  const report: BundleReport = {
    rawBytes,
    gzipBytes,
    limitBytes: TIER_LIMITS[options.tier].scriptGzipBytes,
    topPackages: topPackages(inputs),
  };
  ctx.log.info(
    `Bundled ${basename(dirname(options.outDir))}: ${kib(rawBytes)} / gzip ${kib(gzipBytes)}`,
  );
  return {
    entry: resolve(cwd, entryOut ?? join(options.outDir, 'index.js')),
    inputs,
    report,
    diagnostics: sizeDiagnostics(report, options.tier),
  };
}
