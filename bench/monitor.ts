/**
 * `monitor` on a plan with 10 Workers and 30 days of hourly analytics (2 versions each, so 14,400 rows),
 * against the loopback Cloudflare API with 20 ms latency per call. Measures the API requests made (the
 * target is one per Worker or fewer; monitor makes one for all) and the time beyond the API latency
 * (target < 1 s). "beyond latency" counts the loopback's own aggregation of the rows too (an upper bound);
 * "our side" is the time outside the HTTP call (query building, parsing, judging, rendering text and
 * markdown). GitHub is off (no start-up times), as on a machine without a token.
 * Usage: npx tsx bench/monitor.ts [runs]
 */
import type { Plan } from '../src/model/index.js';
import { monitor } from '../src/monitor/index.js';
import { renderMonitorMarkdown, renderMonitorText } from '../src/report/monitor.js';
import { handPlan } from '../test/deploy/helpers.js';
import { hourlyRows } from '../test/support/analytics.js';
import { apiEnv, startCloudflareApi } from '../test/support/cloudflare-api/server.js';
import { testContext } from '../test/support/context.js';
import { workerPlan } from '../test/support/worker-plan.js';

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
const RUNS = Number(process.argv[2] ?? 7);
const WORKERS = 10;
const DAYS = 30;
const NOW = new Date('2026-11-25T12:00:00Z');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const plan: Plan = await handPlan(
  Array.from({ length: WORKERS }, (_, i) => workerPlan(`svc-${i}`)),
);
const api = await startCloudflareApi({ latencyMs: LATENCY_MS });
for (const worker of plan.workers) {
  for (const [version, share] of [
    ['v-old', 0.3],
    ['v-new', 0.7],
  ] as const) {
    api.state.analytics.rows.push(
      ...hourlyRows(worker.name, `${worker.name}-${version}`, NOW, DAYS * 24, {
        requests: Math.round(1000 * share),
        errorRate: 0.002,
        cpuP99Ms: 4,
      }),
    );
  }
}
let inFetchMs = 0;
const timedFetch: typeof fetch = async (input, init) => {
  const started = performance.now();
  const response = await fetch(input, init);
  const body = await response.arrayBuffer();
  inFetchMs += performance.now() - started;
  return new Response(body, { status: response.status, headers: response.headers });
};
const ctx = testContext({ env: apiEnv(api), now: () => NOW, fetch: timedFetch });
const since = new Date(NOW.getTime() - DAYS * 86_400_000);

const totals: number[] = [];
const beyond: number[] = [];
const ours: number[] = [];
let requests = 0;
for (let i = 0; i < RUNS; i++) {
  api.requests.length = 0;
  inFetchMs = 0;
  const started = performance.now();
  const report = await monitor(plan, { since }, ctx);
  renderMonitorText(report);
  renderMonitorMarkdown(report);
  const ms = performance.now() - started;
  requests = api.requests.length;
  if (report.workers.some((w) => w.versions.length !== 2 || w.verdict !== 'healthy')) {
    throw new Error('unexpected report');
  }
  totals.push(ms);
  beyond.push(ms - requests * LATENCY_MS);
  ours.push(ms - inFetchMs);
}

console.log(
  JSON.stringify(
    {
      workers: WORKERS,
      rows: api.state.analytics.rows.length,
      latencyMs: LATENCY_MS,
      apiRequests: requests,
      requestsPerWorker: requests / WORKERS,
      medianMs: Math.round(median(totals)),
      medianBeyondLatencyMs: Math.round(median(beyond)),
      medianOurSideMs: Math.round(median(ours)),
      runs: RUNS,
    },
    null,
    2,
  ),
);
await api.close();
