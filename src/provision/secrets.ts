import type { Context } from '../context.js';
import type { WorkerPlan } from '../model/index.js';
import {
  isTransientFailure,
  runWranglerRetrying,
  type Wrangler,
  type WranglerRun,
} from '../toolchain/wrangler.js';
import { provisionError } from './rules.js';

/**
 * The values of a Worker's required secrets (and Hyperdrive connection strings), from the
 * explicitly provided map first, then the environment. Every value is registered with
 * ctx.setSecret before anything else sees it. Missing ones fail the run, by name, before any change.
 */
export function readSecretValues(
  workers: WorkerPlan[],
  provided: Record<string, string>,
  ctx: Context,
): Map<string, string> {
  const names = new Set<string>();
  for (const worker of workers) {
    for (const name of worker.secrets) names.add(name);
    for (const b of worker.bindings) if (b.type === 'hyperdrive') names.add(b.connectionSecret);
  }
  const values = new Map<string, string>();
  const missing: string[] = [];
  for (const name of names) {
    const value = provided[name] ?? ctx.env[name];
    if (value === undefined || value === '') missing.push(name);
    else {
      ctx.setSecret(value);
      values.set(name, value);
    }
  }
  if (missing.length > 0) {
    throw provisionError(
      'C020',
      `Required secret${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not set; nothing was changed.`,
      `Set ${missing.join(', ')} in the environment (in the action, pass them through the secrets input from GitHub secrets).`,
    );
  }
  return values;
}

/** Removes every secret value from text that is about to leave this module (an error message). */
function scrub(text: string, values: Iterable<string>): string {
  let out = text;
  for (const value of values) if (value.length > 0) out = out.split(value).join('***');
  return out;
}

/**
 * Sets the Worker's secrets for one environment with `wrangler secret bulk` (values on stdin,
 * never in a file or argv), against the environment's own config, so each environment's Worker
 * gets its own values and a preview never touches production's.
 */
export async function uploadSecrets(
  ctx: Context,
  wrangler: Wrangler,
  configPath: string,
  values: Record<string, string>,
  credentials: Record<string, string | undefined>,
): Promise<void> {
  const run = await runWranglerRetrying(ctx, wrangler, ['secret', 'bulk'], {
    config: configPath,
    cwd: configPath.replace(/[/\\][^/\\]*$/, ''),
    input: JSON.stringify(values),
    env: credentials,
  });
  if (run.exitCode !== 0) {
    const failed = run.records.find((r) => r.type === 'command-failed');
    const detail = run.stderr.trim().split('\n').slice(-3).join(' ');
    const reason = failed && 'message' in failed ? String(failed.message) : detail;
    throw provisionError(
      'C041',
      `wrangler secret bulk failed for ${Object.keys(values).join(', ')}: ${scrub(reason, Object.values(values))}`,
      secretFailureFix(run, `${reason} ${detail}`),
    );
  }
}

/** The cause a failure points to: Cloudflare's side, the token, or (unknown) wrangler's log. */
function secretFailureFix(run: WranglerRun & { attempts: number }, text: string): string {
  if (isTransientFailure(run)) {
    return `Cloudflare failed on its side ${run.attempts} times in a row; nothing is wrong with the token or the config. Run again later (https://www.cloudflarestatus.com).`;
  }
  if (
    /authentication|unauthori[sz]ed|forbidden|permission|\[code: (10000|9106|10001)\]/i.test(text)
  ) {
    return 'Check the token has "Account › Workers Scripts › Edit" and run again.';
  }
  return 'Run again with --verbose for wrangler’s full log.';
}
