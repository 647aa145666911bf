import type { ProvisionOptions } from '../../src/provision/index.js';
import { testContext, type TestContext } from './context.js';
import { apiEnv, type CloudflareApi } from './cloudflare-api/server.js';

export const DATABASE_URL = 'postgres://shop:s3cret-pg-pass@db.example.com:5432/shop';
export const SESSION_KEY = 'session-key-0123456789abcdef';
/** Previews' own values (`PREVIEW_<NAME>`): a preview never gets production's. */
export const PREVIEW_VALUES = {
  PREVIEW_DATABASE_URL: 'postgres://shop:preview-pg-pass@preview-db.example.com:5432/shop',
  PREVIEW_SESSION_KEY: 'preview-session-key-fedcba98765',
};

/** A test context whose environment points provision (and wrangler) at the loopback API. */
export function provisionContext(
  api: CloudflareApi,
  env: Record<string, string | undefined> = {},
): TestContext {
  return testContext({
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...apiEnv(api),
      DATABASE_URL,
      SESSION_KEY,
      // The explicit list the CLI reads: only these variables may become Worker secrets.
      DOCKER_TO_WORKERS_SECRETS: 'DATABASE_URL SESSION_KEY',
      ...env,
    },
  });
}

/** Retries without real waiting. */
export const FAST: ProvisionOptions = { client: { retryBaseMs: 1 } };

export function resourceCounts(api: CloudflareApi) {
  const a = api.state.primary;
  return {
    kv: a.kv.length,
    d1: a.d1.length,
    r2: a.r2.length,
    queues: a.queues.length,
    hyperdrive: a.hyperdrive.length,
  };
}
