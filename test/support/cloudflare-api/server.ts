/**
 * A loopback Cloudflare API (v4) for tests and benchmarks: real envelopes, pagination, ids,
 * name conflicts, per-token permissions and fault injection. Real wrangler works against it with
 * `CLOUDFLARE_API_BASE_URL=<baseUrl>`, `CLOUDFLARE_API_TOKEN=<api.tokens.default.value>`,
 * `CLOUDFLARE_ACCOUNT_ID=<api.state.accountId>`.
 *
 * Adding routes: write a module that exports a `RouteModule` (a list of `Route`s) and add it to
 * `DEFAULT_ROUTE_MODULES` below (or pass it in `options.routes` from a test). A `Route` has
 * - `id`: stable name used by fault rules and the request log, e.g. `workers.scripts.upload`;
 * - `method` + `path` under `/client/v4`, with `:param` segments, e.g. `/accounts/:account_id/d1/database/:id`;
 * - `permission` the token needs (`Edit` implies `Read`); omit it for routes any valid token may call;
 * - `handle(request, state)` returning `{ result, resultInfo?, status? }` or throwing `ApiError`.
 * Paths with `:account_id` are checked against the token's accounts before the handler runs, and
 * `request.account` is that account's state. Result types come from the `cloudflare` SDK (see state.ts).
 * Helpers: `paginate` / `paginateByCursor` (envelope.ts), `newId` (state.ts), `ApiError` (envelope.ts).
 * First matching route wins, so default modules take precedence over `options.routes`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, envelope, errorEnvelope, type RouteResponse } from './envelope.js';
import { FaultInjector, type Fault } from './faults.js';
import { ApiState, type AccountState } from './state.js';
import {
  permissionLabel,
  TokenRegistry,
  tokenAllows,
  type ApiToken,
  type Permission,
} from './tokens.js';
import { accountRoutes } from './routes/accounts.js';
import { analyticsRoutes } from './routes/analytics.js';
import { d1Routes } from './routes/d1.js';
import { hyperdriveRoutes } from './routes/hyperdrive.js';
import { kvRoutes } from './routes/kv.js';
import { queueRoutes } from './routes/queues.js';
import { r2Routes } from './routes/r2.js';
import { secretRoutes } from './routes/secrets.js';

export { ApiError, paginate, paginateByCursor } from './envelope.js';
export type { FaultRule, Fault } from './faults.js';
export type { AccountState, WorkerScript } from './state.js';
export type { AnalyticsData, InvocationRow } from './routes/analytics.js';
export { ApiState, newId } from './state.js';
export type { ApiToken, Permission, PermissionGroup } from './tokens.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequest {
  method: HttpMethod;
  /** Path under `/client/v4`, e.g. `/accounts/abc/storage/kv/namespaces`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** The body parsed as JSON (`{}` when empty); a 400 envelope when it is not JSON. */
  json<T>(): T;
  /** The body parsed as multipart or urlencoded form data. */
  form(): Promise<FormData>;
  token: ApiToken;
  /** The account named by `:account_id`, already checked against the token. */
  account: AccountState | null;
}

export interface Route {
  id: string;
  method: HttpMethod;
  path: string;
  permission?: Permission;
  handle(request: ApiRequest, state: ApiState): RouteResponse | Promise<RouteResponse>;
}

export type RouteModule = readonly Route[];

export const DEFAULT_ROUTE_MODULES: readonly RouteModule[] = [
  accountRoutes,
  kvRoutes,
  d1Routes,
  r2Routes,
  queueRoutes,
  hyperdriveRoutes,
  secretRoutes,
  analyticsRoutes,
];

export interface LoggedRequest {
  method: string;
  path: string;
  /** The matched route id, or null for an unknown path (answered 404). */
  route: string | null;
  status: number;
  /** For a 403: the permission the route needed, e.g. `Account › D1 › Edit`. */
  missingPermission?: string;
}

export interface CloudflareApiOptions {
  /** Added to every call (the benchmark uses 20 ms). */
  latencyMs?: number;
  /** Account names to create; default one account, "Test account". */
  accounts?: string[];
  /** Extra route modules, matched after the defaults. */
  routes?: RouteModule[];
}

export interface CloudflareApi {
  url: string;
  baseUrl: string;
  state: ApiState;
  faults: FaultInjector;
  tokens: TokenRegistry;
  requests: LoggedRequest[];
  /** How many logged calls hit each route id (optionally filtered). */
  callCounts(filter?: (request: LoggedRequest) => boolean): Record<string, number>;
  close(): Promise<void>;
}

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/:([a-z_]+)/gi, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}/?$`), names };
}

function match(
  routes: CompiledRoute[],
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | null {
  for (const { route, pattern, names } of routes) {
    if (route.method !== method) continue;
    const found = pattern.exec(path);
    if (!found) continue;
    const params = Object.fromEntries(
      names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]),
    );
    return { route, params };
  }
  return null;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function authenticate(tokens: TokenRegistry, req: IncomingMessage): ApiToken {
  const header = req.headers.authorization;
  if (!header) {
    throw new ApiError(400, 9106, 'Missing X-Auth-Key, X-Auth-Email or Authorization headers');
  }
  const token = tokens.find(header.replace(/^Bearer\s+/i, ''));
  if (!token || token.status !== 'active') throw new ApiError(401, 1000, 'Invalid API Token');
  return token;
}

function authorize(token: ApiToken, route: Route, state: ApiState, params: Record<string, string>) {
  let account: AccountState | null = null;
  if (params.account_id !== undefined) {
    if (!token.accountIds.includes(params.account_id)) {
      throw new ApiError(403, 10000, 'Authentication error');
    }
    account = state.account(params.account_id);
  }
  if (route.permission && !tokenAllows(token, route.permission)) {
    // Cloudflare answers a missing permission with a bare "Authentication error"; the request log
    // keeps the label so tests can see which permission the route wanted.
    throw new ApiError(403, 10000, 'Authentication error', {}, permissionLabel(route.permission));
  }
  return account;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Applies the faults that answer instead of the handler; returns true when the call is answered. */
async function applyFaultsBefore(faults: Fault[], res: ServerResponse): Promise<boolean> {
  for (const fault of faults) {
    switch (fault.type) {
      case 'delay':
        await sleep(fault.ms);
        break;
      case 'rate-limit':
        send(
          res,
          429,
          errorEnvelope(
            new ApiError(429, 971, 'Please wait and consider throttling your request speed'),
          ),
          { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
        );
        return true;
      case 'server-error':
        send(
          res,
          fault.status ?? 500,
          errorEnvelope(new ApiError(500, 10013, 'An unknown error has occurred')),
        );
        return true;
      case 'malformed-json':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"success": true, "result": {');
        return true;
      case 'reset':
        if (!fault.afterHandling) {
          res.socket?.destroy();
          return true;
        }
        break;
    }
  }
  return false;
}

/** The environment that points wrangler and our Cloudflare client at this API, with its default token. */
export function apiEnv(api: CloudflareApi): Record<string, string> {
  return {
    CLOUDFLARE_API_BASE_URL: api.baseUrl,
    CLOUDFLARE_API_TOKEN: api.tokens.default.value,
    CLOUDFLARE_ACCOUNT_ID: api.state.accountId,
  };
}

export async function startCloudflareApi(
  options: CloudflareApiOptions = {},
): Promise<CloudflareApi> {
  const state = new ApiState();
  for (const name of options.accounts ?? ['Test account']) state.addAccount(name);
  const tokens = new TokenRegistry(() => [...state.accounts.keys()]);
  const faults = new FaultInjector();
  const requests: LoggedRequest[] = [];
  const routes = [...DEFAULT_ROUTE_MODULES, ...(options.routes ?? [])].flat().map(compile);

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = url.pathname.replace(/^\/client\/v4/, '');
      const method = req.method ?? 'GET';
      const body = await readBody(req);
      if (options.latencyMs) await sleep(options.latencyMs);
      const found = match(routes, method, path);
      const logged: LoggedRequest = { method, path, route: found?.route.id ?? null, status: 0 };
      requests.push(logged);
      res.on('finish', () => (logged.status = res.statusCode));
      res.on('close', () => (logged.status ||= -1));
      try {
        if (!found) throw new ApiError(404, 7003, `No route for that URI (${method} ${path})`);
        const fired = faults.take(found.route.id);
        if (await applyFaultsBefore(fired, res)) return;
        const token = authenticate(tokens, req);
        const account = authorize(token, found.route, state, found.params);
        const request: ApiRequest = {
          method: method as HttpMethod,
          path,
          params: found.params,
          query: url.searchParams,
          headers: req.headers,
          body,
          token,
          account,
          json<T>() {
            if (body.length === 0) return {} as T;
            try {
              return JSON.parse(body.toString('utf8')) as T;
            } catch {
              throw new ApiError(400, 10026, 'Could not parse request body as JSON');
            }
          },
          form: () =>
            new Request('http://127.0.0.1/', {
              method: 'POST',
              headers: { 'content-type': req.headers['content-type'] ?? '' },
              body,
            }).formData() as Promise<FormData>,
        };
        const response = await found.route.handle(request, state);
        if (fired.some((f) => f.type === 'reset')) {
          res.socket?.destroy();
          return;
        }
        send(res, response.status ?? 200, response.body ?? envelope(response));
      } catch (error) {
        if (error instanceof ApiError) {
          if (error.missingPermission) logged.missingPermission = error.missingPermission;
          send(res, error.status, errorEnvelope(error), error.headers);
        } else {
          send(res, 500, errorEnvelope(new ApiError(500, 10000, String(error))));
        }
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    baseUrl: `${url}/client/v4`,
    state,
    faults,
    tokens,
    requests,
    callCounts(filter = () => true) {
      const counts: Record<string, number> = {};
      for (const r of requests.filter(filter)) {
        const key = r.route ?? `${r.method} ${r.path}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
