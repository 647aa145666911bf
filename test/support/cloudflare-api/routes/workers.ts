import { randomUUID } from 'node:crypto';
import { ApiError } from '../envelope.js';
import type { ApiRequest, RouteModule } from '../server.js';
import { nowIso, type AccountState, type WorkerScript } from '../state.js';

/**
 * Worker scripts, versions and deployments: what `wrangler deploy`, `wrangler versions upload`,
 * `wrangler versions deploy <id>@P% <id>@Q%`, `wrangler deployments status`, `wrangler rollback` and
 * `wrangler delete` call (wrangler 4.86.0 and 4.164.0).
 * A script keeps its versions and deployments (newest last). `createWorkerRoutes(settings)` lets a test
 * set the workers.dev subdomain, the start-up time uploads report, and an error every upload fails with.
 */
const SCRIPTS = '/accounts/:account_id/workers/scripts';
const SCRIPT = `${SCRIPTS}/:script_name`;
const read = { group: 'Workers Scripts', level: 'Read' } as const;
const edit = { group: 'Workers Scripts', level: 'Edit' } as const;

export interface WorkerVersion {
  id: string;
  number: number;
  metadata: { created_on: string; modified_on: string; source: string; has_preview: boolean };
  annotations: Record<string, string>;
  resources: {
    bindings: unknown[];
    script: { etag: string; handlers: string[] };
    /**
     * As the SDK's `VersionGetResponse.Resources.ScriptRuntime`; wrangler 4.164's `versions deploy` reads
     * its `containers` (getVersionedDurableObjectContainerApplications in wrangler-dist/cli.js).
     */
    script_runtime: {
      compatibility_date?: string;
      compatibility_flags: string[];
      usage_model: 'standard';
      containers?: unknown[];
    };
  };
  startup_time_ms: number;
}

export interface WorkerDeployment {
  id: string;
  source: string;
  strategy: 'percentage';
  created_on: string;
  annotations: Record<string, string>;
  versions: { version_id: string; percentage: number }[];
}

/** What deploy's routes add to a script. */
export interface DeployedScript extends WorkerScript {
  versions: WorkerVersion[];
  deployments: WorkerDeployment[];
  subdomain: { enabled: boolean; previews_enabled: boolean };
}

export interface WorkerSettings {
  subdomain: string;
  startupTimeMs: number;
  /** When set, script uploads and version uploads fail with this Cloudflare error. */
  rejectUpload: { status: number; code: number; message: string } | null;
}

export function defaultWorkerSettings(): WorkerSettings {
  return { subdomain: 'test-account', startupTimeMs: 7, rejectUpload: null };
}

function checkUpload(settings: WorkerSettings): void {
  const reject = settings.rejectUpload;
  if (reject) throw new ApiError(reject.status, reject.code, reject.message);
}

function scriptOr404(request: ApiRequest): DeployedScript {
  const found = request.account!.scripts.get(request.params.script_name!);
  if (!found) throw new ApiError(404, 10007, 'This Worker does not exist on your account.');
  return withDeployState(found);
}

/** Scripts created by other routes (secrets) get empty version and deployment lists. */
function withDeployState(script: WorkerScript): DeployedScript {
  const target = script as DeployedScript;
  target.versions ??= [];
  target.deployments ??= [];
  target.subdomain ??= { enabled: false, previews_enabled: true };
  return target;
}

interface UploadMetadata {
  bindings: unknown[];
  compatibilityDate: string | undefined;
  compatibilityFlags: string[];
  annotations: Record<string, string>;
  /** Durable Object migrations: the tag the script is at after this upload. */
  migrationTag: string | undefined;
}

/** The script's metadata part: bindings, annotations, migrations (the modules are not kept). */
async function uploadMetadata(request: ApiRequest): Promise<UploadMetadata> {
  const part = (await request.form()).get('metadata');
  if (part === null) throw new ApiError(400, 10021, 'No metadata part in the upload');
  const text = typeof part === 'string' ? part : await (part as Blob).text();
  const metadata = JSON.parse(text) as {
    bindings?: unknown[];
    annotations?: Record<string, string | undefined>;
    migrations?: { new_tag?: string };
    compatibility_date?: string;
    compatibility_flags?: string[];
  };
  const annotations = Object.fromEntries(
    Object.entries(metadata.annotations ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
  return {
    bindings: metadata.bindings ?? [],
    compatibilityDate: metadata.compatibility_date,
    compatibilityFlags: metadata.compatibility_flags ?? [],
    annotations,
    migrationTag: metadata.migrations?.new_tag,
  };
}

/**
 * An `inherit` binding takes the binding of that name from the Worker's current version; Cloudflare
 * refuses one with nothing to inherit as code 10057 "inherit binding 'NAME' is invalid" (the text and
 * code wrangler 4.164's `handleMissingSecretsError` matches, deploy-helpers secrets-validation.ts).
 * wrangler sends one for every `secrets.required` name the upload does not carry itself.
 */
function checkInherited(script: DeployedScript | undefined, upload: UploadMetadata): void {
  const named = (list: unknown[]) =>
    new Set(list.map((b) => (b as { name?: unknown }).name).filter((n) => typeof n === 'string'));
  const current = new Set([
    ...named(script?.bindings ?? []),
    ...named(script?.versions.at(-1)?.resources.bindings ?? []),
  ]);
  const missing = upload.bindings
    .map((b) => b as { type?: unknown; name?: unknown; old_name?: unknown })
    .filter((b) => b.type === 'inherit' && !current.has(String(b.old_name ?? b.name)));
  if (missing.length > 0) {
    throw new ApiError(400, 10057, `inherit binding '${String(missing[0]!.name)}' is invalid`);
  }
}

function addVersion(
  script: DeployedScript,
  upload: UploadMetadata,
  startupTimeMs: number,
): WorkerVersion {
  const now = nowIso();
  const version: WorkerVersion = {
    id: randomUUID(),
    number: script.versions.length + 1,
    metadata: { created_on: now, modified_on: now, source: 'wrangler', has_preview: true },
    annotations: upload.annotations,
    resources: {
      bindings: upload.bindings,
      script: { etag: randomUUID(), handlers: ['fetch'] },
      script_runtime: {
        compatibility_date: upload.compatibilityDate,
        compatibility_flags: upload.compatibilityFlags,
        usage_model: 'standard',
      },
    },
    startup_time_ms: startupTimeMs,
  };
  script.versions.push(version);
  script.modified_on = now;
  if (upload.migrationTag) script.migration_tag = upload.migrationTag;
  return version;
}

function addDeployment(
  script: DeployedScript,
  versions: WorkerDeployment['versions'],
  annotations: Record<string, string> = {},
): WorkerDeployment {
  const deployment: WorkerDeployment = {
    id: randomUUID(),
    source: 'wrangler',
    strategy: 'percentage',
    created_on: nowIso(),
    annotations,
    versions,
  };
  script.deployments.push(deployment);
  return deployment;
}

function ensureScript(account: AccountState, name: string): DeployedScript {
  const existing = account.scripts.get(name);
  if (existing) return withDeployState(existing);
  const now = nowIso();
  const created = withDeployState({ id: name, bindings: [], created_on: now, modified_on: now });
  account.scripts.set(name, created);
  return created;
}

/**
 * The Worker as the Workers API (beta) returns it: the `Worker` type of the `cloudflare` SDK
 * (resources/workers/beta/workers). wrangler 4.164 reads it after `deploy` and `versions upload`
 * (`getWorkerSubdomain` in wrangler-dist/cli.js: `subdomain.url` for the workers.dev host,
 * `subdomain.preview_url_suffix` for Preview URLs) and for Worker Previews (`previews_base_config`).
 */
function workerObject(script: DeployedScript, settings: WorkerSettings) {
  const host = `${script.id}.${settings.subdomain}.workers.dev`;
  return {
    id: script.id,
    name: script.id,
    created_on: script.created_on,
    updated_on: script.modified_on,
    deployed_on: script.deployments.at(-1)?.created_on ?? null,
    logpush: false,
    observability: { enabled: false },
    references: {},
    tags: [],
    tail_consumers: [],
    subdomain: { ...script.subdomain, url: `https://${host}`, preview_url_suffix: `-${host}` },
    ...(script.previews_base_config ? { previews_base_config: script.previews_base_config } : {}),
  };
}

function deleteScript(request: ApiRequest) {
  scriptOr404(request);
  request.account!.scripts.delete(request.params.script_name!);
  return { result: null };
}

export function createWorkerRoutes(settings = defaultWorkerSettings()): RouteModule {
  return [
    {
      // wrangler lists scripts to find the migration tag a Worker with Durable Objects is at.
      id: 'workers.scripts.list',
      method: 'GET',
      path: SCRIPTS,
      permission: read,
      handle: (request) => ({
        result: [...request.account!.scripts.values()].map((script) => ({
          id: script.id,
          migration_tag: script.migration_tag,
          created_on: script.created_on,
          modified_on: script.modified_on,
        })),
      }),
    },
    {
      id: 'workers.services.get',
      method: 'GET',
      path: '/accounts/:account_id/workers/services/:script_name',
      permission: read,
      handle: (request) => {
        const found = request.account!.scripts.get(request.params.script_name!);
        // 10090 is what wrangler checks to treat the Worker as new.
        if (!found) throw new ApiError(404, 10090, 'This Worker does not exist.');
        return {
          result: {
            id: found.id,
            default_environment: {
              environment: 'production',
              script: { id: found.id, tag: found.id, last_deployed_from: 'wrangler' },
            },
          },
        };
      },
    },
    {
      id: 'workers.workers.get',
      method: 'GET',
      path: '/accounts/:account_id/workers/workers/:script_name',
      permission: read,
      handle: (request) => ({ result: workerObject(scriptOr404(request), settings) }),
    },
    {
      id: 'workers.subdomain.get',
      method: 'GET',
      path: '/accounts/:account_id/workers/subdomain',
      permission: read,
      handle: () => ({ result: { subdomain: settings.subdomain } }),
    },
    {
      id: 'workers.scripts.upload',
      method: 'PUT',
      path: SCRIPT,
      permission: edit,
      handle: async (request) => {
        checkUpload(settings);
        const upload = await uploadMetadata(request);
        const existing = request.account!.scripts.get(request.params.script_name!);
        checkInherited(existing && withDeployState(existing), upload);
        const script = ensureScript(request.account!, request.params.script_name!);
        const version = addVersion(script, upload, settings.startupTimeMs);
        addDeployment(script, [{ version_id: version.id, percentage: 100 }]);
        return {
          result: {
            id: script.id,
            etag: version.resources.script.etag,
            deployment_id: version.id,
            startup_time_ms: version.startup_time_ms,
            created_on: script.created_on,
            modified_on: script.modified_on,
          },
        };
      },
    },
    {
      // `wrangler delete` deletes the service (`?force=true`); the SDK deletes the script.
      id: 'workers.services.delete',
      method: 'DELETE',
      path: '/accounts/:account_id/workers/services/:script_name',
      permission: edit,
      handle: deleteScript,
    },
    {
      id: 'workers.scripts.delete',
      method: 'DELETE',
      path: SCRIPT,
      permission: edit,
      handle: deleteScript,
    },
    {
      id: 'workers.scripts.subdomain.get',
      method: 'GET',
      path: `${SCRIPT}/subdomain`,
      permission: read,
      handle: (request) => ({ result: scriptOr404(request).subdomain }),
    },
    {
      id: 'workers.scripts.subdomain.edit',
      method: 'POST',
      path: `${SCRIPT}/subdomain`,
      permission: edit,
      handle: (request) => {
        const script = scriptOr404(request);
        const body = request.json<{ enabled?: boolean; previews_enabled?: boolean }>();
        script.subdomain = {
          enabled: body.enabled ?? script.subdomain.enabled,
          previews_enabled: body.previews_enabled ?? script.subdomain.previews_enabled,
        };
        return { result: script.subdomain };
      },
    },
    {
      id: 'workers.scripts.versions.create',
      method: 'POST',
      path: `${SCRIPT}/versions`,
      permission: edit,
      handle: async (request) => {
        const script = scriptOr404(request);
        checkUpload(settings);
        const upload = await uploadMetadata(request);
        checkInherited(script, upload);
        const version = addVersion(script, upload, settings.startupTimeMs);
        return { result: version };
      },
    },
    {
      id: 'workers.scripts.versions.list',
      method: 'GET',
      path: `${SCRIPT}/versions`,
      permission: read,
      handle: (request) => {
        const items = [...scriptOr404(request).versions].reverse();
        return {
          result: { items },
          resultInfo: { count: items.length, total_count: items.length, page: 1, per_page: 100 },
        };
      },
    },
    {
      id: 'workers.scripts.versions.get',
      method: 'GET',
      path: `${SCRIPT}/versions/:version_id`,
      permission: read,
      handle: (request) => {
        const version = scriptOr404(request).versions.find(
          (v) => v.id === request.params.version_id,
        );
        if (!version) throw new ApiError(404, 10237, 'Version not found');
        return { result: version };
      },
    },
    {
      // `wrangler versions deploy` syncs the settings a version does not carry (logpush, observability,
      // tail consumers) when the config sets any: patchNonVersionedScriptSettings in src/versions/api.ts.
      id: 'workers.scripts.script-settings.edit',
      method: 'PATCH',
      path: `${SCRIPT}/script-settings`,
      permission: edit,
      handle: (request) => {
        const script = scriptOr404(request);
        const body = request.json<Record<string, unknown>>();
        const settings = { ...(script.settings as Record<string, unknown> | undefined), ...body };
        script.settings = settings;
        return { result: { logpush: false, tail_consumers: [], ...settings } };
      },
    },
    {
      id: 'workers.scripts.deployments.list',
      method: 'GET',
      path: `${SCRIPT}/deployments`,
      permission: read,
      handle: (request) => ({
        result: { deployments: [...scriptOr404(request).deployments].reverse() },
      }),
    },
    {
      id: 'workers.scripts.deployments.create',
      method: 'POST',
      path: `${SCRIPT}/deployments`,
      permission: edit,
      handle: (request) => {
        const script = scriptOr404(request);
        const body = request.json<{
          versions?: WorkerDeployment['versions'];
          annotations?: Record<string, string>;
        }>();
        for (const { version_id } of body.versions ?? []) {
          if (!script.versions.some((v) => v.id === version_id)) {
            throw new ApiError(404, 10237, `Version ${version_id} not found`);
          }
        }
        return { result: addDeployment(script, body.versions ?? [], body.annotations) };
      },
    },
  ];
}

/** The routes with default settings. */
export const workerRoutes: RouteModule = createWorkerRoutes();
