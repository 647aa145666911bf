import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import {
  isTransientFailure,
  runWranglerRetrying,
  type Wrangler,
  type WranglerRun,
} from '../toolchain/wrangler.js';

/** Environment wrangler needs to reach Cloudflare; only these are passed on from the host. */
const CLOUDFLARE_ENV = [
  'CLOUDFLARE_API_TOKEN',
  'CLOUDFLARE_ACCOUNT_ID',
  'CLOUDFLARE_API_BASE_URL',
] as const;

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

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
    for (const line of lines) if (line.trim()) log(line.replace(ANSI, ''));
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
  transcript.stdout += run.stdout.replace(ANSI, '');
  transcript.stderr += run.stderr.replace(ANSI, '');
  return run;
}

/** What usually causes a wrangler failure, by Cloudflare error code or wrangler's text. */
function hint(code: number | string | undefined, text: string, transient: boolean): string {
  if (transient) {
    return 'Cloudflare failed on its side (a 5xx) on every attempt; the token and the config are not the cause. Run again later (https://www.cloudflarestatus.com).';
  }
  const numeric = Number(code);
  if (
    [10000, 9106, 1000, 10001].includes(numeric) ||
    /authentication|unauthori[sz]ed/i.test(text)
  ) {
    return 'The API token was refused or lacks a permission: it needs Account › Workers Scripts › Edit (plus the permissions of the resources the Worker binds) on the account in CLOUDFLARE_ACCOUNT_ID.';
  }
  // wrangler's own refusal from `secrets.required` (wrangler ≥ 4.77), or the API's 10057 it explains.
  if (numeric === 10057 || /required secrets? (have|has) not been set/i.test(text)) {
    return 'The Worker has no value for a secret its config lists under `secrets.required`: pass it to provision (the action: name it in the `secrets` input with its value in the step’s env; the CLI: `docker-to-workers provision --secret NAME` with NAME in the environment), then deploy again.';
  }
  if (numeric === 10027 || /size|too large|exceeded/i.test(text)) {
    return 'The Worker is over the size limit (64 MiB uncompressed on every plan): `docker-to-workers check` lists the largest packages in the bundle.';
  }
  if (numeric === 10021 || /startup|start-up|validat/i.test(text)) {
    return 'Cloudflare rejected the script (a start-up error, start-up over the CPU limit, or an invalid binding): `docker-to-workers check` boots it locally and shows the error.';
  }
  if (/already (exists|in use|taken)|conflict/i.test(text)) {
    return 'A Worker or resource with that name already exists and belongs to something else: rename the Worker (`name` in the compose x-cloudflare block or --name).';
  }
  if (numeric === 10007 || numeric === 10090) {
    return 'The Worker does not exist on this account: deploy to production first, or check CLOUDFLARE_ACCOUNT_ID.';
  }
  return 'Run again with --verbose for wrangler’s full log.';
}

/** wrangler's own explanation from stderr: its last lines, without colours or what `known` already says. */
function stderrDetail(stderr: string, known: string): string {
  const lines = stderr
    .replace(ANSI, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(
      (line) =>
        line &&
        !line.startsWith('🪵') &&
        !/issues\/new|newer version|report this error|fallback value/i.test(line) &&
        !known.replace(/\s+/g, ' ').includes(line.replace(/^✘ \[ERROR\] /, '')),
    );
  return lines.slice(-3).join(' ');
}

/** A failed wrangler run as one clear error: what we did, wrangler's own text, and our hint. */
export function wranglerError(run: WranglerRun, step: WranglerStep): UserError {
  const failed = run.records.find((r) => r.type === 'command-failed') as
    { message?: string; code?: number | string } | undefined;
  const text = failed?.message || stderrDetail(run.stderr, '') || `exit code ${run.exitCode}`;
  const code = failed?.code !== undefined ? ` [code ${String(failed.code)}]` : '';
  const detail = stderrDetail(run.stderr, text);
  const said = detail ? `\n  wrangler said: ${detail}` : '';
  return new UserError(`wrangler could not ${step.action}: ${text}${code}${said}`, {
    fix: hint(failed?.code, `${text} ${detail}`, isTransientFailure(run)),
    file: step.config,
  });
}

/** Throws wranglerError unless the run succeeded. */
export function assertSucceeded(run: WranglerRun, step: WranglerStep): void {
  if (run.exitCode !== 0 || run.records.some((r) => r.type === 'command-failed')) {
    throw wranglerError(run, step);
  }
}

/**
 * The start-up time wrangler reports after an upload. Wrangler 4.86 writes it to the console only (its
 * output file has no such field), so this one figure is read from the console text; it is informational.
 */
export function reportedStartupMs(stdout: string): number | null {
  const match = /Worker Startup Time:\s*(\d+(?:\.\d+)?)\s*ms/.exec(stdout.replace(ANSI, ''));
  return match ? Number(match[1]) : null;
}
