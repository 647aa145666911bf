import { createHash, createHmac } from 'node:crypto';
import { CloudflareApiError } from '../cloudflare/client.js';
import type { Context } from '../context.js';
import type { Wrangler } from '../toolchain/wrangler.js';
import type { AccountApi } from './api.js';
import { permissionLabel } from './permissions.js';
import { uploadSecrets } from './secrets.js';
import type { Session } from './session.js';

/**
 * A plain-text var of the Worker that records, per secret, a keyed digest of the value last uploaded.
 * Cloudflare never returns a secret's value, but it returns a var's text (the script settings' bindings:
 * https://developers.cloudflare.com/api/resources/workers/subresources/scripts/subresources/script_and_version_settings/methods/get/),
 * so a fresh runner can tell an unchanged secret from a changed one without any local state.
 */
export const SECRET_DIGESTS_VAR = 'DOCKER_TO_WORKERS_SECRET_DIGESTS';

/**
 * HMAC-SHA256 keyed with the API token: whoever reads the var (the Worker's code, a Workers Scripts Read
 * token) cannot test guesses of a value without that token, which already lets its holder deploy code
 * that reads the secrets. A rotated token re-uploads every secret once.
 */
export function secretDigests(
  apiToken: string,
  scriptName: string,
  values: Record<string, string>,
): Record<string, string> {
  const hmacKey = createHash('sha256')
    .update('docker-to-workers secret digest\0')
    .update(apiToken)
    .digest();
  return Object.fromEntries(
    Object.keys(values)
      .sort()
      .map((name) => [
        name,
        createHmac('sha256', hmacKey)
          .update(`${scriptName}\0${name}\0${values[name]}`)
          .digest('base64url')
          .slice(0, 22),
      ]),
  );
}

/** What Cloudflare holds for a Worker: its secrets' names and the digests its var recorded. */
export interface PublishedSecrets {
  names: Set<string>;
  digests: Record<string, string>;
}

function parseDigests(text: unknown): Record<string, string> {
  try {
    const parsed = JSON.parse(String(text)) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    // Edited or truncated: every secret counts as changed.
    return {};
  }
}

/** Null for a Worker that does not exist yet (404): it has no secrets. */
async function unlessMissing<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof CloudflareApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * The secret names Cloudflare lists for the Worker (`GET …/scripts/{name}/secrets`, `[{ name, type }]`)
 * and the digests its deployed var holds (`GET …/scripts/{name}/settings`, whose `plain_text` bindings
 * carry their `text`, as wrangler 4.164's convertWorkerMetadataBindingsToFlatBindings reads them).
 */
export async function publishedSecrets(
  api: AccountApi,
  scriptName: string,
): Promise<PublishedSecrets> {
  const permission = permissionLabel('Workers Scripts');
  const account = { account_id: api.accountId };
  const [secrets, settings] = await Promise.all([
    unlessMissing(
      api.client.call(
        `list secrets of Worker ${scriptName}`,
        async (sdk) => (await sdk.workers.scripts.secrets.list(scriptName, account)).result,
        { permission },
      ),
    ),
    unlessMissing(
      api.client.call(
        `read settings of Worker ${scriptName}`,
        (sdk) => sdk.workers.scripts.scriptAndVersionSettings.get(scriptName, account),
        { permission },
      ),
    ),
  ]);
  return {
    names: new Set((secrets ?? []).map((s) => s.name).filter((n): n is string => Boolean(n))),
    digests: digestsIn(settings?.bindings ?? []),
  };
}

/** The digests a Worker's (or a Preview deployment's) bindings record; none when the var is absent. */
export function digestsIn(bindings: readonly { name?: string; type: string }[]) {
  const record = bindings.find((b) => b.type === 'plain_text' && b.name === SECRET_DIGESTS_VAR);
  return record && 'text' in record ? parseDigests(record.text) : {};
}

/** The secrets to upload: missing at Cloudflare, or with a value other than the one recorded. */
export function changedSecrets(
  digests: Record<string, string>,
  published: PublishedSecrets,
): string[] {
  return Object.keys(digests).filter(
    (name) => !published.names.has(name) || published.digests[name] !== digests[name],
  );
}

/** A Worker's secret values (by name) and their digests. */
export interface SecretPlan {
  values: Record<string, string>;
  digests: Record<string, string>;
}

/**
 * Uploads (`wrangler secret bulk`) only the secrets Cloudflare lacks or whose value changed since the
 * digests were published; returns their names. An unchanged rerun uploads nothing.
 */
export async function uploadChangedSecrets(
  ctx: Context,
  session: Session,
  wrangler: () => Promise<Wrangler>,
  configPath: string,
  scriptName: string,
  secrets: SecretPlan,
): Promise<string[]> {
  const changed = changedSecrets(secrets.digests, await publishedSecrets(session.api, scriptName));
  const kept = Object.keys(secrets.values).filter((name) => !changed.includes(name));
  if (kept.length > 0) {
    ctx.log.info(
      `${scriptName}: secrets unchanged at Cloudflare, not uploaded: ${kept.join(', ')}`,
    );
  }
  if (changed.length === 0) return [];
  await uploadSecrets(
    ctx,
    await wrangler(),
    configPath,
    Object.fromEntries(changed.map((name) => [name, secrets.values[name]!])),
    session.wranglerEnv,
  );
  return changed;
}
