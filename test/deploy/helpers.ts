import { createServer } from 'node:http';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Provisioner } from '../../src/deploy/index.js';
import { deploy } from '../../src/pipeline/index.js';
import type { Binding, Plan, ProvisionResult, WorkerPlan } from '../../src/model/index.js';
import {
  createWorkerRoutes,
  defaultWorkerSettings,
  type WorkerSettings,
} from '../support/cloudflare-api/routes/workers.js';
import { createPreviewRoutes } from '../support/cloudflare-api/routes/previews.js';
import {
  apiEnv,
  startCloudflareApi,
  type CloudflareApi,
} from '../support/cloudflare-api/server.js';
import { testContext, type TestContext } from '../support/context.js';
import { resolveWrangler, type Wrangler } from '../../src/toolchain/wrangler.js';
import { createFakeGitHub, type FakeGitHub } from '../support/github-api/index.js';
import { workerPlan } from '../support/worker-plan.js';

export { workerPlan };

export const durableObject: Binding = {
  type: 'durable-object',
  binding: 'ROOMS',
  className: 'Room',
  reason: 'websocket rooms',
  source: 'src/rooms.js:1',
};

/** A plan built by hand (the deploy tests do not depend on detect and plan). */
export async function handPlan(workers: WorkerPlan[]): Promise<Plan> {
  const root = await mkdtemp(join(tmpdir(), 'dtw-deploy-'));
  return {
    version: 1,
    root,
    outDir: join(root, '.docker-to-workers'),
    tier: 'free',
    workers,
    app: {} as Plan['app'],
    diagnostics: [],
  };
}

/**
 * Writes each Worker's environment config and a tiny entry, as provision would: a Worker Preview's config
 * has a `previews` block (`wrangler preview` refuses a config without one), any other has none.
 */
export const handProvisioner: Provisioner = async (plan, environment, _pr, _ctx, target) =>
  Promise.all(
    plan.workers.map(async (worker) => {
      const dir = join(plan.outDir, worker.name);
      await mkdir(dir, { recursive: true });
      const durableObjects = worker.bindings.filter((b) => b.type === 'durable-object');
      const classes = durableObjects.map(
        (b) => `export class ${b.className} { fetch() { return new Response('ok'); } }\n`,
      );
      await writeFile(
        join(dir, 'entry.mjs'),
        `${classes.join('')}export default { fetch: () => new Response('ok') };\n`,
      );
      const config = {
        name: worker.name,
        main: 'entry.mjs',
        compatibility_date: worker.compatibilityDate,
        ...(durableObjects.length
          ? {
              durable_objects: {
                bindings: durableObjects.map((b) => ({ name: b.binding, class_name: b.className })),
              },
              migrations: [
                { tag: 'v1', new_sqlite_classes: durableObjects.map((b) => b.className) },
              ],
            }
          : {}),
        ...(target(worker).mode === 'worker-preview' ? { previews: {} } : {}),
      };
      const configPath = join(dir, `wrangler.${environment}.jsonc`);
      await writeFile(configPath, JSON.stringify(config, null, 2));
      return provisionedNothing(worker.name, environment, configPath);
    }),
  );

/** Provision's result for a Worker it created nothing for and set no secret on: deploy uses `configPath`. */
export function provisionedNothing(
  worker: string,
  environment: string,
  configPath: string,
): ProvisionResult {
  return {
    worker,
    environment,
    accountId: 'acc',
    resources: [],
    secretsSet: [],
    migrationsApplied: [],
    configPath,
    dryRun: false,
  };
}

/** The "deployed" Workers: every *.workers.dev request is answered by a local server the test steers. */
export interface WorkersDev {
  status: number;
  hosts: string[];
  fetch: typeof fetch;
  close(): Promise<void>;
}

export async function startWorkersDev(): Promise<WorkersDev> {
  const state = { status: 200, hosts: [] as string[] };
  const server = createServer((req, res) => {
    state.hosts.push(String(req.headers['x-original-host']));
    res.writeHead(state.status, { 'content-type': 'text/plain' });
    res.end(state.status < 400 ? 'ok' : 'boom');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const route = ((input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!url.hostname.endsWith('.workers.dev')) return globalThis.fetch(input, init);
    const local = `http://127.0.0.1:${port}${url.pathname}${url.search}`;
    return globalThis.fetch(local, {
      ...init,
      headers: { ...init?.headers, 'x-original-host': url.hostname },
    });
  }) as typeof fetch;
  return Object.assign(state, {
    fetch: route,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

export interface DeployWorld {
  api: CloudflareApi;
  /** The Workers routes' settings (e.g. make every upload fail with a given error). */
  settings: WorkerSettings;
  workersDev: WorkersDev;
  ctx: TestContext;
  close(): Promise<void>;
}

/** A loopback Cloudflare API with the Workers routes, local workers.dev, and a context pointing at them. */
export async function deployWorld(): Promise<DeployWorld> {
  const settings = defaultWorkerSettings();
  const api = await startCloudflareApi({
    routes: [createWorkerRoutes(settings), createPreviewRoutes(settings)],
  });
  const workersDev = await startWorkersDev();
  const ctx = testContext({
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...apiEnv(api),
    },
    fetch: workersDev.fetch,
  });
  return {
    api,
    settings,
    workersDev,
    ctx,
    close: async () => {
      await api.close();
      await workersDev.close();
    },
  };
}

/**
 * The pinned wrangler presented as one older than Worker Previews (`hasWorkerPreviews`), so deploy takes the
 * fallback: a `pr-N` alias or a separate `<name>-pr-N` Worker. The real binary still has
 * `versions upload --preview-alias` and `deploy`, which that path runs.
 */
export async function legacyWrangler(ctx: TestContext): Promise<Wrangler> {
  return { ...(await resolveWrangler(ctx)), version: '4.86.0' };
}

/**
 * Deploys a "rooms" Worker (a Durable Object, so a separate `rooms-pr-7` Worker on the fallback path) as pull
 * request 7's preview, without GitHub.
 */
export async function deployRoomsPreview(ctx: TestContext): Promise<void> {
  const plan = await handPlan([workerPlan('rooms', { bindings: [durableObject] })]);
  await deploy(
    plan,
    {
      environment: 'preview',
      pullRequest: 7,
      provisioner: handProvisioner,
      health: quickHealth,
      github: null,
      wrangler: await legacyWrangler(ctx),
    },
    ctx,
  );
}

/** What each deploy test gets: a fresh deploy world and fake GitHub API. */
export interface DeployTest {
  world: DeployWorld;
  fake: FakeGitHub;
}

/**
 * Registers hooks that start a deploy world and a fake GitHub API before each test (or, with `shared`,
 * once for the enclosing describe, whose tests then build on each other in order), and close the world and
 * check every GitHub call was expected after it. The returned object's fields are filled for each test.
 */
export function useDeployWorld({ shared = false } = {}): DeployTest {
  const t = {} as DeployTest;
  (shared ? beforeAll : beforeEach)(async () => {
    t.world = await deployWorld();
    t.fake = createFakeGitHub();
  });
  (shared ? afterAll : afterEach)(async () => {
    await t.world.close();
    t.fake.assertAllHandled();
  });
  return t;
}

/** Fast health checks: two attempts, no waiting. */
export const quickHealth = { attempts: 2, delayMs: 0 };
