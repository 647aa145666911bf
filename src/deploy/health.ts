import type { HealthCheckResult } from '../model/index.js';

export interface HealthCheckOptions {
  fetch: typeof fetch;
  /** Attempts in all (the first included). */
  attempts?: number;
  /** Wait between attempts; a new Worker can take a few seconds to answer on workers.dev. */
  delayMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The first https URL of a list (wrangler's, or ours), the only kind the health check requests. wrangler's
 * deploy targets mix URLs with scheme-less route patterns (`example.com/*`) and custom domains
 * (`api.example.com`), which are not URLs to request and which `new URL` would reject.
 */
export function firstHttpsUrl(urls: readonly (string | null)[] | undefined): string | null {
  return (
    urls?.find((u): u is string => u !== null && /^https:\/\/[^/*]+(?:\/[^*]*)?$/.test(u)) ?? null
  );
}

/** The healthcheck URL: the path resolved against the deployment's URL (an https URL). */
export function healthUrl(baseUrl: string, path: string): string {
  return new URL(path.startsWith('/') ? path : `/${path}`, baseUrl).href;
}

/**
 * Requests the URL until it answers 2xx/3xx or the attempts run out; reports the last status and the
 * latency of the last attempt. Never throws.
 */
export async function checkHealth(
  url: string,
  options: HealthCheckOptions,
): Promise<HealthCheckResult> {
  const attempts = options.attempts ?? 5;
  const sleep = options.sleep ?? defaultSleep;
  let result: HealthCheckResult = { url, status: null, latencyMs: null, attempts: 0, ok: false };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep((options.delayMs ?? 2000) * (attempt - 1));
    const started = performance.now();
    try {
      const response = await options.fetch(url, {
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        headers: { 'user-agent': 'docker-to-workers-health-check' },
      });
      await response.body?.cancel();
      const latencyMs = Math.round(performance.now() - started);
      const ok = response.status >= 200 && response.status < 400;
      result = { url, status: response.status, latencyMs, attempts: attempt, ok };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result = { url, status: null, latencyMs: null, attempts: attempt, ok: false, error: message };
    }
    if (result.ok) return result;
  }
  return result;
}
