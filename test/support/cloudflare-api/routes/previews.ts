import { randomUUID } from 'node:crypto';
import { ApiError } from '../envelope.js';
import type { ApiRequest, Route, RouteModule } from '../server.js';
import { nowIso, type AccountState, type WorkerScript } from '../state.js';
import { defaultWorkerSettings, type WorkerSettings } from './workers.js';

/**
 * Worker Previews: the `/accounts/{a}/workers/workers…` routes wrangler ≥ 4.135 calls for `wrangler preview`,
 * `wrangler preview delete` and `wrangler preview secret bulk|put|delete|list` (shapes from wrangler 4.164.0's
 * `packages/deploy-helpers/src/preview/api.ts`, `preview.ts` and `packages/wrangler/src/preview/secrets/*.ts`).
 * `GET /accounts/{a}/workers/workers/{name}` is served by workers.ts (wrangler's deploy reads it too). A Preview lives on its parent Worker (the script of the same
 * name); each deployment is kept with its env, secret values included (tests assert them; never returned).
 */
const WORKERS = '/accounts/:account_id/workers/workers';
const WORKER = `${WORKERS}/:worker_name`;
const PREVIEWS = `${WORKER}/previews`;
const PREVIEW = `${PREVIEWS}/:preview`;
const read = { group: 'Workers Scripts', level: 'Read' } as const;
const edit = { group: 'Workers Scripts', level: 'Edit' } as const;

/** A binding in a deployment's `env` (`plain_text`, `secret_text`, `kv_namespace`, `inherit`…). */
export interface EnvBinding {
  type: string;
  text?: string;
  [key: string]: unknown;
}

export interface PreviewDeployment {
  id: string;
  created_on: string;
  urls: string[];
  main_module?: string;
  compatibility_date?: string;
  compatibility_flags?: string[];
  annotations: Record<string, unknown>;
  env: Record<string, EnvBinding>;
  migration_tag?: string;
  /** Names of the uploaded `files` parts. */
  modules: string[];
}

export interface Preview {
  id: string;
  name: string;
  slug: string;
  urls: string[];
  created_on: string;
  observability?: unknown;
  logpush?: boolean;
  tail_consumers?: { name: string }[];
  deployments: PreviewDeployment[];
}

/** What these routes add to a script. */
export interface PreviewedScript extends WorkerScript {
  subdomain: { enabled: boolean; previews_enabled: boolean };
  previews: Preview[];
  previews_base_config: { env?: Record<string, EnvBinding>; [key: string]: unknown };
}

function withPreviewState(script: WorkerScript): PreviewedScript {
  const target = script as PreviewedScript;
  target.subdomain ??= { enabled: false, previews_enabled: true };
  target.previews ??= [];
  target.previews_base_config ??= {};
  return target;
}

function worker(request: ApiRequest): PreviewedScript {
  const found = request.account!.scripts.get(request.params.worker_name!);
  // 10007: wrangler's isWorkerNotFoundError (deploy-helpers/src/deploy/helpers/worker-not-found-error.ts).
  if (!found) throw new ApiError(404, 10007, 'This Worker does not exist on your account.');
  return withPreviewState(found);
}

/** A Preview by id or name (wrangler passes the name to GET/DELETE and the id to deployments). */
function preview(request: ApiRequest): { parent: PreviewedScript; found: Preview } {
  const parent = worker(request);
  const key = request.params.preview!;
  const found = parent.previews.find((p) => p.id === key || p.name === key);
  // 10025: PREVIEW_NOT_FOUND_ERR_CODE in wrangler's src/preview/secrets/index.ts.
  if (!found) throw new ApiError(404, 10025, `Preview ${key} not found.`);
  return { parent, found };
}

function latest(found: Preview, code: number): PreviewDeployment {
  const deployment = found.deployments.at(-1);
  // 10222 on GET, 10032 on PATCH: wrangler's NO_PREVIEW_DEPLOYMENT_{GET,PATCH}_ERR_CODE.
  if (!deployment) throw new ApiError(404, code, 'This Preview has no deployments.');
  return deployment;
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function host(label: string, parent: PreviewedScript, settings: WorkerSettings): string[] {
  if (!parent.subdomain.previews_enabled) return [];
  return [`https://${label}-${parent.id}.${settings.subdomain}.workers.dev`];
}

/** Secret values never leave the API. */
function publicEnv(env: Record<string, EnvBinding>): Record<string, EnvBinding> {
  return Object.fromEntries(
    Object.entries(env).map(([name, { text, ...binding }]) => [
      name,
      binding.type === 'secret_text'
        ? binding
        : { ...binding, ...(text === undefined ? {} : { text }) },
    ]),
  );
}

function publicDeployment(deployment: PreviewDeployment): Omit<PreviewDeployment, 'env'> & {
  env: Record<string, EnvBinding>;
} {
  return { ...deployment, env: publicEnv(deployment.env) };
}

/** A deployment's content without what identifies it (a patch copies it into a new deployment). */
function omitIdentity(
  deployment: PreviewDeployment,
): Omit<PreviewDeployment, 'id' | 'created_on' | 'urls'> {
  const copy: Partial<PreviewDeployment> = { ...deployment };
  delete copy.id;
  delete copy.created_on;
  delete copy.urls;
  return copy as Omit<PreviewDeployment, 'id' | 'created_on' | 'urls'>;
}

function publicPreview({ deployments: _deployments, ...rest }: Preview) {
  return rest;
}

function publicWorker(script: PreviewedScript) {
  return {
    id: script.id,
    name: script.id,
    created_on: script.created_on,
    updated_on: script.modified_on,
    subdomain: script.subdomain,
    previews_base_config: {
      ...script.previews_base_config,
      ...(script.previews_base_config.env
        ? { env: publicEnv(script.previews_base_config.env) }
        : {}),
    },
  };
}

/** `inherit` takes the binding of the previous deployment (wrangler uses it for secrets it does not resend). */
function resolveEnv(
  env: Record<string, EnvBinding>,
  previous: PreviewDeployment | undefined,
): Record<string, EnvBinding> {
  const resolved: Record<string, EnvBinding> = {};
  for (const [name, binding] of Object.entries(env)) {
    if (binding.type !== 'inherit') resolved[name] = binding;
    else if (previous?.env[name]) resolved[name] = previous.env[name];
  }
  return resolved;
}

function addDeployment(
  parent: PreviewedScript,
  found: Preview,
  settings: WorkerSettings,
  fields: Omit<PreviewDeployment, 'id' | 'created_on' | 'urls'>,
): PreviewDeployment {
  const id = randomUUID();
  const deployment: PreviewDeployment = {
    id,
    created_on: nowIso(),
    urls: host(id.slice(0, 8), parent, settings),
    ...fields,
  };
  found.deployments.push(deployment);
  return deployment;
}

/** JSON merge patch (RFC 7396) of a deployment's env: `null` removes a binding. */
function mergeEnv(
  env: Record<string, EnvBinding>,
  patch: Record<string, EnvBinding | null> | undefined,
): Record<string, EnvBinding> {
  const merged = { ...env };
  for (const [name, binding] of Object.entries(patch ?? {})) {
    if (binding === null) delete merged[name];
    else merged[name] = binding;
  }
  return merged;
}

async function deploymentForm(request: ApiRequest) {
  const form = await request.form();
  const part = form.get('metadata');
  if (part === null) throw new ApiError(400, 10021, 'No metadata part in the upload');
  const text = typeof part === 'string' ? part : await (part as Blob).text();
  const metadata = JSON.parse(text) as {
    main_module?: string;
    compatibility_date?: string;
    compatibility_flags?: string[];
    annotations?: Record<string, unknown>;
    env?: Record<string, EnvBinding>;
    migrations?: { new_tag?: string };
  };
  const modules = form.getAll('files').map((file) => (file as File).name);
  return { metadata, modules };
}

function workerRoutes(): Route[] {
  return [
    {
      // createPreviewParentWorker: a new Worker with its subdomain settings, before its first Preview.
      id: 'workers.workers.create',
      method: 'POST',
      path: WORKERS,
      permission: edit,
      handle: (request) => {
        const body = request.json<{ name?: string; subdomain?: PreviewedScript['subdomain'] }>();
        if (!body.name) throw new ApiError(400, 10021, 'name is required');
        if (request.account!.scripts.has(body.name)) {
          throw new ApiError(409, 10023, `A Worker named ${body.name} already exists.`);
        }
        const now = nowIso();
        const created = withPreviewState({
          id: body.name,
          bindings: [],
          created_on: now,
          modified_on: now,
        });
        if (body.subdomain) created.subdomain = { ...created.subdomain, ...body.subdomain };
        request.account!.scripts.set(body.name, created);
        return { result: publicWorker(created) };
      },
    },
    {
      // patchPreviewBaseConfig: merge patch of `previews_base_config` (`wrangler preview base-config secret …`).
      id: 'workers.workers.edit',
      method: 'PATCH',
      path: WORKER,
      permission: edit,
      handle: (request) => {
        const target = worker(request);
        const body = request.json<{
          previews_base_config?: { env?: Record<string, EnvBinding | null> };
        }>();
        const { env, ...rest } = body.previews_base_config ?? {};
        target.previews_base_config = {
          ...target.previews_base_config,
          ...rest,
          env: mergeEnv(target.previews_base_config.env ?? {}, env),
        };
        return { result: publicWorker(target) };
      },
    },
  ];
}

function previewRoutes(settings: WorkerSettings): Route[] {
  return [
    {
      id: 'workers.previews.list',
      method: 'GET',
      path: PREVIEWS,
      permission: read,
      handle: (request) => {
        const items = worker(request).previews.map(publicPreview);
        return { result: items, resultInfo: { count: items.length, total_count: items.length } };
      },
    },
    {
      // createPreview: `{ name, observability?, logpush?, tail_consumers? }` (assemblePreviewScriptSettings).
      id: 'workers.previews.create',
      method: 'POST',
      path: PREVIEWS,
      permission: edit,
      handle: (request) => {
        const parent = worker(request);
        const { name, ...settingsBody } = request.json<{ name?: string } & Partial<Preview>>();
        if (!name) throw new ApiError(400, 10021, 'name is required');
        if (parent.previews.some((p) => p.name === name)) {
          throw new ApiError(409, 10024, `A Preview named ${name} already exists.`);
        }
        const slug = slugOf(name);
        const created: Preview = {
          id: randomUUID(),
          name,
          slug,
          urls: host(slug, parent, settings),
          created_on: nowIso(),
          ...settingsBody,
          deployments: [],
        };
        parent.previews.push(created);
        return { result: publicPreview(created) };
      },
    },
    {
      id: 'workers.previews.get',
      method: 'GET',
      path: PREVIEW,
      permission: read,
      handle: (request) => ({ result: publicPreview(preview(request).found) }),
    },
    {
      id: 'workers.previews.edit',
      method: 'PATCH',
      path: PREVIEW,
      permission: edit,
      handle: (request) => {
        const { found } = preview(request);
        const body = request.json<Partial<Preview>>();
        for (const key of ['observability', 'logpush', 'tail_consumers'] as const) {
          if (key in body) Object.assign(found, { [key]: body[key] });
        }
        return { result: publicPreview(found) };
      },
    },
    {
      id: 'workers.previews.delete',
      method: 'DELETE',
      path: PREVIEW,
      permission: edit,
      handle: (request) => {
        const { parent, found } = preview(request);
        parent.previews = parent.previews.filter((p) => p !== found);
        return { result: null };
      },
    },
  ];
}

function deploymentRoutes(settings: WorkerSettings): Route[] {
  return [
    {
      // createPreviewDeployment: multipart, a `metadata` JSON part and one `files` part per module.
      id: 'workers.previews.deployments.create',
      method: 'POST',
      path: `${PREVIEW}/deployments`,
      permission: edit,
      handle: async (request) => {
        const { parent, found } = preview(request);
        const reject = settings.rejectUpload;
        if (reject) throw new ApiError(reject.status, reject.code, reject.message);
        const { metadata, modules } = await deploymentForm(request);
        const previous = found.deployments.at(-1);
        const deployment = addDeployment(parent, found, settings, {
          main_module: metadata.main_module,
          compatibility_date: metadata.compatibility_date,
          compatibility_flags: metadata.compatibility_flags,
          annotations: metadata.annotations ?? {},
          env: resolveEnv(metadata.env ?? {}, previous),
          migration_tag: metadata.migrations?.new_tag ?? previous?.migration_tag,
          modules,
        });
        return { result: publicDeployment(deployment) };
      },
    },
    {
      id: 'workers.previews.deployments.latest',
      method: 'GET',
      path: `${PREVIEW}/deployments/latest`,
      permission: read,
      handle: (request) => ({ result: publicDeployment(latest(preview(request).found, 10222)) }),
    },
    {
      // patchPreviewDeployment (preview secret bulk|put|delete): a merge patch that makes a new deployment.
      id: 'workers.previews.deployments.patch',
      method: 'PATCH',
      path: `${PREVIEW}/deployments/latest`,
      permission: edit,
      handle: (request) => {
        const { parent, found } = preview(request);
        const current = latest(found, 10032);
        const body = request.json<{
          env?: Record<string, EnvBinding | null>;
          annotations?: Record<string, unknown>;
        }>();
        const rest = omitIdentity(current);
        const deployment = addDeployment(parent, found, settings, {
          ...rest,
          env: mergeEnv(current.env, body.env),
          annotations: Object.fromEntries(
            Object.entries({ ...current.annotations, ...body.annotations }).filter(
              ([, value]) => value !== undefined && value !== null,
            ),
          ),
        });
        return { result: publicDeployment(deployment) };
      },
    },
  ];
}

/** The Worker Previews routes; share `settings` with createWorkerRoutes for one workers.dev subdomain. */
export function createPreviewRoutes(settings = defaultWorkerSettings()): RouteModule {
  return [...workerRoutes(), ...previewRoutes(settings), ...deploymentRoutes(settings)];
}

/** Every Preview of a Worker, for tests (with their deployments and secret values). */
export function previewsOf(account: AccountState, workerName: string): Preview[] {
  const script = account.scripts.get(workerName);
  return script ? withPreviewState(script).previews : [];
}
