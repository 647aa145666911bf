import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { runWranglerRetrying, type Wrangler, type WranglerRun } from '../toolchain/wrangler.js';
import { explainFailure, hasFailed, stripAnsi } from '../toolchain/wrangler-errors.js';

/** Environment wrangler needs to reach Cloudflare; only these are passed on from the host. */
const CLOUDFLARE_ENV = [
  'CLOUDFLARE_API_TOKEN',
  'CLOUDFLARE_ACCOUNT_ID',
  'CLOUDFLARE_API_BASE_URL',
] as const;

/** Every wrangler command's console output for one Worker, kept for `command-output`/`command-stderr`. */
export class Transcript {
  stdout = '';
  stderr = '';
}

export interface WranglerStep {
  config: string;
  cwd: string;
  /** What we were doing, for the error message (e.g. `deploy shop to production`). */
  action: string;
}

export function cloudflareEnv(ctx: Context): Record<string, string | undefined> {
  const token = ctx.env.CLOUDFLARE_API_TOKEN;
  if (token) ctx.setSecret(token);
  return Object.fromEntries(CLOUDFLARE_ENV.map((name) => [name, ctx.env[name]]));
}

function lineLogger(log: (line: string) => void): (chunk: string) => void {
  let pending = '';
  return (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) log(stripAnsi(line));
  };
}

/** Runs wrangler with the Cloudflare environment, streaming its console to the log. */
export async function runStep(
  ctx: Context,
  wrangler: Wrangler,
  args: string[],
  step: WranglerStep,
  transcript: Transcript,
  /** Standard input (secret values: never in argv or a file). */
  input?: string,
): Promise<WranglerRun> {
  ctx.log.info(`$ wrangler ${args.join(' ')}`);
  const run = await runWranglerRetrying(ctx, wrangler, args, {
    config: step.config,
    cwd: step.cwd,
    input,
    env: cloudflareEnv(ctx),
    onStdout: lineLogger((line) => ctx.log.info(line)),
    onStderr: lineLogger((line) => ctx.log.warn(line)),
  });
  transcript.stdout += stripAnsi(run.stdout);
  transcript.stderr += stripAnsi(run.stderr);
  return run;
}

/** A failed wrangler run as one clear error: what we did, wrangler's own text, and what usually causes it. */
export function wranglerError(run: WranglerRun, step: WranglerStep): UserError {
  const failure = explainFailure(run);
  const said = failure.detail ? `\n  wrangler said: ${failure.detail}` : '';
  return new UserError(`wrangler could not ${step.action}: ${failure.message}${said}`, {
    fix: failure.fix,
    file: step.config,
  });
}

/** Throws wranglerError unless the run succeeded. */
export function assertSucceeded(run: WranglerRun, step: WranglerStep): void {
  if (hasFailed(run)) throw wranglerError(run, step);
}

/**
 * The start-up time wrangler reports after an upload. Wrangler 4.86 writes it to the console only (its
 * output file has no such field), so this one figure is read from the console text; it is informational.
 */
export function reportedStartupMs(stdout: string): number | null {
  const match = /Worker Startup Time:\s*(\d+(?:\.\d+)?)\s*ms/.exec(stripAnsi(stdout));
  return match ? Number(match[1]) : null;
}
