import Cloudflare from 'cloudflare';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';

export const DEFAULT_API_BASE_URL = 'https://api.cloudflare.com/client/v4';
export const TOKEN_PAGE = 'https://dash.cloudflare.com/profile/api-tokens';

export interface CloudflareClientOptions {
  apiToken: string;
  /** Default: `CLOUDFLARE_API_BASE_URL` (as wrangler reads it), else Cloudflare's API. */
  baseUrl?: string;
  /** Per request. */
  timeoutMs?: number;
  /** Attempts per call, the first included. */
  maxAttempts?: number;
  /** First backoff step when the API gives no Retry-After; doubles per attempt. */
  retryBaseMs?: number;
  /** Upper bound for any single wait, Retry-After included. */
  maxRetryWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** A Cloudflare API failure the user can act on, with the API's own code and status kept for callers. */
export class CloudflareApiError extends UserError {
  constructor(
    message: string,
    readonly call: string,
    readonly status: number | undefined,
    readonly codes: number[],
    fix: string,
    cause: unknown,
    /** The API was never reached (refused connection, DNS failure, timeout): nothing is known of the token. */
    readonly network = false,
  ) {
    super(message, { fix, cause });
    this.name = 'CloudflareApiError';
  }
}

/** The innermost cause's message: the SDK's "Connection error." hides `ECONNREFUSED` / `ENOTFOUND`. */
function rootCause(error: unknown): string {
  let current = error;
  const seen = new Set<unknown>();
  while (current instanceof Error && current.cause !== undefined && !seen.has(current.cause)) {
    seen.add(current);
    current = current.cause;
  }
  const code = (current as { code?: unknown } | null)?.code;
  const message = current instanceof Error ? current.message : String(current);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}

export interface CallOptions {
  /** The token permission the call needs, named as on the token page (for a 403's fix). */
  permission?: string;
}

/** The SDK client plus `call`, which retries, bounds and explains every request. */
export interface CloudflareClient {
  sdk: Cloudflare;
  /** Runs one API request named `name` (e.g. `create D1 database app-db`). */
  call<T>(
    name: string,
    request: (sdk: Cloudflare) => Promise<T>,
    options?: CallOptions,
  ): Promise<T>;
}

export function apiBaseUrl(env: Context['env']): string {
  return env.CLOUDFLARE_API_BASE_URL || DEFAULT_API_BASE_URL;
}

function isRetryable(error: unknown): boolean {
  if (error instanceof Cloudflare.APIConnectionError) return true;
  // A 2xx whose body is not JSON (a proxy or a truncated answer).
  if (error instanceof SyntaxError) return true;
  return (
    error instanceof Cloudflare.APIError &&
    error.status !== undefined &&
    (error.status === 429 || error.status >= 500)
  );
}

/** Retry-After (seconds or an HTTP date) or retry-after-ms, in milliseconds; null when absent. */
function retryAfterMs(error: unknown, now: number): number | null {
  if (!(error instanceof Cloudflare.APIError) || !error.headers) return null;
  const ms = error.headers.get('retry-after-ms');
  if (ms !== null && Number.isFinite(Number(ms))) return Number(ms);
  const header = error.headers.get('retry-after');
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - now) : null;
}

function cloudflareErrors(error: unknown): { code: number; message: string }[] {
  if (!(error instanceof Cloudflare.APIError)) return [];
  return (error.errors ?? []).map((e) => ({ code: e.code ?? 0, message: e.message ?? '' }));
}

/** Turns an SDK failure into what happened (with Cloudflare's code) and what to do. */
export function explainApiError(
  name: string,
  error: unknown,
  options: CallOptions = {},
  baseUrl = DEFAULT_API_BASE_URL,
): CloudflareApiError {
  if (error instanceof Cloudflare.APIConnectionError) {
    const what =
      error instanceof Cloudflare.APIConnectionTimeoutError ? 'timed out' : rootCause(error);
    return new CloudflareApiError(
      `Cloudflare API call "${name}" could not reach ${baseUrl} (network error: ${what}).`,
      name,
      undefined,
      [],
      `Check the network between this runner and ${new URL(baseUrl).host} (DNS, proxy, firewall) and CLOUDFLARE_API_BASE_URL, then run again; see https://www.cloudflarestatus.com. The API token was not checked.`,
      error,
      true,
    );
  }
  const errors = cloudflareErrors(error);
  const codes = errors.map((e) => e.code);
  const status = error instanceof Cloudflare.APIError ? error.status : undefined;
  const detail = errors.length
    ? errors.map((e) => `${e.message} [code ${e.code}]`).join('; ')
    : error instanceof Error
      ? error.message
      : String(error);
  return new CloudflareApiError(
    `Cloudflare API call "${name}" failed${status ? ` (HTTP ${status})` : ''}: ${detail}`,
    name,
    status,
    codes,
    fixFor(status, codes, error, options),
    error,
  );
}

function fixFor(
  status: number | undefined,
  codes: number[],
  error: unknown,
  options: CallOptions,
): string {
  if (status === 401 || codes.some((c) => [1000, 6003, 9106, 9109].includes(c))) {
    return `Set CLOUDFLARE_API_TOKEN to an active API token (create one at ${TOKEN_PAGE}).`;
  }
  if (status === 403) {
    return options.permission
      ? `Add the permission "${options.permission}" to the API token at ${TOKEN_PAGE}, or use a token that has it.`
      : `Check the API token's permissions and account resources at ${TOKEN_PAGE}.`;
  }
  if (status === 404) {
    return 'Check CLOUDFLARE_ACCOUNT_ID and that the resource was not deleted outside this tool.';
  }
  if (isRetryable(error)) {
    return 'Cloudflare is rate limiting or failing; run again later (retries were exhausted).';
  }
  return 'Read Cloudflare’s message above; fix the named input and run again.';
}

/**
 * The official SDK client for this context. The SDK's own retries are off: `call` retries 429, 5xx,
 * dropped connections and malformed answers itself, honouring Retry-After up to a bound, so every
 * failure can name the call it came from.
 */
export function createCloudflareClient(
  ctx: Context,
  options: CloudflareClientOptions,
): CloudflareClient {
  ctx.setSecret(options.apiToken);
  const baseURL = options.baseUrl ?? apiBaseUrl(ctx.env);
  const sdk = new Cloudflare({
    apiToken: options.apiToken,
    baseURL,
    maxRetries: 0,
    timeout: options.timeoutMs ?? 60_000,
    fetch: ctx.fetch,
  });
  const maxAttempts = options.maxAttempts ?? 5;
  const base = options.retryBaseMs ?? 500;
  const maxWait = options.maxRetryWaitMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));

  return {
    sdk,
    async call(name, request, callOptions = {}) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await request(sdk);
        } catch (error) {
          if (!isRetryable(error) || attempt >= maxAttempts)
            throw explainApiError(name, error, callOptions, baseURL);
          const hinted = retryAfterMs(error, ctx.now().getTime());
          const backoff = base * 2 ** (attempt - 1) * (0.75 + Math.random() / 2);
          const wait = Math.min(hinted ?? backoff, maxWait);
          ctx.log.debug(`${name}: ${describe(error)}; retrying in ${Math.round(wait)} ms`);
          await sleep(wait);
        }
      }
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof Cloudflare.APIError && error.status) return `HTTP ${error.status}`;
  return error instanceof Error ? error.message : String(error);
}
