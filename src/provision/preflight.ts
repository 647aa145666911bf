import type { CloudflareClient } from '../cloudflare/client.js';
import { CloudflareApiError, TOKEN_PAGE } from '../cloudflare/client.js';
import type { Context } from '../context.js';
import { allSettledOrThrow, type AccountApi } from './api.js';
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
    // Unreachable is not rejected: the network error names the API base URL as it is.
    if (error instanceof CloudflareApiError && error.network) throw error;
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

/** Null when the call worked (or failed for another reason than a 403); the permission when forbidden. */
async function forbiddenPermission(
  request: Promise<unknown>,
  label: string,
): Promise<string | null> {
  try {
    await request;
    return null;
  } catch (error) {
    if (error instanceof CloudflareApiError && error.status === 403) return label;
    // A Worker that does not exist yet is fine: the probe only asks whether the token may look.
    if (error instanceof CloudflareApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * Lists each resource type the plan binds, once, and reads the secrets of each Worker that gets
 * secrets. These reads double as permission probes: a 403 on any of them fails the run before
 * any change, naming every missing permission. (A read proves Read; Cloudflare has no cheaper
 * way to ask for Edit, so a Read-only token still fails later, on the create, with the same name.)
 */
async function takeInventory(
  api: AccountApi,
  bindings: ProvisionableBinding[],
  scriptsWithSecrets: string[],
): Promise<Inventory> {
  const inventory: Inventory = new Map();
  const probes: Promise<string | null>[] = [];
  for (const binding of bindings) {
    const handler = handlerFor(binding);
    const key = handler.listKey(binding);
    if (inventory.has(key)) continue;
    const listing = handler.list(api, binding);
    inventory.set(key, listing);
    probes.push(forbiddenPermission(listing, permissionLabel(handler.permission)));
  }
  for (const script of scriptsWithSecrets) {
    const secrets = api.client.call(`list secrets of Worker ${script}`, (sdk) =>
      sdk.workers.scripts.secrets.list(script, { account_id: api.accountId }),
    );
    probes.push(forbiddenPermission(secrets, permissionLabel('Workers Scripts')));
  }
  const forbidden = new Set(
    (await allSettledOrThrow(probes)).filter((p): p is string => p !== null),
  );
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
  scriptsWithSecrets: string[],
  ctx: Context,
): Promise<Preflight> {
  await verifyToken(client, accountIdHint);
  const accountId = await resolveAccount(client, accountIdHint);
  ctx.log.debug(`Cloudflare account ${accountId}`);
  const api = { client, accountId };
  return { api, inventory: await takeInventory(api, bindings, scriptsWithSecrets) };
}
