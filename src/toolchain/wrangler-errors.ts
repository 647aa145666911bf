import { redactAccountIds } from '../util/redact.js';
import type { WranglerRun } from './wrangler.js';

/**
 * The one place that reads a failed wrangler run: its `command-failed` record (wrangler's output file),
 * its console text, what usually causes it and whether another try can help. Every message leaves with
 * the account id redacted (wrangler quotes `/accounts/<id>/…`).
 */

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** A failed run, with the attempts runWranglerRetrying made when known. */
export type FailedRun = Pick<WranglerRun, 'exitCode' | 'stderr' | 'records'> & {
  stdout?: string;
  attempts?: number;
};

interface CommandFailed {
  code?: number | string;
  message?: string;
}

/** wrangler's `command-failed` record (its error code and message), if it wrote one. */
export function commandFailure(run: Pick<WranglerRun, 'records'>): CommandFailed | null {
  return (
    (run.records.find((r) => r.type === 'command-failed') as CommandFailed | undefined) ?? null
  );
}

export function hasFailed(run: FailedRun): boolean {
  return run.exitCode !== 0 || commandFailure(run) !== null;
}

/** Cloudflare's codes for "no such Worker" (10007, 10090): its API passes them through wrangler. */
export const WORKER_NOT_FOUND = [10007, 10090] as const;
/** "No such Worker Preview" (10025), or no such Worker (wrangler's src/preview/secrets/index.ts). */
export const PREVIEW_NOT_FOUND = [10025, 10007] as const;

/** Whether the run failed with one of these Cloudflare error codes. */
export function failedWith(run: Pick<WranglerRun, 'records'>, codes: readonly number[]): boolean {
  const code = commandFailure(run)?.code;
  return code !== undefined && codes.includes(Number(code));
}

/**
 * Whether `versions upload` failed because the Worker was never deployed: wrangler 4.86 passes the
 * API's 10007/10090 through; 4.164 checks first and fails with its own message, without a code
 * ("You cannot upload a new version of a Worker that does not yet exist", wrangler-dist/cli.js).
 */
export function isNewWorker(run: Pick<WranglerRun, 'records'>): boolean {
  const message = commandFailure(run)?.message;
  return failedWith(run, WORKER_NOT_FOUND) || /does not yet exist/.test(message ?? '');
}

/**
 * A failure worth another try: Cloudflare's generic internal error (code 10013, what its API sends
 * with a 5xx), a 5xx status in wrangler's text, or the connection failing on the way.
 */
export function isTransientFailure(run: FailedRun): boolean {
  const failed = commandFailure(run);
  if (run.exitCode === 0 && !failed) return false;
  if (Number(failed?.code) === 10013) return true;
  return /\b5\d\d\b|internal server error|bad gateway|service unavailable|gateway time-?out|unknown error has occurred|ECONNRESET|ETIMEDOUT|fetch failed|socket hang up|other side closed/i.test(
    run.stderr,
  );
}

/** wrangler's own explanation from stderr: its last lines, without colours or what `known` already says. */
function stderrDetail(stderr: string, known: string): string {
  const lines = stripAnsi(stderr)
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

/**
 * wrangler's error block (`✘ [ERROR] …` and what follows, up to 800 characters) from a local run's
 * console, or its last five lines when it printed no such marker: for bundling errors, where esbuild's
 * text after the marker is the explanation.
 */
export function errorExcerpt(stderr: string, stdout: string): string {
  const text = stripAnsi(`${stderr}\n${stdout}`);
  const start = text.indexOf('[ERROR]');
  const excerpt =
    start === -1 ? text.trim().split('\n').slice(-5).join('\n') : text.slice(start, start + 800);
  return redactAccountIds(excerpt.trim());
}

const AUTH_CODES = [10000, 9106, 1000, 10001];

/** What usually causes a wrangler failure, by Cloudflare error code or wrangler's text. */
function failureFix(run: FailedRun, code: number | string | undefined, text: string): string {
  if (isTransientFailure(run)) {
    const times = run.attempts ? `${run.attempts} times in a row` : 'on every attempt';
    return `Cloudflare failed on its side ${times} (a 5xx); the token and the config are not the cause. Run again later (https://www.cloudflarestatus.com).`;
  }
  const numeric = Number(code);
  if (
    AUTH_CODES.includes(numeric) ||
    /authentication|unauthori[sz]ed|forbidden|permission|\[code: (10000|9106|10001)\]/i.test(text)
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
  if (WORKER_NOT_FOUND.includes(numeric as 10007)) {
    return 'The Worker does not exist on this account: deploy to production first, or check CLOUDFLARE_ACCOUNT_ID.';
  }
  return 'Run again with --verbose for wrangler’s full log.';
}

export interface WranglerFailure {
  /** wrangler's message (its `command-failed` record, else its stderr), with ` [code N]` when it gave one. */
  message: string;
  /** Further lines of wrangler's stderr that the message does not already say ('' when none). */
  detail: string;
  /** What usually causes it: Cloudflare's side (never the token for a 5xx), the token, the size, … */
  fix: string;
}

/** A failed wrangler run explained once, for every caller's error. */
export function explainFailure(run: FailedRun): WranglerFailure {
  const failed = commandFailure(run);
  const text = failed?.message || stderrDetail(run.stderr, '') || `exit code ${run.exitCode}`;
  const code = failed?.code !== undefined ? ` [code ${String(failed.code)}]` : '';
  const detail = stderrDetail(run.stderr, text);
  return {
    message: redactAccountIds(`${text}${code}`),
    detail: redactAccountIds(detail),
    fix: failureFix(run, failed?.code, `${text} ${detail}`),
  };
}
