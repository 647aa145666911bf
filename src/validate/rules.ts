import type { Diagnostic, Severity } from '../model/index.js';

/**
 * The one table of check rules (W###). Scanner, bundle, smoke, SARIF and the reports all read it.
 * Runtime behaviour and compatibility dates were measured in workerd (2026-04-26 at 2024-09-23 and
 * 2026-05-03) and agree with https://developers.cloudflare.com/workers/configuration/compatibility-flags/.
 */
export interface Rule {
  id: string;
  severity: Severity;
  /** Short name (SARIF `shortDescription`, table headings). */
  title: string;
  /** Why it matters on Workers (SARIF help text). */
  help: string;
  fix: string;
  docs: string;
}

const NODE_DOCS = 'https://developers.cloudflare.com/workers/runtime-apis/nodejs/';
const GLOBAL_DOCS = 'https://developers.cloudflare.com/workers/runtime-apis/handlers/';
const LIMITS_DOCS = 'https://developers.cloudflare.com/workers/platform/limits/';
const COMPAT_DOCS = 'https://developers.cloudflare.com/workers/configuration/compatibility-flags/';
const CONTAINERS_DOCS = 'https://developers.cloudflare.com/containers/';

const table = {
  W001: {
    severity: 'note',
    title: 'Dependencies installed',
    help: 'The app had no installed dependencies; check installed them from the lockfile before bundling.',
    fix: 'Nothing to do. The action keeps the package manager store between runs (keyed on the lockfiles); elsewhere, set DOCKER_TO_WORKERS_STORE to a cached directory.',
    docs: 'https://docs.npmjs.com/cli/commands/npm-ci',
  },
  W002: {
    severity: 'error',
    title: 'Dependencies could not be installed',
    help: 'Bundling needs the dependencies; installing them from the lockfile failed.',
    fix: 'Run the install command locally, fix the lockfile, and commit it.',
    docs: 'https://docs.npmjs.com/cli/commands/npm-ci',
  },
  W003: {
    severity: 'note',
    title: 'Finding suppressed',
    help: 'A finding was silenced by an inline `docker-to-workers-ignore` comment or the allow list.',
    fix: 'Remove the suppression once the code no longer needs it.',
    docs: NODE_DOCS,
  },
  W004: {
    severity: 'note',
    title: 'File not scanned',
    help: 'A source file of the app could not be parsed (or transformed from TypeScript), so its code was not checked.',
    fix: 'Check that the file builds; the bundle and smoke boot still cover it.',
    docs: 'https://developers.cloudflare.com/workers/wrangler/bundling/',
  },
  W005: {
    severity: 'error',
    title: 'Package manager not available',
    help: 'The lockfile (or package.json `packageManager`) names a package manager that is not installed here, so the dependencies could not be installed or the build could not run; the lockfile and the build itself may be fine.',
    fix: 'Set up the package manager before check: corepack for pnpm and yarn (`corepack enable`), the bun installer for bun. The action does this itself.',
    docs: 'https://nodejs.org/api/corepack.html',
  },
  W101: {
    severity: 'error',
    title: 'child_process is not available',
    help: 'Workers have no processes: every child_process function throws ERR_METHOD_NOT_IMPLEMENTED (it is bundled as a stub, so the build passes).',
    fix: 'Do the work in JavaScript/WebAssembly, call a service over fetch, or use the Container target.',
    docs: CONTAINERS_DOCS,
  },
  W102: {
    severity: 'error',
    title: 'Processes and threads cannot be started',
    help: '`cluster.fork`, `worker_threads.Worker` and `wasi.WASI` throw ERR_METHOD_NOT_IMPLEMENTED; each isolate is single-threaded and Cloudflare scales by running more isolates.',
    fix: 'Remove clustering (Workers scale out by themselves); move background work to Queues or Workflows.',
    docs: 'https://developers.cloudflare.com/queues/',
  },
  W103: {
    severity: 'error',
    title: 'Server sockets cannot be opened',
    help: '`net.createServer`, `tls.createServer`, `http2` and `dgram` sockets throw or silently do nothing: a Worker receives requests only through its fetch handler.',
    fix: 'Serve HTTP through the generated httpServerHandler shim; use Durable Objects for WebSockets, or the Container target for raw TCP/UDP.',
    docs: NODE_DOCS,
  },
  W104: {
    severity: 'error',
    title: 'Node API not implemented on Workers',
    help: 'These APIs (vm, inspector, repl, v8 serialization, fs.watch, process.dlopen…) are stubs that throw at call time although the bundle builds.',
    fix: 'Remove the call or replace the library that makes it.',
    docs: NODE_DOCS,
  },
  W105: {
    severity: 'warning',
    title: 'Node API does nothing on Workers',
    help: 'The call is accepted but never produces events (readline line events, async_hooks hooks) or returns made-up values.',
    fix: 'Do not rely on it; read request bodies with the Fetch API and use AsyncLocalStorage for context.',
    docs: NODE_DOCS,
  },
  W106: {
    severity: 'error',
    title: 'Node API needs a newer compatibility date',
    help: 'This module is an unenv stub that throws before the compatibility date given; from that date workerd implements it.',
    fix: 'Raise compatibility_date (with nodejs_compat) to at least the date given.',
    docs: COMPAT_DOCS,
  },
  W107: {
    severity: 'error',
    title: 'Writes to the local disk',
    help: 'A Worker has no persistent disk: only /tmp is writable, per request, and nothing persists; other paths fail with EPERM/ENOENT.',
    fix: 'Store files in R2 (the plan binds a bucket for volumes), or write scratch files under /tmp only.',
    docs: 'https://developers.cloudflare.com/r2/api/workers/workers-api-usage/',
  },
  W108: {
    severity: 'error',
    title: 'listen() without the httpServerHandler shim',
    help: '`http.createServer().listen()` claims to listen but opens no socket; requests reach the server only through `httpServerHandler` from `cloudflare:node`.',
    fix: 'Deploy through the generated entry shim (`export default httpServerHandler({ port })`).',
    docs: NODE_DOCS,
  },
  W109: {
    severity: 'error',
    title: 'Node built-ins need the nodejs_compat flag',
    help: 'Without nodejs_compat every `node:` import fails at start-up with "No such module".',
    fix: 'Add "nodejs_compat" to compatibility_flags.',
    docs: COMPAT_DOCS,
  },
  W110: {
    severity: 'warning',
    title: 'DNS lookups go over HTTPS',
    help: '`node:dns` resolves through DNS over HTTPS (cloudflare-dns.com); lookups of private names (compose service hostnames, localhost) fail with ENOTFOUND.',
    fix: 'Connect to public hostnames directly, or use Hyperdrive / a service binding instead of a compose hostname.',
    docs: NODE_DOCS,
  },
  W111: {
    severity: 'error',
    title: 'Dynamic require',
    help: 'A computed `require(name)` cannot be bundled: it throws `Dynamic require of "…" is not supported` when it runs (e.g. `app.set("view engine", …)`).',
    fix: 'Import the module statically (e.g. import the template engine and register it with app.engine).',
    docs: 'https://developers.cloudflare.com/workers/wrangler/bundling/',
  },
  W112: {
    severity: 'warning',
    title: '__dirname / __filename in bundled code',
    help: "Bundled CommonJS has no __dirname/__filename: using them throws ReferenceError, at start-up when used at module scope. The plan's remedy defines them as paths under /bundle, workerd's read-only directory of the bundle's modules: paths computed from them work, but the app's other files (views, templates, data) are not there.",
    fix: 'Serve static directories as Workers assets (the plan maps them) and derive other paths from import.meta.url.',
    docs: 'https://developers.cloudflare.com/workers/static-assets/',
  },
  W113: {
    severity: 'error',
    title: 'WebSocket server',
    help: "socket.io, ws's WebSocketServer and `server.on('upgrade')` need the 'upgrade' event of a node:http server, which workerd never emits (its Node HTTP server does not implement socket hand-over): real-time features silently never connect.",
    fix: 'Accept WebSockets in the fetch handler with WebSocketPair, in a Durable Object (hibernation API) that holds the sockets; or use the Container target.',
    docs: 'https://developers.cloudflare.com/durable-objects/best-practices/websockets/',
  },
  W201: {
    severity: 'error',
    title: 'Connection opened at start-up',
    help: 'I/O is not allowed in global scope: a connection, consumer or watcher started while the module loads — directly, or in a function the load calls (`start()`, `main()`, an async IIFE, a listen callback) — fails at start-up ("Disallowed operation called within global scope") or never connects, and sockets cannot be shared between requests.',
    fix: 'Create the client lazily inside the request path (one connection per request; Hyperdrive pools for Postgres/MySQL).',
    docs: GLOBAL_DOCS,
  },
  W202: {
    severity: 'error',
    title: 'Timer at module scope',
    help: '`setInterval`/`setTimeout` in global scope throw "Disallowed operation called within global scope" at start-up; there is no long-lived process to tick anyway.',
    fix: 'Move periodic work to a Cron Trigger (the plan maps crons) or run it inside a request with ctx.waitUntil.',
    docs: 'https://developers.cloudflare.com/workers/configuration/cron-triggers/',
  },
  W203: {
    severity: 'error',
    title: 'fetch at module scope',
    help: '`fetch()` in global scope rejects with "Disallowed operation called within global scope".',
    fix: 'Fetch inside the handler, and cache the result (KV or the Cache API) if it is shared.',
    docs: GLOBAL_DOCS,
  },
  W204: {
    severity: 'error',
    title: 'Random value generated at module scope',
    help: '`crypto.randomUUID`/`getRandomValues`/`randomBytes` throw in global scope; a secret generated at load would also differ per isolate.',
    fix: 'Read secrets from env (wrangler secret put) and generate random values inside the handler.',
    docs: GLOBAL_DOCS,
  },
  W301: {
    severity: 'error',
    title: 'Code generation from strings',
    help: '`eval` and `new Function` throw EvalError while serving requests; at start-up they are allowed only from compatibility date 2025-06-01 (allow_eval_during_startup).',
    fix: 'Remove the code generation, or precompile at build time.',
    docs: 'https://developers.cloudflare.com/workers/runtime-apis/web-standards/#javascript-standards',
  },
  W302: {
    severity: 'error',
    title: 'Library generates code at run time',
    help: 'This library compiles code with eval/new Function while serving requests, which Workers forbid (EvalError).',
    fix: 'See the message for the library-specific remedy.',
    docs: 'https://developers.cloudflare.com/workers/runtime-apis/web-standards/#javascript-standards',
  },
  W303: {
    severity: 'error',
    title: 'WebAssembly compiled from bytes',
    help: '`WebAssembly.compile`/`new WebAssembly.Module(bytes)` are disallowed by the runtime.',
    fix: 'Import the .wasm file as a module (wrangler bundles it as CompiledWasm).',
    docs: 'https://developers.cloudflare.com/workers/runtime-apis/webassembly/',
  },
  W401: {
    severity: 'error',
    title: 'Native addon',
    help: 'Workers run JavaScript and WebAssembly only: a package with a compiled `.node` addon cannot load.',
    fix: 'Replace the package with the alternative given, or use the Container target.',
    docs: CONTAINERS_DOCS,
  },
  W501: {
    severity: 'error',
    title: 'Known pitfall not remedied',
    help: 'A known package/version problem that plan can remedy in the generated build was left as is (remedies off or not applicable).',
    fix: 'See the message for the pitfall-specific fix.',
    docs: 'https://developers.cloudflare.com/workers/wrangler/bundling/',
  },
  W601: {
    severity: 'warning',
    title: 'CPU-heavy work in the request path',
    help: 'Synchronous hashing, image/PDF/video processing or large compression can exceed the per-request CPU limit.',
    fix: 'Lower the cost, move the work to a Queue consumer, raise limits.cpu_ms (Paid), or use the Container target.',
    docs: LIMITS_DOCS,
  },
  W701: {
    severity: 'warning',
    title: 'process.exit',
    help: 'A Worker is not a process: `process.exit()` in a handler fails the request with HTTP 500.',
    fix: 'Throw or return an error response instead.',
    docs: NODE_DOCS,
  },
  W702: {
    severity: 'warning',
    title: 'Process signal handler never runs',
    help: 'Isolates are never sent SIGTERM/SIGINT/exit events: graceful-shutdown code does not run.',
    fix: 'Remove it; flush per request with ctx.waitUntil.',
    docs: 'https://developers.cloudflare.com/workers/runtime-apis/context/',
  },
  W703: {
    severity: 'error',
    title: 'Uploads stored on local disk',
    help: 'Upload middleware configured with a disk destination writes outside /tmp, which fails, and files would not persist.',
    fix: 'Use memory storage and put the file into R2.',
    docs: 'https://developers.cloudflare.com/r2/api/workers/workers-api-usage/',
  },
  W704: {
    // An error for sessions (logins break across isolates); caches are reported as warnings.
    severity: 'error',
    title: 'In-memory sessions or state',
    help: 'Each request may run in a different isolate and isolates are recycled: state kept in module memory (sessions, caches) is lost or inconsistent.',
    fix: 'Keep sessions in KV (eventually consistent) or a Durable Object (strongly consistent).',
    docs: 'https://developers.cloudflare.com/kv/',
  },
  W705: {
    severity: 'warning',
    title: 'More than one listening port',
    help: 'The entry shim forwards requests to one port; a second server (admin, metrics) is unreachable.',
    fix: 'Serve everything from one server, or split the second server into its own Worker.',
    docs: NODE_DOCS,
  },
  W706: {
    severity: 'warning',
    title: 'KV read right after a write',
    help: 'The plan moved Redis to KV, which is eventually consistent: a value written may take 60 s or more to be visible in other locations, so reading a key right after writing it can return the old value.',
    fix: 'Use the value you just wrote instead of reading it back; if other requests must see it at once, keep it in a Durable Object (strongly consistent) or D1, or use the Cache API for data read in the same location.',
    docs: 'https://developers.cloudflare.com/kv/concepts/how-kv-works/#consistency',
  },
  W707: {
    severity: 'error',
    title: 'Cron job in the process',
    help: 'An in-process scheduler (cron, node-cron, node-schedule, croner) fires its jobs from timers in a long-running process; a Worker has none, so the job never runs (and timers at start-up are disallowed).',
    fix: 'Run the job from a scheduled() handler with a Cron Trigger (`triggers.crons` in wrangler.jsonc); the plan maps the schedules it can read.',
    docs: 'https://developers.cloudflare.com/workers/configuration/cron-triggers/',
  },
  W801: {
    severity: 'error',
    title: 'Bundle over the size limit',
    help: 'The Worker is larger than 64 MiB uncompressed, the limit on every plan; the upload would be rejected.',
    fix: 'Drop or replace the largest packages listed, or serve large files as static assets or from R2.',
    docs: LIMITS_DOCS,
  },
  W802: {
    severity: 'warning',
    title: 'Bundle close to the size limit',
    help: 'The Worker uses more than 80 % of the 64 MiB (uncompressed) size limit.',
    fix: 'Watch the largest packages listed.',
    docs: LIMITS_DOCS,
  },
  W803: {
    severity: 'error',
    title: 'Bundle failed',
    help: '`wrangler deploy --dry-run` could not bundle the Worker.',
    fix: 'Fix the error wrangler reports (the message quotes it).',
    docs: 'https://developers.cloudflare.com/workers/wrangler/bundling/',
  },
  W810: {
    severity: 'error',
    title: 'Build failed',
    help: "The project's own build (the Dockerfile's build step or the build script), which runs before bundling, failed or did not write the module the Worker imports.",
    fix: 'Run the quoted command locally in the directory named, fix the error it prints, and commit.',
    docs: 'https://developers.cloudflare.com/workers/wrangler/custom-builds/',
  },
  W811: {
    severity: 'error',
    title: 'Next.js adapter build failed',
    help: "`next build` succeeded, then `opennextjs-cloudflare build` could not turn its output into a Worker (.open-next/worker.js): the Workers path failed where the image's `next start` would not.",
    fix: 'Run the quoted command locally, fix what it prints (often a Next.js feature the adapter does not support), or deploy the image on Containers.',
    docs: 'https://opennext.js.org/cloudflare/troubleshooting',
  },
  W812: {
    severity: 'note',
    title: 'Next.js built with the OpenNext adapter',
    help: 'check built the Next.js app for Workers with `opennextjs-cloudflare build` (https://opennext.js.org/cloudflare), which runs `next build` and writes .open-next/worker.js and .open-next/assets; when the app does not install the adapter, check uses a pinned release from its tool cache.',
    fix: 'Nothing to do for check; to build it yourself, follow the steps in MIGRATION.md (add the adapter and open-next.config.ts).',
    docs: 'https://developers.cloudflare.com/workers/framework-guides/web-apps/nextjs/',
  },
  W901: {
    severity: 'error',
    title: 'Worker crashes at start-up',
    help: 'Booting the bundle in workerd (the Workers runtime) failed.',
    fix: 'Fix the exception quoted (the stack points at the code).',
    docs: GLOBAL_DOCS,
  },
  W902: {
    severity: 'error',
    title: 'Health check failed',
    help: 'The health-check request answered with a server error or threw.',
    fix: 'Fix the exception quoted; run `docker-to-workers dev` to reproduce locally.',
    docs: GLOBAL_DOCS,
  },
  W903: {
    severity: 'warning',
    title: 'Slow start-up',
    help: "Global-scope evaluation must finish within 1 s of CPU on Cloudflare. check measures it with `wrangler check startup` (a CPU profile of the main module's evaluation in workerd), on a CPU that differs from Cloudflare's.",
    fix: 'Defer heavy initialisation to the first request, or trim dependencies.',
    docs: `${LIMITS_DOCS}#worker-startup-time`,
  },
  W904: {
    severity: 'warning',
    title: 'Health check did not answer 2xx',
    help: 'The health-check path answered with a client error; the deploy health check would fail.',
    fix: 'Check the health-check path (HEALTHCHECK in the Dockerfile, or x-cloudflare.healthcheck).',
    docs: GLOBAL_DOCS,
  },
  W905: {
    severity: 'note',
    title: 'Runs in its image on Containers instead',
    help: "The Worker path failed (the build, wrangler's bundle or the start-up in workerd) and the image runs the app: check planned the service as a container target.",
    fix: 'Deploy as planned (the image on Cloudflare Containers), or fix the quoted failure to run it as a Worker.',
    docs: CONTAINERS_DOCS,
  },
  W906: {
    severity: 'error',
    title: 'Browser build in the bundle',
    help: "wrangler bundles with the `browser` condition and esbuild's browser platform, so a package.json `browser` field wins over the Node build; the start-up crash points at such a module.",
    fix: 'Alias the package to itself in wrangler.jsonc (`"alias": { "<pkg>": "<pkg>" }`) so Node\'s resolution picks its Node build.',
    docs: 'https://developers.cloudflare.com/workers/wrangler/bundling/',
  },
  W907: {
    severity: 'warning',
    title: 'Start-up error logged, yet the app answered',
    help: 'While the Worker started, the app logged an error (often a database or cache client connecting at module scope: "Disallowed operation called within global scope"), and the health-check path still answered 2xx: the app serves, without whatever failed.',
    fix: 'Read the quoted log line: create the client it names inside the request path (the W201 finding shows where it is made at start-up), or leave it when the app works without it by design.',
    docs: GLOBAL_DOCS,
  },
} satisfies Record<string, Omit<Rule, 'id'>>;

export type RuleId = keyof typeof table;

export const RULES: Record<RuleId, Rule> = Object.fromEntries(
  Object.entries(table).map(([id, rule]) => [id, { id, ...rule }]),
) as Record<RuleId, Rule>;

export interface Where {
  file?: string;
  line?: number;
  column?: number;
  package?: string;
}

/** A diagnostic for a rule; the fix defaults to the rule's. */
export function finding(
  id: RuleId,
  message: string,
  where: Where = {},
  overrides: { fix?: string; severity?: Severity } = {},
): Diagnostic {
  const rule = RULES[id];
  return {
    ruleId: id,
    severity: overrides.severity ?? rule.severity,
    message,
    ...where,
    fix: overrides.fix ?? rule.fix,
    docs: rule.docs,
  };
}
