import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake GitHub REST API holding issue comments (paginated like GitHub: `per_page`, `page`, `Link`)
 * and deployments with statuses. Use it as the `fetch` injected into Octokit, or `listen()` and point
 * `GITHUB_API_URL` at it. Any request it does not handle is recorded and answered 599, and
 * `assertAllHandled()` fails the test.
 */
export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
  performed_via_github_app: { slug: string } | null;
}

/**
 * Who the token is. `installation` (the workflow's `GITHUB_TOKEN` or an app's token): `GET /user` is
 * refused with 403 "Resource not accessible by integration" and GraphQL `viewer` answers
 * `<slug>[bot]`; `user` (a personal token): `GET /user` answers the login.
 */
export type FakeViewer = { kind: 'installation'; app: string } | { kind: 'user'; login: string };

export interface FakeDeployment {
  id: number;
  ref: string;
  sha: string;
  environment: string;
  transient_environment: boolean;
  production_environment: boolean;
  payload: unknown;
  description: string | null;
  statuses: { state: string; environment_url?: string; description?: string }[];
}

export interface FakeGitHub {
  apiUrl: string;
  fetch: typeof fetch;
  comments: Map<number, FakeComment[]>;
  deployments: FakeDeployment[];
  requests: string[];
  unhandled: string[];
  /** Adds `count` comments by other users to a pull request (to force pagination). */
  seedComments(pullRequest: number, count: number): void;
  /** Adds a comment written by `login` (a person unless `app` is given). */
  addComment(
    pullRequest: number,
    body: string,
    author: { login: string; app?: string },
  ): FakeComment;
  assertAllHandled(): void;
  listen(): Promise<{ url: string; close: () => Promise<void> }>;
}

type Handler = (match: RegExpMatchArray, url: URL, body: Record<string, unknown>) => Response;

const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : JSON.stringify(value), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

function paginate<T>(url: URL, items: T[]): Response {
  const perPage = Number(url.searchParams.get('per_page') ?? 30);
  const page = Number(url.searchParams.get('page') ?? 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const headers: Record<string, string> = {};
  if (page * perPage < items.length) {
    const next = new URL(url);
    next.searchParams.set('page', String(page + 1));
    headers.link = `<${next.href}>; rel="next"`;
  }
  return json(200, slice, headers);
}

export function createFakeGitHub(
  options: { owner?: string; repo?: string; viewer?: FakeViewer } = {},
): FakeGitHub {
  const viewer = options.viewer ?? { kind: 'installation', app: 'github-actions' };
  const author =
    viewer.kind === 'user'
      ? { user: { login: viewer.login, type: 'User' as const }, performed_via_github_app: null }
      : {
          user: { login: `${viewer.app}[bot]`, type: 'Bot' as const },
          performed_via_github_app: { slug: viewer.app },
        };
  const apiUrl = 'http://127.0.0.1:9/github-api';
  const repoPath = `/repos/${options.owner ?? 'acme'}/${options.repo ?? 'shop'}`;
  const comments = new Map<number, FakeComment[]>();
  const deployments: FakeDeployment[] = [];
  const requests: string[] = [];
  const unhandled: string[] = [];
  let nextId = 1000;

  const findComment = (id: number) =>
    [...comments.values()].flat().find((comment) => comment.id === id);

  const routes: [string, RegExp, Handler][] = [
    [
      'GET',
      /^\/issues\/(\d+)\/comments$/,
      (m, url) => paginate(url, comments.get(Number(m[1])) ?? []),
    ],
    [
      'POST',
      /^\/issues\/(\d+)\/comments$/,
      (m, _url, body) => {
        const list = comments.get(Number(m[1])) ?? [];
        const comment: FakeComment = { id: nextId++, body: String(body.body), ...author };
        comments.set(Number(m[1]), [...list, comment]);
        return json(201, comment);
      },
    ],
    [
      'GET',
      /^\/issues\/comments\/(\d+)$/,
      (m) => {
        const comment = findComment(Number(m[1]));
        return comment ? json(200, comment) : json(404, { message: 'Not Found' });
      },
    ],
    [
      'PATCH',
      /^\/issues\/comments\/(\d+)$/,
      (m, _url, body) => {
        const comment = findComment(Number(m[1]));
        if (!comment) return json(404, { message: 'Not Found' });
        comment.body = String(body.body);
        return json(200, comment);
      },
    ],
    [
      'DELETE',
      /^\/issues\/comments\/(\d+)$/,
      (m) => {
        for (const [pr, list] of comments) {
          comments.set(
            pr,
            list.filter((c) => c.id !== Number(m[1])),
          );
        }
        return json(204, null);
      },
    ],
    [
      'POST',
      /^\/deployments$/,
      (_m, _url, body) => {
        const deployment: FakeDeployment = {
          id: nextId++,
          ref: String(body.ref),
          sha: String(body.ref),
          environment: String(body.environment ?? 'production'),
          transient_environment: body.transient_environment === true,
          production_environment: body.production_environment === true,
          payload: body.payload ?? {},
          description: (body.description as string | undefined) ?? null,
          statuses: [],
        };
        deployments.push(deployment);
        return json(201, deployment);
      },
    ],
    [
      'GET',
      /^\/deployments$/,
      (_m, url) => {
        const environment = url.searchParams.get('environment');
        const matching = deployments
          .filter((d) => environment === null || d.environment === environment)
          .reverse(); // GitHub lists newest first
        return paginate(url, matching);
      },
    ],
    [
      'POST',
      /^\/deployments\/(\d+)\/statuses$/,
      (m, _url, body) => {
        const deployment = deployments.find((d) => d.id === Number(m[1]));
        if (!deployment) return json(404, { message: 'Not Found' });
        const status = {
          state: String(body.state),
          environment_url: body.environment_url as string | undefined,
          description: body.description as string | undefined,
        };
        deployment.statuses.push(status);
        return json(201, { id: nextId++, ...status });
      },
    ],
    [
      'GET',
      /^\/deployments\/(\d+)\/statuses$/,
      (m, url) => {
        const deployment = deployments.find((d) => d.id === Number(m[1]));
        return deployment
          ? paginate(url, [...deployment.statuses].reverse())
          : json(404, { message: 'Not Found' });
      },
    ],
  ];

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/github-api/, '');
    requests.push(`${request.method} ${path}${url.search}`);
    // Yield once so concurrent jobs interleave the way they would over the network.
    await new Promise((resolve) => setImmediate(resolve));
    if (path.startsWith(repoPath)) {
      const rest = path.slice(repoPath.length);
      for (const [method, pattern, handler] of routes) {
        const match = rest.match(pattern);
        if (method === request.method && match) {
          const text = await request.text();
          return handler(match, url, text ? (JSON.parse(text) as Record<string, unknown>) : {});
        }
      }
    }
    // Shapes: docs.github.com/rest/users/users#get-the-authenticated-user and /graphql/reference/queries#viewer.
    if (request.method === 'GET' && path === '/user') {
      return viewer.kind === 'user'
        ? json(200, { login: viewer.login, type: 'User' })
        : json(403, { message: 'Resource not accessible by integration' });
    }
    if (request.method === 'POST' && path === '/graphql') {
      const login = viewer.kind === 'user' ? viewer.login : `${viewer.app}[bot]`;
      return json(200, { data: { viewer: { login } } });
    }
    unhandled.push(`${request.method} ${path}`);
    return json(599, { message: `Unmocked GitHub request: ${request.method} ${path}` });
  }

  const fake: FakeGitHub = {
    apiUrl,
    fetch: ((input: string | URL | Request, init?: RequestInit) =>
      handle(input instanceof Request ? input : new Request(input, init))) as typeof fetch,
    comments,
    deployments,
    requests,
    unhandled,
    seedComments(pullRequest, count) {
      const list = comments.get(pullRequest) ?? [];
      for (let i = 0; i < count; i++) {
        list.push({
          id: nextId++,
          body: `comment ${i}`,
          user: { login: 'someone', type: 'User' },
          performed_via_github_app: null,
        });
      }
      comments.set(pullRequest, list);
    },
    addComment(pullRequest, body, { login, app }) {
      const comment: FakeComment = {
        id: nextId++,
        body,
        user: { login, type: app ? 'Bot' : 'User' },
        performed_via_github_app: app ? { slug: app } : null,
      };
      comments.set(pullRequest, [...(comments.get(pullRequest) ?? []), comment]);
      return comment;
    },
    assertAllHandled() {
      if (unhandled.length > 0) {
        throw new Error(`Unmocked GitHub requests:\n${unhandled.join('\n')}`);
      }
    },
    async listen() {
      const server: Server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          const body = chunks.length ? Buffer.concat(chunks) : undefined;
          const request = new Request(
            `http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`,
            {
              method: req.method,
              headers: req.headers as Record<string, string>,
              body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
            },
          );
          void handle(request).then(async (response) => {
            res.writeHead(response.status, Object.fromEntries(response.headers));
            res.end(Buffer.from(await response.arrayBuffer()));
          });
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      return {
        url: `http://127.0.0.1:${port}/github-api`,
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
      };
    },
  };
  return fake;
}
