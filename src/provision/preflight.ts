import type { CloudflareClient } from '../cloudflare/client.js';
import { CloudflareApiError, TOKEN_PAGE } from '../cloudflare/client.js';
import type { Context } from '../context.js';
import type { AccountApi } from './api.js';
import { handlerFor, type ExistingResource, type ProvisionableBinding } from './handlers/index.js';
import { permissionLabel } from './permissions.js';
import { provisionError } from './rules.js';

/** Every resource of each listing the plan needs, keyed by the handler's list key. */
export type Inventory = Map<string, Promise<ExistingResource[]>>;

/** Verifies the token: as a user token, else as an account-owned token of the given account. */
async function verifyToken(client: CloudflareClient, accountId: string | null): Promise<void> {
  let status: string;
  try {
    status = (await client.call('verify API token', (sdk) => sdk.user.tokens.verify())).status;
  } catch (error) {
    if (!(error instanceof CloudflareApiError) || error.status !== 401 || !accountId) {
      throw provisionError(
        'C001',
        `The API token was not accepted${error instanceof CloudflareApiError ? `: ${error.message}` : ''}.`,
        accountId
          ? `Set CLOUDFLARE_API_TOKEN to an active token from ${TOKEN_PAGE}.`
          : `Set CLOUDFLARE_API_TOKEN to an active token from ${TOKEN_PAGE}; for an account-owned token also set CLOUDFLARE_ACCOUNT_ID.`,
        error,
      );
    }
    status = (
      await client.call('verify account API token', (sdk) =>
        sdk.accounts.tokens.verify({ account_id: accountId }),
      )
    ).status;
  }
  if (status !== 'active') {
    throw provisionError(
      'C002',
      `The API token is ${status}.`,
      `Create or re-enable a token at ${TOKEN_PAGE}.`,
    );
  }
}

/** The account to use: the given one, or the token's only account. */
async function resolveAccount(client: CloudflareClient, accountId: string | null): Promise<string> {
  if (accountId) return accountId;
  const accounts: { id: string; name: string }[] = [];
  for await (const account of client.sdk.accounts.list({ per_page: 50 })) accounts.push(account);
  if (accounts.length === 1) return accounts[0]!.id;
  if (accounts.length === 0) {
    throw provisionError(
      'C003',
      'The API token cannot see any account.',
      `Set CLOUDFLARE_ACCOUNT_ID, and give the token "${permissionLabel('Account Settings', 'Read')}" or account resources at ${TOKEN_PAGE}.`,
    );
  }
  const list = accounts.map((a) => `${a.name} (${a.id})`).join(', ');
  throw provisionError(
    'C003',
    `The API token can use ${accounts.length} accounts: ${list}.`,
    'Set CLOUDFLARE_ACCOUNT_ID (or the account-id input) to the one to deploy to.',
  );
}

/**
 * Lists each resource type the plan binds, once. The lists double as permission probes: a 403 on
 * any of them fails the run before any change, naming every missing permission.
 */
async function takeInventory(
  api: AccountApi,
  bindings: ProvisionableBinding[],
): Promise<Inventory> {
  const inventory: Inventory = new Map();
  for (const binding of bindings) {
    const handler = handlerFor(binding);
    const key = handler.listKey(binding);
    if (!inventory.has(key)) inventory.set(key, handler.list(api, binding));
  }
  const settled = await Promise.allSettled(inventory.values());
  const forbidden = new Set<string>();
  const keys = [...inventory.keys()];
  for (const [i, outcome] of settled.entries()) {
    if (outcome.status === 'fulfilled') continue;
    const error = outcome.reason as unknown;
    if (!(error instanceof CloudflareApiError) || error.status !== 403) throw error;
    const binding = bindings.find((b) => handlerFor(b).listKey(b) === keys[i])!;
    forbidden.add(permissionLabel(handlerFor(binding).permission));
  }
  if (forbidden.size > 0) {
    const missing = [...forbidden].map((p) => `"${p}"`).join(', ');
    throw provisionError(
      'C010',
      `The API token lacks ${missing}; nothing was changed.`,
      `Add ${missing} to the token at ${TOKEN_PAGE} (run with --print-permissions for the full list).`,
    );
  }
  return inventory;
}

export interface Preflight {
  api: AccountApi;
  inventory: Inventory;
}

export async function preflight(
  client: CloudflareClient,
  accountIdHint: string | null,
  bindings: ProvisionableBinding[],
  ctx: Context,
): Promise<Preflight> {
  await verifyToken(client, accountIdHint);
  const accountId = await resolveAccount(client, accountIdHint);
  ctx.log.debug(`Cloudflare account ${accountId}`);
  const api = { client, accountId };
  return { api, inventory: await takeInventory(api, bindings) };
}
