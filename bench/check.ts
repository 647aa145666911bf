/**
 * `check` on the README's Express app against a bare `wrangler deploy --dry-run` of the same generated
 * config, side by side in one run (alternating, so load on the shared machine hits both alike):
 *  1. the check stage in this process: bundle (the same dry-run, plus the metafile) + scan + smoke boot
 *     in workerd + health-check request. Target: ≤ 1.3× the bare dry-run.
 *  2. whole processes: the shipped CLI (`dist/cli`, Node start-up + detect + plan + check) against the
 *     wrangler CLI alone, with each one's peak memory (rebuild dist first: it runs what was packaged).
 * check includes wrangler's start-up profile (`wrangler check startup`, a second wrangler process).
 * Usage: npx tsx bench/check.ts [runs]
 */
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { preparePlan } from '../src/cli/planning.js';
import { resolveWrangler, runWrangler } from '../src/toolchain/wrangler.js';
import { spawnExec } from '../src/util/exec.js';
import { check } from '../src/validate/index.js';
import { quietContext } from './context.js';

const RUNS = Number(process.argv[2] ?? 5);
const APP = resolve(import.meta.dirname, '..', 'examples', 'express-app');

const quiet = quietContext();

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const plan = await preparePlan(APP, {}, {}, quiet);
const worker = plan.workers[0]!;
const config = join(plan.outDir, worker.files.wranglerConfig);
const wrangler = await resolveWrangler(quiet);
const bareOut = join(plan.outDir, worker.name, 'bench-bare');

const bare: number[] = [];
const full: number[] = [];
let peakRss = 0;
for (let run = 0; run < RUNS; run++) {
  let started = performance.now();
  const dry = await runWrangler(quiet, wrangler, ['deploy', '--dry-run', '--outdir', bareOut], {
    config,
    cwd: join(plan.outDir, worker.name),
  });
  if (dry.exitCode !== 0) throw new Error(dry.stderr);
  bare.push(performance.now() - started);

  started = performance.now();
  const [result] = await check(plan, { install: false }, quiet);
  full.push(performance.now() - started);
  if (result?.smoke?.status !== 200)
    throw new Error(`smoke failed: ${JSON.stringify(result?.smoke)}`);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

/**
 * Wall milliseconds and peak RSS (MB, the largest process it waited for, from GNU time) of a whole
 * process; its output discarded.
 */
async function wholeProcess(args: string[], cwd: string): Promise<{ ms: number; peakMb: number }> {
  const started = performance.now();
  const run = await spawnExec('/usr/bin/time', ['-f', 'peak-kb=%M', process.execPath, ...args], {
    cwd,
    env: { WRANGLER_SEND_METRICS: 'false' },
  });
  const ms = performance.now() - started;
  if (run.exitCode !== 0) throw new Error(run.stderr || run.stdout);
  const peakKb = Number(/peak-kb=(\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { ms, peakMb: peakKb / 1024 };
}
const cli = join(import.meta.dirname, '..', 'dist', 'cli', 'index.js');
const bareProcess: { ms: number; peakMb: number }[] = [];
const checkProcess: { ms: number; peakMb: number }[] = [];
for (let run = 0; run < RUNS; run++) {
  bareProcess.push(
    await wholeProcess(
      [wrangler.bin, 'deploy', '--dry-run', '--outdir', bareOut, '-c', config],
      APP,
    ),
  );
  checkProcess.push(await wholeProcess([cli, 'check', '.'], APP));
}
await rm(bareOut, { recursive: true, force: true });

const b = median(bare);
const c = median(full);
console.log(`examples/express-app, ${RUNS} alternating runs (medians):`);
console.log(`  bare wrangler deploy --dry-run : ${b.toFixed(0)} ms`);
console.log(
  `  check (bundle+scan+smoke)      : ${c.toFixed(0)} ms  → ${(c / b).toFixed(2)}× (target ≤ 1.3×)`,
);
console.log(
  `  runs: bare [${bare.map((v) => v.toFixed(0)).join(', ')}], check [${full.map((v) => v.toFixed(0)).join(', ')}]`,
);
const bp = median(bareProcess.map((r) => r.ms));
const cp = median(checkProcess.map((r) => r.ms));
const peakOf = (runs: { peakMb: number }[]) =>
  `${Math.max(...runs.map((r) => r.peakMb)).toFixed(0)} MB peak`;
console.log(`whole processes, ${RUNS} alternating runs (medians; peak = largest process):`);
console.log(`  wrangler deploy --dry-run      : ${bp.toFixed(0)} ms, ${peakOf(bareProcess)}`);
console.log(
  `  docker-to-workers check (CLI)  : ${cp.toFixed(0)} ms, ${peakOf(checkProcess)}  → ${(cp / bp).toFixed(2)}× (detect + plan + check)`,
);
console.log(
  `  peak RSS of this process: ${(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1024 / 1024).toFixed(0)} MB`,
);
