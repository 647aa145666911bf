import type { Context } from '../context.js';
import {
  apiBaseUrl,
  createCloudflareClient,
  DEFAULT_API_BASE_URL,
  TOKEN_PAGE,
  type CloudflareClientOptions,
} from '../cloudflare/client.js';
import type { Plan, WorkerPlan } from '../model/index.js';
import { isProvisionable, type ProvisionableBinding } from './handlers/index.js';
import { preflight, type Preflight } from './preflight.js';
import { provisionError } from './rules.js';

/** Credentials and client tuning shared by provision and cleanup. */
export interface ConnectionOptions {
  /** Default: `CLOUDFLARE_API_TOKEN`. */
  apiToken?: string;
  /** Default: `CLOUDFLARE_ACCOUNT_ID`; without either, the token's only account. */
  accountId?: string;
  /** Retry and timeout tuning (tests and benchmarks shorten the backoff). */
  client?: Partial<Omit<CloudflareClientOptions, 'apiToken'>>;
}

export interface Session extends Preflight {
  /** Environment for wrangler children: token, account and API base, nothing else. */
  wranglerEnv: Record<string, string | undefined>;
}

/** Workers provision acts on: everything the plan can deploy. */
export function deployableWorkers(plan: Plan): WorkerPlan[] {
  return plan.workers.filter((w) => w.verdict !== 'unsupported');
}

export function provisionableBindings(worker: WorkerPlan): ProvisionableBinding[] {
  return worker.bindings.filter(isProvisionable);
}

/** Token check, account, and one listing per resource type: everything before the first change. */
export async function openSession(
  plan: Plan,
  options: ConnectionOptions,
  ctx: Context,
  /** Workers that will get secrets: their access is probed too. */
  scriptsWithSecrets: string[] = [],
): Promise<Session> {
  const apiToken = options.apiToken ?? ctx.env.CLOUDFLARE_API_TOKEN;
  if (!apiToken) {
    throw provisionError(
      'C001',
      'CLOUDFLARE_API_TOKEN is not set.',
      `Create a token at ${TOKEN_PAGE} with the permissions --print-permissions lists, and set CLOUDFLARE_API_TOKEN.`,
    );
  }
  const baseUrl = options.client?.baseUrl ?? apiBaseUrl(ctx.env);
  const client = createCloudflareClient(ctx, { ...options.client, apiToken, baseUrl });
  const bindings = deployableWorkers(plan).flatMap(provisionableBindings);
  const checked = await preflight(
    client,
    options.accountId ?? ctx.env.CLOUDFLARE_ACCOUNT_ID ?? null,
    bindings,
    scriptsWithSecrets,
    ctx,
  );
  return {
    ...checked,
    wranglerEnv: {
      CLOUDFLARE_API_TOKEN: apiToken,
      CLOUDFLARE_ACCOUNT_ID: checked.api.accountId,
      CLOUDFLARE_API_BASE_URL: baseUrl === DEFAULT_API_BASE_URL ? undefined : baseUrl,
    },
  };
}
