import { readFile, rm } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import type { Context } from '../context.js';
import type { Diagnostic, SmokeResult, StartupMeasure } from '../model/index.js';
import { runWrangler, type Wrangler } from '../toolchain/wrangler.js';
import { packageOf } from './bundle.js';
import { finding } from './rules.js';
import { originalPosition } from './smoke.js';

/**
 * Start-up measured as Cloudflare enforces it: the CPU time of the main module's evaluation (its global
 * scope), against the 1 s limit (https://developers.cloudflare.com/workers/platform/limits/#worker-startup-time).
 * wrangler's own `check startup --worker <upload>` measures it offline: it boots the upload in workerd
 * behind the inspector, imports the main module inside a profiled request and writes the CPU profile
 * (workers-sdk packages/deploy-helpers/src/startup-profile.ts, `analyseBundle`).
 */

/** The part of a V8 CPU profile (Chrome DevTools' `.cpuprofile`) we read. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string };
    /** Samples per 1-based line of the function's script, its own time only. */
    positionTicks?: { line: number; ticks: number }[];
  }[];
  samples?: number[];
  /** Microseconds before each sample. */
  timeDeltas?: number[];
}

/**
 * The profile's active time in ms: sampled time less idle time, garbage collection included —
 * the "Active" figure wrangler's `summarizeStartupProfile` prints.
 */
export function activeMs(profile: CpuProfile): number {
  const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
  const samples = profile.samples ?? [];
  let active = 0;
  for (const [index, delta] of (profile.timeDeltas ?? []).entries()) {
    if (names.get(samples[index] ?? 0) !== '(idle)') active += delta;
  }
  return active / 1000;
}

/** The bundle module and 1-based line where the profile spent most of its own time, among `modules`. */
export function hottestLine(
  profile: CpuProfile,
  modules: string[],
): { module: string; line: number } | null {
  // The longest name first: `src/index.js` before `index.js`. The profiler's own entry is a UUID.
  const byLength = [...modules].sort((a, b) => b.length - a.length);
  const ticks = new Map<string, number>();
  for (const node of profile.nodes) {
    const module = byLength.find((m) => node.callFrame.url.endsWith(`/${m}`));
    if (!module) continue;
    for (const { line, ticks: count } of node.positionTicks ?? []) {
      const key = `${module}\n${line}`;
      ticks.set(key, (ticks.get(key) ?? 0) + count);
    }
  }
  const [hottest] = [...ticks.entries()].sort((a, b) => b[1] - a[1]);
  if (!hottest) return null;
  const [module, line] = hottest[0].split('\n');
  return { module: module!, line: Number(line) };
}

export interface StartupProfileOptions {
  /** The generated wrangler config (always passed with `-c`). */
  config: string;
  /** The upload `wrangler deploy --dry-run --outfile` wrote. */
  upload: string;
  /** Where wrangler writes the CPU profile. */
  profile: string;
}

/** Runs `wrangler check startup` on the upload once; the profile, or wrangler's reason when it failed. */
async function profileOnce(
  ctx: Context,
  wrangler: Wrangler,
  options: StartupProfileOptions,
): Promise<CpuProfile | { error: string }> {
  await rm(options.profile, { force: true });
  const run = await runWrangler(
    ctx,
    wrangler,
    ['check', 'startup', '--worker', options.upload, '--outfile', options.profile],
    { config: options.config, cwd: dirname(options.config) },
  );
  const profile = await readFile(options.profile, 'utf8')
    .then((text) => JSON.parse(text) as CpuProfile)
    .catch(() => null);
  if (run.exitCode === 0 && profile) return profile;
  const text = `${run.stderr}\n${run.stdout}`.replace(/\x1b\[[0-9;]*m/g, '');
  const reason = /\[ERROR\]\s*(.+)/.exec(text)?.[1] ?? `exit ${run.exitCode}`;
  return { error: reason.trim() };
}

/**
 * wrangler's start-up profile of the upload. wrangler gives workerd 10 s to start and answer
 * (`STARTUP_PROFILE_TIMEOUT_MS`), which a busy machine can miss: a timeout is tried once more.
 */
export async function profileStartup(
  ctx: Context,
  wrangler: Wrangler,
  options: StartupProfileOptions,
): Promise<CpuProfile | { error: string }> {
  const first = await profileOnce(ctx, wrangler, options);
  if (!('error' in first) || !/timed out/i.test(first.error)) return first;
  return profileOnce(ctx, wrangler, options);
}

/** Where in the app (or which package) the hottest line of the bundle comes from. */
export async function startupLocation(
  profile: CpuProfile,
  bundle: { dir: string; modules: string[] },
  root: string,
): Promise<Pick<Diagnostic, 'file' | 'line' | 'package'>> {
  const names = bundle.modules.map((m) => relative(bundle.dir, m).split('\\').join('/'));
  const hottest = hottestLine(profile, names);
  if (!hottest) return {};
  const original = await originalPosition(`${bundle.dir}/${hottest.module}`, hottest.line, root);
  if (!original) return {};
  const pkg = packageOf(original.file);
  return pkg ? { package: pkg } : { file: original.file, line: original.line };
}

/** W903 when the global scope's CPU time is over the budget. */
export function startupFindings(
  measure: StartupMeasure,
  where: Pick<Diagnostic, 'file' | 'line' | 'package'>,
): Diagnostic[] {
  if (measure.cpuMs <= measure.limitMs) return [];
  const spot = where.file
    ? ` most of it at ${where.file}:${where.line}`
    : where.package
      ? ` most of it in ${where.package}`
      : '';
  const how =
    measure.method === 'wrangler check startup'
      ? 'CPU, `wrangler check startup` on this machine'
      : 'wall-clock, workerd boot on this machine';
  const profile = measure.profile
    ? ` The CPU profile ${measure.profile} opens in Chrome DevTools (Performance) or VS Code as a flame graph.`
    : '';
  return [
    finding(
      'W903',
      `Global scope takes about ${measure.cpuMs} ms to evaluate (${how})${spot ? `,${spot}` : ''}; Cloudflare's start-up limit is ${measure.limitMs} ms`,
      where,
      {
        fix: `Defer that work to the first request (create clients and compile schemas lazily), or trim what the entry imports.${profile}`,
      },
    ),
  ];
}

/**
 * Start-up from wrangler's CPU profile, or from the smoke boot's timing when wrangler could not profile
 * (a wrangler without `check startup`, a binding it cannot reproduce); null with neither.
 */
export async function measuredStartup(
  profiled: CpuProfile | { error: string },
  smoke: SmokeResult | null,
  options: {
    limitMs: number;
    profile: string;
    bundle: { dir: string; modules: string[] };
    root: string;
  },
): Promise<{ measure: StartupMeasure; diagnostics: Diagnostic[] } | null> {
  if (!('error' in profiled)) {
    const measure: StartupMeasure = {
      cpuMs: Math.round(activeMs(profiled)),
      limitMs: options.limitMs,
      method: 'wrangler check startup',
      profile: relative(options.root, options.profile),
    };
    const where = await startupLocation(profiled, options.bundle, options.root);
    return { measure, diagnostics: startupFindings(measure, where) };
  }
  if (smoke?.startupMs === null || smoke === null) return null;
  const measure: StartupMeasure = {
    cpuMs: smoke.startupMs,
    limitMs: options.limitMs,
    method: 'workerd boot',
    profile: null,
    profileError: profiled.error,
  };
  return { measure, diagnostics: startupFindings(measure, {}) };
}
