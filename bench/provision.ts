/**
 * Provision against the loopback Cloudflare API with 20 ms latency per call:
 *  1. first run of a five-resource plan (KV + D1 + R2 + Queue + Hyperdrive) on an empty account;
 *  2. a no-change rerun, which should cost list calls only.
 * The latency-bound minimum is the critical path of dependent calls: verify token → list (all
 * types in parallel) → create (all in parallel) = 3 round trips; the target is ≤ 2× that.
 * D1 migrations and secrets are left out: they are separate steps (D1 queries, wrangler) measured
 * by the tests, not by this latency budget.
 * Usage: npx tsx bench/provision.ts [runs]
 */
import type { Plan } from '../src/model/index.js';
import { provision } from '../src/provision/index.js';
import { startCloudflareApi, type CloudflareApi } from '../test/support/cloudflare-api/server.js';
import { provisionContext } from '../test/support/provision-env.js';
import { fivePlan } from '../test/support/provision-plan.js';

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
const RUNS = Number(process.argv[2] ?? 7);
const CRITICAL_PATH_CALLS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function benchPlan(): Promise<Plan> {
  const plan = await fivePlan({ secrets: [] });
  const worker = plan.workers[0]!;
  worker.bindings = worker.bindings.map((b) =>
    b.type === 'd1' ? { ...b, migrationsDir: null } : b,
  );
  return plan;
}

async function timed(api: CloudflareApi, plan: Plan) {
  api.requests.length = 0;
  const started = performance.now();
  const [result] = await provision(plan, {}, provisionContext(api));
  const ms = performance.now() - started;
  return { ms, outcomes: result!.resources.map((r) => r.outcome), calls: api.callCounts() };
}

const first: number[] = [];
const rerun: number[] = [];
let firstCalls: Record<string, number> = {};
let rerunCalls: Record<string, number> = {};
for (let i = 0; i < RUNS; i++) {
  const api = await startCloudflareApi({ latencyMs: LATENCY_MS });
  const plan = await benchPlan();
  const a = await timed(api, plan);
  const b = await timed(api, plan);
  if (!a.outcomes.every((o) => o === 'created') || !b.outcomes.every((o) => o === 'found')) {
    throw new Error(`unexpected outcomes: ${a.outcomes.join(',')} / ${b.outcomes.join(',')}`);
  }
  first.push(a.ms);
  rerun.push(b.ms);
  firstCalls = a.calls;
  rerunCalls = b.calls;
  await api.close();
}

const minimum = CRITICAL_PATH_CALLS * LATENCY_MS;
const total = (calls: Record<string, number>) => Object.values(calls).reduce((x, y) => x + y, 0);
const onlyReads = Object.keys(rerunCalls).every((route) => /\.(list|verify)$/.test(route));
console.log(`provision bench: ${LATENCY_MS} ms per call, ${RUNS} runs, medians`);
console.log(
  `first run:  ${median(first).toFixed(0)} ms (minimum ${minimum} ms, ratio ${(median(first) / minimum).toFixed(2)}, target ≤ 2.00)`,
);
console.log(`  ${total(firstCalls)} calls: ${JSON.stringify(firstCalls)}`);
console.log(
  `rerun:      ${median(rerun).toFixed(0)} ms, ${total(rerunCalls)} calls (${onlyReads ? 'list/verify only' : 'NOT only lists'}): ${JSON.stringify(rerunCalls)}`,
);
const usage = process.resourceUsage();
console.log(
  `peak RSS ${(usage.maxRSS / 1024).toFixed(0)} MiB, heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
);
