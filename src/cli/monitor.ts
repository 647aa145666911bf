import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';
import { parseDuration } from '../monitor/index.js';
import { monitor } from '../pipeline/index.js';
import { renderMonitorText } from '../report/monitor.js';
import { printResult, type Command } from './command.js';
import {
  DETECT_FLAGS,
  DETECT_USAGE,
  THRESHOLD_FLAGS,
  THRESHOLD_USAGE,
  detectOptionsFrom,
  thresholdsFrom,
} from './flags.js';
import { planFor } from './planning.js';

export const monitorCommand: Command = {
  usage:
    'Usage: docker-to-workers monitor [DIR] [--env production] [--since 1h] [--json]\n' +
    `         ${THRESHOLD_USAGE} [--out DIR] ${DETECT_USAGE}\n` +
    'Per Worker and version: requests, errors, CPU and wall time p50/p99 (against the plan’s CPU limit),\n' +
    'subrequests, from Cloudflare’s GraphQL Analytics API. Exits 1 when a threshold is breached, else 3 when\n' +
    'a Worker had too little traffic to judge. Credentials: CLOUDFLARE_API_TOKEN (Account Analytics Read),\n' +
    'CLOUDFLARE_ACCOUNT_ID; with GITHUB_TOKEN it also reads the last deploy’s start-up time.',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        env: { type: 'string' },
        since: { type: 'string' },
        json: { type: 'boolean' },
        out: { type: 'string' },
        ...THRESHOLD_FLAGS,
        ...DETECT_FLAGS,
      },
    });
    if ((values.env ?? 'production') !== 'production') {
      throw new UserError(`--env is '${values.env}'; monitor watches production only.`, {
        fix: 'Drop --env, or pass --env production.',
      });
    }
    const since = new Date(ctx.now().getTime() - parseDuration(values.since ?? '1h', '--since'));
    const thresholds = thresholdsFrom(values);
    const plan = await planFor(positionals[0] ?? '.', detectOptionsFrom(values), values.out, ctx);
    const report = await monitor(plan, { since, thresholds }, ctx);
    printResult(values.json ?? false, report, () => renderMonitorText(report));
    return monitorExitCode(report);
  },
};

/** 1 when a threshold is breached, else 3 when a Worker had too little traffic to judge, else 0. */
export function monitorExitCode(report: { workers: { verdict: string }[] }): number {
  if (report.workers.some((w) => w.verdict === 'breached')) return 1;
  if (report.workers.some((w) => w.verdict === 'too-little-traffic')) return 3;
  return 0;
}
