import { ApiError } from '../envelope.js';
import type { ApiRequest, RouteModule } from '../server.js';
import { nowIso, type WorkerScript } from '../state.js';
import { omit, requireString } from './collection.js';
import type { DeployedScript } from './workers.js';

/**
 * Script settings and secrets: what `wrangler secret bulk` calls (4.86: GET then PATCH `settings`,
 * multipart with a `settings` JSON part; 4.164: PATCH `secrets-bulk`) and the SDK's
 * `workers.scripts.secrets` routes.
 * Secret values are kept (tests assert where they landed) but never returned.
 */
const SCRIPT = '/accounts/:account_id/workers/scripts/:script_name';
const read = { group: 'Workers Scripts', level: 'Read' } as const;
const edit = { group: 'Workers Scripts', level: 'Edit' } as const;

function script(request: ApiRequest): WorkerScript {
  const found = request.account!.scripts.get(request.params.script_name!);
  // 10007 is what wrangler checks to decide it must create the Worker first.
  if (!found) throw new ApiError(404, 10007, 'This Worker does not exist on your account.');
  return found;
}

function withoutValues(bindings: WorkerScript['bindings']) {
  return bindings.map((binding) => omit(binding, 'text'));
}

/**
 * The live version's bindings other than secrets, as `GET …/settings` returns them: a `plain_text` var keeps
 * its `text` (Cloudflare's "Get Script Settings" response; wrangler 4.164's
 * convertWorkerMetadataBindingsToFlatBindings reads it). Secrets come from the script's own list.
 */
function deployedBindings(target: WorkerScript): WorkerScript['bindings'] {
  const { versions = [], deployments = [] } = target as Partial<DeployedScript>;
  const live = deployments.at(-1)?.versions[0]?.version_id;
  const bindings = (versions.find((v) => v.id === live)?.resources.bindings ??
    []) as WorkerScript['bindings'];
  return bindings.filter((b) => b.type !== 'secret_text' && b.type !== 'inherit');
}

function upsertSecret(target: WorkerScript, name: string, text: string): void {
  target.bindings = [
    ...target.bindings.filter((b) => b.name !== name),
    { type: 'secret_text', name, text },
  ];
  target.modified_on = nowIso();
}

export const secretRoutes: RouteModule = [
  {
    id: 'workers.scripts.settings.get',
    method: 'GET',
    path: `${SCRIPT}/settings`,
    permission: read,
    handle: (request) => {
      const target = script(request);
      return {
        result: { bindings: [...deployedBindings(target), ...withoutValues(target.bindings)] },
      };
    },
  },
  {
    id: 'workers.scripts.settings.edit',
    method: 'PATCH',
    path: `${SCRIPT}/settings`,
    permission: edit,
    handle: async (request) => {
      const target = script(request);
      const part = (await request.form()).get('settings');
      const settings = JSON.parse(
        typeof part === 'string' ? part : await (part as Blob).text(),
      ) as {
        bindings?: WorkerScript['bindings'];
      };
      if (settings.bindings) {
        // Bindings sent without a value (inherited) keep the value already stored.
        target.bindings = settings.bindings.map((b) =>
          b.text === undefined ? (target.bindings.find((old) => old.name === b.name) ?? b) : b,
        );
        target.modified_on = nowIso();
      }
      return { result: { bindings: withoutValues(target.bindings) } };
    },
  },
  {
    // wrangler 4.164's `putBulkSecrets` (wrangler-dist/cli.js): a JSON merge patch
    // `{ secrets: { NAME: { name, text, type: 'secret_text' } | null } }`, null deleting the secret;
    // 10007 when the Worker is missing makes wrangler create a draft Worker and retry. wrangler does
    // not read the result: the secrets without values, as the list route returns them.
    id: 'workers.scripts.secrets.bulk',
    method: 'PATCH',
    path: `${SCRIPT}/secrets-bulk`,
    permission: edit,
    handle: (request) => {
      const target = script(request);
      const { secrets = {} } = request.json<{
        secrets?: Record<string, { text?: unknown } | null>;
      }>();
      for (const [name, secret] of Object.entries(secrets)) {
        if (secret === null) {
          target.bindings = target.bindings.filter((b) => b.name !== name);
          target.modified_on = nowIso();
        } else {
          upsertSecret(target, name, requireString(secret.text, `secrets.${name}.text`));
        }
      }
      return {
        result: withoutValues(target.bindings.filter((b) => b.type === 'secret_text')),
      };
    },
  },
  {
    id: 'workers.scripts.secrets.list',
    method: 'GET',
    path: `${SCRIPT}/secrets`,
    permission: read,
    handle: (request) => ({
      result: withoutValues(script(request).bindings.filter((b) => b.type === 'secret_text')),
    }),
  },
  {
    id: 'workers.scripts.secrets.put',
    method: 'PUT',
    path: `${SCRIPT}/secrets`,
    permission: edit,
    handle: (request) => {
      const body = request.json<{ name?: unknown; text?: unknown; type?: string }>();
      const name = requireString(body.name, 'name');
      upsertSecret(script(request), name, requireString(body.text, 'text'));
      return { result: { name, type: 'secret_text' } };
    },
  },
];
