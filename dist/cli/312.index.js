export const id = 312;
export const ids = [312];
export const modules = {

/***/ 5312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand),
  checkJson: () => (/* binding */ checkJson)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/diagnostics.ts
var report_diagnostics = __webpack_require__(6574);
// EXTERNAL MODULE: ./src/report/plan-text.ts
var plan_text = __webpack_require__(8495);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/validate/rules.ts
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
};
const RULES = Object.fromEntries(Object.entries(table).map(([id, rule]) => [id, { id, ...rule }]));
/** A diagnostic for a rule; the fix defaults to the rule's. */
function finding(id, message, where = {}, overrides = {}) {
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

;// CONCATENATED MODULE: ./src/report/sarif.ts


const LEVEL = {
    error: 'error',
    warning: 'warning',
    note: 'note',
};
function toUri(path) {
    return path.split('\\').join('/').replace(/^\.\//, '');
}
function toSarif(diagnostics, options) {
    const ids = [...new Set(diagnostics.map((d) => d.ruleId))].sort();
    const rules = ids.map((id) => {
        const info = options.rules[id];
        const sample = diagnostics.find((d) => d.ruleId === id);
        const text = info
            ? `${info.help}${info.fix ? `\n\nFix: ${info.fix}` : ''}`
            : (sample?.fix ?? id);
        return {
            id,
            name: id,
            shortDescription: { text: info?.title ?? id },
            fullDescription: { text: info?.help ?? sample?.message ?? id },
            ...((info?.docs ?? sample?.docs) ? { helpUri: info?.docs ?? sample?.docs } : {}),
            help: {
                text,
                markdown: `${text}${info?.docs ? `\n\n[Documentation](${info.docs})` : ''}`,
            },
            defaultConfiguration: { level: LEVEL[info?.severity ?? sample?.severity ?? 'warning'] },
        };
    });
    const results = diagnostics.map((d) => ({
        ruleId: d.ruleId,
        ruleIndex: ids.indexOf(d.ruleId),
        level: LEVEL[d.severity],
        message: {
            text: `${d.package && !d.message.startsWith(d.package) ? `${d.package}: ` : ''}${d.message}${d.fix ? `\nFix: ${d.fix}` : ''}`,
        },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: toUri(d.file ?? options.defaultFile), uriBaseId: '%SRCROOT%' },
                    region: { startLine: d.line ?? 1, ...(d.column ? { startColumn: d.column } : {}) },
                },
            },
        ],
    }));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: options.toolName,
                        version: options.toolVersion,
                        ...(options.informationUri ? { informationUri: options.informationUri } : {}),
                        rules,
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                results,
            },
        ],
    };
}
/** Our SARIF log: this tool, its version and its rule table; paths already relative to the repository. */
function sarifLog(diagnostics, defaultFile) {
    const log = toSarif(diagnostics, {
        toolName: 'docker-to-workers',
        toolVersion: package_namespaceObject.rE,
        rules: RULES,
        defaultFile,
    });
    return `${JSON.stringify(log, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/tier.ts
const FROM = {
    flag: 'from --plan',
    input: 'from the `plan` input',
    default: 'the default of the CLI and the action; `--plan paid` or the `plan` input changes it',
};
/** Which plan's limits check applied, and who chose it: the same line in the CLI, the summary and the comment. */
function renderTier(choice) {
    return `Limits: Workers ${choice.tier} plan (${FROM[choice.source]})`;
}

// EXTERNAL MODULE: ./src/plan/build.ts + 2 modules
var build = __webpack_require__(2375);
// EXTERNAL MODULE: ./src/plan/build-env.ts
var build_env = __webpack_require__(7733);
// EXTERNAL MODULE: ./src/plan/compat.ts
var compat = __webpack_require__(5485);
// EXTERNAL MODULE: ./src/plan/write.ts + 2 modules
var write = __webpack_require__(2086);
// EXTERNAL MODULE: ./src/toolchain/workerd.ts
var workerd = __webpack_require__(9117);
// EXTERNAL MODULE: ./src/toolchain/wrangler.ts
var toolchain_wrangler = __webpack_require__(8937);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/toolchain/wrangler-errors.ts
var wrangler_errors = __webpack_require__(8581);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(767);
// EXTERNAL MODULE: ./src/validate/build-env.ts
var validate_build_env = __webpack_require__(2200);
// EXTERNAL MODULE: ./src/toolchain/packages.ts
var toolchain_packages = __webpack_require__(5134);
// EXTERNAL MODULE: ./src/toolchain/store.ts
var toolchain_store = __webpack_require__(1270);
;// CONCATENATED MODULE: ./src/validate/install.ts





const LOCKFILES = [
    { file: 'pnpm-lock.yaml', manager: 'pnpm' },
    { file: 'yarn.lock', manager: 'yarn' },
    { file: 'bun.lock', manager: 'bun' },
    { file: 'bun.lockb', manager: 'bun' },
    { file: 'package-lock.json', manager: 'npm' },
    { file: 'npm-shrinkwrap.json', manager: 'npm' },
];
/** Install flags of a Dockerfile's RUN line that change what is installed, per package manager. */
const PEER_FLAGS = {
    npm: /^(?:--force|-f|--legacy-peer-deps|--strict-peer-deps)$/,
    pnpm: /^(?:--strict-peer-dependencies|--no-strict-peer-dependencies)$/,
    yarn: /^(?:--ignore-engines|--ignore-optional)$/,
    bun: /^(?:--force)$/,
};
/** Flags that leave devDependencies out (`npm ci --omit=dev`, `--only=production`, `yarn --production`). */
const PRODUCTION_FLAG = /^(?:--omit=dev|--only=prod(?:uction)?|--production(?:=true)?|--prod|-P)$/;
/** Each manager's spelling of "no devDependencies" for the frozen install. */
const PRODUCTION_ARGS = {
    npm: ['--omit=dev'],
    pnpm: ['--prod'],
    yarn: ['--production'],
    bun: ['--production'],
};
/**
 * The flags of the Dockerfile's install step (`RUN npm ci --force`, `npm install --legacy-peer-deps`) that
 * check's install repeats: peer-dependency and engine flags, so an install the image does still works
 * here; `--omit=dev` only when nothing is built (the build needs the devDependencies).
 */
function dockerInstallFlags(steps, dockerfile, manager, needsDevDependencies) {
    const install = new RegExp(`^${manager}\\s+(?:ci|install|i)(?:\\s|$)`);
    for (const step of [...steps].reverse()) {
        const part = step.command
            .split(/&&|;|\|\|/)
            .map((p) => p.trim().replace(/\s+/g, ' '))
            .find((p) => install.test(p) && !/\s(?:-g|--global)\b/.test(p));
        if (!part)
            continue;
        const words = part.split(' ').slice(2);
        const args = words.filter((w) => PEER_FLAGS[manager].test(w));
        const production = words.filter((w) => PRODUCTION_FLAG.test(w) || w === '--omit');
        const skipped = production.length > 0 && needsDevDependencies
            ? [`${production.join(' ')} (the build needs the devDependencies)`]
            : [];
        if (production.length > 0 && !needsDevDependencies)
            args.push(...PRODUCTION_ARGS[manager]);
        return { args, skipped, source: dockerfile ? `${dockerfile}:${step.line}` : null };
    }
    return { args: [], skipped: [], source: null };
}
function frozenInstall(manager, options) {
    const noScripts = options.allowScripts ? [] : ['--ignore-scripts'];
    // npm installs one workspace (and the workspaces it depends on); the others install the whole tree.
    const only = options.workspace ? [`--workspace=${options.workspace}`] : [];
    switch (manager) {
        case 'npm':
            return {
                command: 'npm',
                args: ['ci', '--no-audit', '--no-fund', ...only, ...noScripts],
                env: {},
            };
        case 'pnpm':
            return { command: 'pnpm', args: ['install', '--frozen-lockfile', ...noScripts], env: {} };
        case 'bun':
            return { command: 'bun', args: ['install', '--frozen-lockfile', ...noScripts], env: {} };
        case 'yarn':
            return options.yarnBerry
                ? {
                    command: 'yarn',
                    args: ['install', '--immutable'],
                    env: options.allowScripts ? {} : { YARN_ENABLE_SCRIPTS: 'false' },
                }
                : // Yarn 1 refuses a package whose `engines.node` excludes the runner's Node; the bundle runs on
                    // workerd, not on that Node, so the check does not need it (https://classic.yarnpkg.com/en/docs/cli/install#toc-yarn-install-ignore-engines).
                    {
                        command: 'yarn',
                        args: ['install', '--frozen-lockfile', '--ignore-engines', ...noScripts],
                        env: {},
                    };
    }
}
/**
 * The frozen-lockfile install for a package manager. Install scripts stay off unless allowed: they run
 * arbitrary code, and a Worker cannot use what they usually build (native addons) anyway.
 */
function installCommand(manager, options) {
    const install = frozenInstall(manager, options);
    install.args.push(...(options.flags ?? []));
    const store = options.store
        ? (0,toolchain_store/* storeSettings */.l)(manager, options.store, options.yarnBerry)
        : { args: [], env: {} };
    return {
        command: install.command,
        args: [...install.args, ...store.args],
        env: { ...install.env, ...store.env },
    };
}
const exists = (path) => (0,promises_.access)(path).then(() => true, () => false);
/** The nearest directory from `dir` up to `root` holding a lockfile (the workspace root in a monorepo). */
async function findLockfile(dir, root) {
    for (let current = dir;; current = (0,external_node_path_.dirname)(current)) {
        for (const { file, manager } of LOCKFILES) {
            if (await exists((0,external_node_path_.join)(current, file)))
                return { dir: current, manager };
        }
        if (current === root || (0,external_node_path_.dirname)(current) === current)
            return null;
    }
}
const MANAGERS = ['npm', 'pnpm', 'yarn', 'bun'];
/**
 * `name@version` of package.json's `packageManager` field, or null when absent or not one of ours (an
 * unreadable package.json too: detect reports it with its line).
 */
async function declaredManager(dir) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'package.json'), 'utf8').catch(() => '{}');
    let declared;
    try {
        declared = JSON.parse(text).packageManager;
    }
    catch {
        return null;
    }
    const match = typeof declared === 'string' ? /^([a-z]+)@([^+\s]+)/.exec(declared) : null;
    const manager = MANAGERS.find((m) => m === match?.[1]);
    return manager && match?.[2] ? { manager, version: match[2] } : null;
}
/**
 * The lockfile's package manager, or the one package.json's `packageManager` names (corepack enforces
 * that field, so it wins), with its version; null without a lockfile.
 */
async function projectManager(dir, root) {
    const lock = await findLockfile(dir, root);
    if (!lock)
        return null;
    const declared = await declaredManager(lock.dir);
    const manager = declared?.manager ?? lock.manager;
    const version = declared?.manager === manager ? declared.version : null;
    const yarnBerry = manager === 'yarn' && (await isYarnBerry(lock.dir, version));
    return { dir: lock.dir, manager, version, yarnBerry };
}
/**
 * Yarn 2+: its `packageManager` major, its `.yarnrc.yml`, or its lockfile (YAML with a `__metadata`
 * entry; Yarn 1's has a `# yarn lockfile v1` header instead).
 */
async function isYarnBerry(dir, version) {
    if (version !== null)
        return Number(version.split('.')[0]) >= 2;
    if (await exists((0,external_node_path_.join)(dir, '.yarnrc.yml')))
        return true;
    const lockfile = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'yarn.lock'), 'utf8').catch(() => '');
    return /^__metadata:/m.test(lockfile);
}
/** Names of declared dependencies that Node resolution cannot find from `dir`. */
async function missingDependencies(dir) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'package.json'), 'utf8').catch(() => null);
    if (!text)
        return [];
    const pkg = JSON.parse(text);
    const names = Object.keys(pkg.dependencies ?? {});
    const found = await Promise.all(names.map((name) => (0,toolchain_packages/* findPackageDir */.h)(dir, name)));
    return names.filter((_, i) => !found[i]);
}
/**
 * Installs the app's dependencies from its lockfile when they are not resolvable; returns what happened
 * (nothing when they already are).
 */
async function ensureDependencies(ctx, options) {
    if (!(await exists((0,external_node_path_.join)(options.dir, 'package.json'))) && options.docker) {
        return installNamedPackages(ctx, options.dir, options.root, options.docker, options.allowScripts);
    }
    const missing = await missingDependencies(options.dir);
    if (missing.length === 0)
        return [];
    const project = await projectManager(options.dir, options.root);
    const where = (0,external_node_path_.relative)(options.root, options.dir) || '.';
    const manifest = (0,external_node_path_.relative)(options.root, (0,external_node_path_.join)(options.dir, 'package.json'));
    if (!project) {
        return [
            finding('W002', `${missing.length} dependencies of ${where} are not installed (${missing.slice(0, 3).join(', ')}…) and there is no lockfile`, {
                file: manifest,
            }, {
                fix: 'Commit a lockfile (npm install / pnpm install) so check can install exactly what the image installs.',
            }),
        ];
    }
    const { manager } = project;
    const flags = dockerInstallFlags(options.docker?.steps ?? [], options.docker?.path ?? null, manager, options.build ?? false);
    const install = installCommand(manager, {
        allowScripts: options.allowScripts,
        yarnBerry: project.yarnBerry,
        flags: flags.args,
        store: ctx.env.DOCKER_TO_WORKERS_STORE,
        workspace: options.workspaceMember && project.dir !== options.dir
            ? (0,external_node_path_.relative)(project.dir, options.dir)
            : undefined,
    });
    const shown = `${install.command} ${install.args.join(' ')}`;
    ctx.log.info(`Installing dependencies: ${shown} (in ${(0,external_node_path_.relative)(options.root, project.dir) || '.'})`);
    const result = await ctx
        .exec(install.command, install.args, {
        cwd: project.dir,
        env: install.env,
        timeoutMs: 600_000,
    })
        .catch((error) => ({ exitCode: 127, stdout: '', stderr: String(error) }));
    if (result.exitCode !== 0 && outOfSyncLockInstall(manager, result.stderr, options.docker)) {
        return imageStyleInstall(ctx, project.dir, manifest, options.allowScripts, flags.args, result);
    }
    if (result.exitCode !== 0) {
        const last = failureLines(result.stderr);
        // A spawn that could not start is exit 127, as a shell's "not found" is.
        const missing = managerUnavailable(manager, result.stderr, {
            notStarted: result.exitCode === 127,
            consequence: 'the dependencies could not be installed',
            file: manifest,
        });
        if (missing)
            return [missing];
        return [
            finding('W002', `\`${shown}\` failed (exit ${result.exitCode}): ${last}`, {
                file: manifest,
            }),
        ];
    }
    const from = flags.source ? `; flags from ${flags.source}` : '';
    const skipped = flags.skipped.length > 0 ? `; not repeated: ${flags.skipped.join(', ')}` : '';
    return [
        finding('W001', `Installed dependencies with \`${shown}\`${options.allowScripts ? '' : ' (install scripts off)'}${from}${skipped}`),
    ];
}
/**
 * The packages a Dockerfile's `npm install <name>…` steps name (`RUN npm init -y && npm i express mysql2`),
 * with the line of the step; global tools (`-g`) are not the app's.
 */
function dockerNamedPackages(steps) {
    const specs = [];
    let line = null;
    for (const part of runCommands(steps)) {
        const [tool, verb, ...rest] = part.text.split(/\s+/);
        if (tool !== 'npm' || !['i', 'install', 'add'].includes(verb ?? ''))
            continue;
        if (rest.some((w) => w === '-g' || w === '--global'))
            continue;
        const named = rest.filter((w) => !w.startsWith('-'));
        if (named.length === 0)
            continue;
        specs.push(...named);
        line ??= part.step.line;
    }
    return { specs, line };
}
/** Each command of a Dockerfile's RUN steps (`a && b; c` → a, b, c), with its step's line. */
function runCommands(steps) {
    return steps.flatMap((step) => step.command.split(/&&|;|\|\|/).map((part) => ({ text: part.trim(), step })));
}
/** `express@4.18.3` → `express`, `@scope/x@1` → `@scope/x`; a path or URL spec has no name to look up. */
function specName(spec) {
    if (/^[./]|:/.test(spec))
        return null;
    const at = spec.indexOf('@', 1);
    return at === -1 ? spec : spec.slice(0, at);
}
/**
 * An app without package.json whose image installs its dependencies by name: check installs the same
 * names into the app's directory (`--no-save`: no package.json or lockfile is written there).
 */
async function installNamedPackages(ctx, dir, root, docker, allowScripts) {
    const { specs, line } = dockerNamedPackages(docker.steps);
    if (specs.length === 0)
        return [];
    const names = specs.map(specName);
    const found = await Promise.all(names.map((name) => name && (0,toolchain_packages/* findPackageDir */.h)(dir, name)));
    if (found.every(Boolean))
        return [];
    const args = [
        'install',
        '--prefix',
        dir,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        ...(allowScripts ? [] : ['--ignore-scripts']),
        ...specs,
    ];
    const shown = `npm ${args.filter((a) => a !== dir && a !== '--prefix').join(' ')}`;
    const source = { file: docker.path, ...(line === null ? {} : { line }) };
    ctx.log.info(`Installing the packages ${docker.path} names: ${shown}`);
    const result = await ctx
        .exec('npm', args, { cwd: dir, timeoutMs: 600_000 })
        .catch((error) => ({ exitCode: 127, stdout: '', stderr: String(error) }));
    if (result.exitCode !== 0)
        return [
            finding('W002', `\`${shown}\` (the packages ${docker.path} installs; ${(0,external_node_path_.relative)(root, dir) || '.'} has no package.json) failed (exit ${result.exitCode}): ${failureLines(result.stderr)}`, source),
        ];
    return [
        finding('W001', `Installed the packages ${docker.path} installs by name with \`${shown}\`: ${(0,external_node_path_.relative)(root, dir) || '.'} has no package.json`, source, {
            fix: 'Declare them in a package.json with a lockfile (npm init -y && npm install <names>), so every build installs the same versions.',
        }),
    ];
}
/** npm's refusal of `npm ci` when package-lock.json does not match package.json (EUSAGE). */
const LOCK_OUT_OF_SYNC = /can only install packages when your package\.json and package-lock\.json/;
/**
 * `npm ci` refused a lockfile out of step with package.json, and the image installs with `npm install`
 * (`COPY package.json .` + `RUN npm i` never reads the lockfile): check installs as the image does.
 */
function outOfSyncLockInstall(manager, stderr, docker) {
    if (manager !== 'npm' || !LOCK_OUT_OF_SYNC.test(stderr))
        return false;
    const verbs = runCommands(docker?.steps ?? [])
        .map(({ text }) => text)
        .filter((part) => !/\s(?:-g|--global)\b/.test(part))
        .map((part) => /^npm\s+(ci|install|i)(?:\s|$)/.exec(part)?.[1])
        .filter(Boolean);
    return verbs.length > 0 && verbs.every((verb) => verb !== 'ci');
}
/** `npm install` without reading or writing package-lock.json (the user's file stays as it is). */
async function imageStyleInstall(ctx, dir, manifest, allowScripts, flags, refused) {
    const args = [
        'install',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        ...(allowScripts ? [] : ['--ignore-scripts']),
        ...flags,
    ];
    const shown = `npm ${args.join(' ')}`;
    ctx.log.info(`Installing dependencies as the image does: ${shown}`);
    const result = await ctx
        .exec('npm', args, { cwd: dir, timeoutMs: 600_000 })
        .catch((error) => ({ exitCode: 127, stdout: '', stderr: String(error) }));
    const why = `package-lock.json is out of step with package.json (${failureLines(refused.stderr, 1)})`;
    if (result.exitCode !== 0)
        return [
            finding('W002', `\`${shown}\` failed (exit ${result.exitCode}): ${failureLines(result.stderr)}`, {
                file: manifest,
            }),
        ];
    return [
        finding('W001', `Installed dependencies with \`${shown}\`, as the image's \`npm install\` does: ${why}, so \`npm ci\` refused it`, { file: manifest }, { fix: 'Run `npm install` and commit package-lock.json, so CI installs what you tested.' }),
    ];
}
/**
 * The lines of a failed install that say why: npm prints its usage text after the cause, which would
 * otherwise be all the message quotes.
 */
function failureLines(stderr, count = 3) {
    const lines = [
        ...new Set(stderr
            .split('\n')
            .map((l) => l.replace(/^npm (?:error|ERR!)\s*/, '').trim())
            .filter(Boolean)),
    ];
    const usage = lines.findIndex((l) => /^(?:Usage:|Clean install a project$)/.test(l));
    return (usage > 0 ? lines.slice(0, usage) : lines).slice(-count).join(' ');
}
/** The runners the plan's build commands start with (`npx --no-install tsc`, `bunx …`). */
const RUNNERS = { npx: 'npm', bunx: 'bun' };
/** The package manager a command runs with (`pnpm run build` → pnpm), or null for any other program. */
function managerOfCommand(command) {
    const program = command.trim().split(/\s+/)[0] ?? '';
    return MANAGERS.find((m) => m === program) ?? RUNNERS[program] ?? null;
}
/**
 * W005 when `manager` itself is missing: not on PATH (the spawn failed, or a shell's `pnpm: not found`
 * / bash's `pnpm: command not found`), or corepack could not download the version package.json names.
 * Null when the output says neither.
 */
function managerUnavailable(manager, output, options) {
    const names = [manager, ...Object.keys(RUNNERS).filter((r) => RUNNERS[r] === manager)];
    const notFound = names.some((name) => new RegExp(`(?:^|[\\s/:])${name}: (?:command )?not found|Unable to locate executable file: ${name}\\b`, 'm').test(output));
    const corepack = /corepack/i.test(output)
        ? /Error when performing the request[^\n]*|No compatible signature[^\n]*|fetch failed/.exec(output)
        : null;
    const message = options.notStarted || notFound
        ? `${manager} is not installed (not found on PATH), so ${options.consequence}`
        : corepack
            ? `corepack could not download ${manager}, so ${options.consequence}: ${corepack[0]}`
            : null;
    return message === null
        ? null
        : finding('W005', message, { file: options.file }, { fix: managerFix(manager) });
}
function managerFix(manager) {
    switch (manager) {
        case 'bun':
            return 'Install bun first (https://bun.sh/docs/installation; in a workflow, oven-sh/setup-bun@v2). The action sets it up itself from package.json `packageManager` or `engines.bun`.';
        case 'npm':
            return 'Install Node.js with npm (actions/setup-node).';
        default:
            return `Enable ${manager} with corepack (\`corepack enable ${manager}\`; Node 24 ships corepack) and pin it in package.json, e.g. \`corepack use ${manager}@latest\`. The action runs corepack itself; where the registry is a mirror, set COREPACK_NPM_REGISTRY.`;
    }
}

// EXTERNAL MODULE: ./src/validate/limits.ts
var validate_limits = __webpack_require__(1752);
;// CONCATENATED MODULE: ./src/validate/bundle.ts














/** The label for the app's own code in the size table. */
const APP_CODE = '(app code)';
/** The npm package a path belongs to, from its last `node_modules/` segment. */
function packageOf(path) {
    const parts = path.split(/[\\/]/);
    const index = parts.lastIndexOf('node_modules');
    if (index === -1 || index + 1 >= parts.length)
        return null;
    const first = parts[index + 1];
    return first.startsWith('@') ? `${first}/${parts[index + 2] ?? ''}` : first;
}
/** Every real file that went into the bundle (esbuild's virtual `ns:name` inputs are skipped). */
function bundleInputs(metafile, baseDir) {
    const fromApp = new Set();
    for (const [path, { imports }] of Object.entries(metafile.inputs)) {
        if (packageOf((0,external_node_path_.resolve)(baseDir, path)) !== null)
            continue;
        for (const imported of imports ?? [])
            fromApp.add((0,external_node_path_.resolve)(baseDir, imported.path));
    }
    const inputs = [];
    for (const output of Object.values(metafile.outputs)) {
        for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
            if (/^[\w-]+:/.test(path))
                continue;
            const absolute = (0,external_node_path_.resolve)(baseDir, path);
            const pkg = packageOf(absolute);
            inputs.push({
                path: absolute,
                package: pkg,
                bytesInOutput,
                ...(pkg !== null && fromApp.has(absolute) ? { importedByApp: true } : {}),
            });
        }
    }
    return inputs;
}
/** The largest packages by bytes in the output, with their share of it. */
function topPackages(inputs, count = 10) {
    const sizes = new Map();
    for (const input of inputs) {
        const name = input.package ?? APP_CODE;
        sizes.set(name, (sizes.get(name) ?? 0) + input.bytesInOutput);
    }
    const total = [...sizes.values()].reduce((a, b) => a + b, 0) || 1;
    return [...sizes.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, count)
        .map(([name, bytes]) => ({ package: name, bytes, share: bytes / total }));
}
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
/** Size findings: over the limit (uncompressed, as Cloudflare counts it) is an error, over 80 % a warning. */
function sizeDiagnostics(report, tier) {
    const top = report.topPackages
        .slice(0, 3)
        .map((p) => `${p.package} ${(p.share * 100).toFixed(0)} %`)
        .join(', ');
    const sizes = `${kib(report.rawBytes)} (gzip ${kib(report.gzipBytes)}) of the ${tier} plan's ${kib(report.limitBytes)} uncompressed (${validate_limits/* LIMITS_SOURCE */.Hm}); largest: ${top}`;
    if (report.rawBytes > report.limitBytes)
        return [finding('W801', `Bundle is ${sizes}`)];
    if (report.rawBytes > report.limitBytes * validate_limits/* SIZE_WARNING_RATIO */.xf)
        return [finding('W802', `Bundle is ${sizes}`)];
    return [];
}
const gzipAsync = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
/** The Worker's modules in wrangler's out dir (the bundle and any wasm/text beside it; not maps). */
async function moduleFiles(outDir) {
    const names = await (0,promises_.readdir)(outDir, { recursive: true });
    return names.filter(workerd/* isModuleFile */.LQ).map((name) => (0,external_node_path_.join)(outDir, name));
}
/** Raw and gzip size of the uploadable modules. */
async function measure(files) {
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const file of files) {
        const content = await (0,promises_.readFile)(file).catch(() => null);
        if (!content)
            continue;
        rawBytes += content.length;
        // zlib's thread pool, so a smoke boot or scan running beside it keeps the main thread.
        gzipBytes += (await gzipAsync(content)).length;
    }
    return { rawBytes, gzipBytes };
}
/**
 * The metafile as soon as wrangler has written it — wrangler writes it right after esbuild and then
 * spends a while printing and exiting — or, failing that, whatever is there once wrangler has exited.
 */
function metafileOnceWritten(path, exited) {
    return new Promise((resolvePromise) => {
        let settled = false;
        let watcher;
        const attempt = async (final) => {
            // A half-written file does not parse; the next change event tries again.
            const metafile = await (0,promises_.readFile)(path, 'utf8')
                .then((text) => JSON.parse(text))
                .catch(() => null);
            if (settled || (metafile === null && !final))
                return;
            settled = true;
            watcher?.close();
            resolvePromise(metafile);
        };
        try {
            watcher = (0,external_node_fs_.watch)((0,external_node_path_.dirname)(path), (_event, name) => {
                if (name === (0,external_node_path_.basename)(path))
                    void attempt(false);
            }).on('error', () => watcher?.close());
        }
        catch {
            // No file watching here (e.g. inotify limits): the metafile is read after wrangler exits.
        }
        const finalAttempt = () => attempt(true);
        void exited.then(finalAttempt, finalAttempt);
    });
}
const CUSTOM_BUILD = '[custom build]';
const BUILD_OUTPUT_LINES = 12;
/**
 * A failed custom build as a finding: the command, the last lines it printed (wrangler relays its
 * output line by line behind `[custom build]`) and how to run it locally. Null when wrangler failed
 * for another reason. The message shapes are wrangler's `runCustomBuild` (run-custom-build.ts).
 */
function buildFailure(build, stderr, stdout) {
    const text = (0,wrangler_errors/* stripAnsi */.aJ)(`${stdout}\n${stderr}`);
    const failed = text.includes(`Running custom build \``);
    // The shim imports the build's output: esbuild cannot resolve it when the build did not write it.
    const unresolved = /Could not resolve "([^"]+)"/.exec(text)?.[1];
    const missing = text.includes('not found after running custom build') ||
        (unresolved !== undefined && build.output.endsWith(external_node_path_.posix.basename(unresolved)));
    if (!failed && !missing)
        return null;
    const buildLines = text
        .split('\n')
        .filter((line) => line.includes(CUSTOM_BUILD) && !line.includes('Running:'))
        .map((line) => line.slice(line.indexOf(CUSTOM_BUILD) + CUSTOM_BUILD.length).trimEnd())
        .filter((line) => line.trim() !== '');
    const printed = buildLines.slice(-BUILD_OUTPUT_LINES);
    const file = external_node_path_.posix.join(build.cwd, 'package.json');
    // The command's own package manager missing (`/bin/sh: 1: pnpm: not found`) is W005, as for install.
    const manager = failed ? managerOfCommand(build.command) : null;
    const unavailable = manager &&
        managerUnavailable(manager, text, {
            consequence: `\`${build.command}\` could not run in ${build.cwd}`,
            file,
        });
    if (unavailable)
        return unavailable;
    const exit = /exit code (\d+)/.exec(text)?.[1];
    const hint = failed ? (0,validate_build_env/* buildOutputHint */.R5)(buildLines.join('\n')) : null;
    const what = failed
        ? `\`${build.command}\` failed${exit ? ` (exit ${exit})` : ''}`
        : `\`${build.command}\` ran but did not write ${build.output}, the module the Worker imports`;
    return finding('W810', `${what} in ${build.cwd}${printed.length > 0 ? `; its last lines:\n${printed.join('\n')}` : ''}`, { file }, {
        fix: `Reproduce locally: \`cd ${build.cwd} && ${build.command}\` (after installing the dependencies from the lockfile, dev dependencies included); fix what it prints and commit.${hint ? ` ${hint}` : ''}`,
    });
}
/** The entry module's output (the one esbuild built from an entry point). */
function entryOutput(metafile) {
    return Object.entries(metafile.outputs).find(([, o]) => o.entryPoint);
}
/** Whether the entry imports nothing but the runtime's own modules (no sibling files to wait for). */
function importsOnlyRuntime(output) {
    return (output.imports ?? []).every((i) => !i.external || (0,external_node_module_.isBuiltin)(i.path) || /^(node|cloudflare|workerd):/.test(i.path));
}
/** Bundles the Worker exactly as deploy will (`wrangler deploy --dry-run`) and measures it. */
function bundleWorker(ctx, wrangler, options) {
    const cwd = (0,external_node_path_.dirname)(options.config);
    const metafilePath = (0,external_node_path_.join)((0,external_node_path_.dirname)(options.outDir), 'metafile.json');
    const cleared = Promise.all([
        (0,promises_.rm)(options.outDir, { recursive: true, force: true }),
        (0,promises_.rm)(metafilePath, { force: true }),
        options.upload ? (0,promises_.rm)(options.upload, { force: true }) : undefined,
    ]);
    const run = cleared.then(() => (0,toolchain_wrangler/* runWrangler */.IZ)(ctx, wrangler, [
        'deploy',
        '--dry-run',
        '--outdir',
        options.outDir,
        '--metafile',
        metafilePath,
        ...(options.upload ? ['--outfile', options.upload] : []),
    ], { config: options.config, cwd, env: options.build?.env?.values }));
    const metafile = cleared.then(() => metafileOnceWritten(metafilePath, run));
    const inputs = metafile.then((meta) => (meta ? bundleInputs(meta, cwd) : null));
    const entryPath = (meta) => (0,external_node_path_.resolve)(cwd, entryOutput(meta)?.[0] ?? (0,external_node_path_.join)(options.outDir, 'index.js'));
    const built = run.then(async (run) => {
        const [meta, bundled] = await Promise.all([metafile, inputs]);
        // The custom build's output quotes what it printed: never the user's build-env values.
        const secrets = options.build?.env?.secrets ?? [];
        const result = {
            ...run,
            stdout: (0,redact/* scrubValues */._9)(run.stdout, secrets),
            stderr: (0,redact/* scrubValues */._9)(run.stderr, secrets),
        };
        if (result.exitCode !== 0 || meta === null || bundled === null) {
            const failedBuild = options.build && buildFailure(options.build, result.stderr, result.stdout);
            if (failedBuild)
                return { error: failedBuild };
            const reason = result.exitCode !== 0
                ? (0,wrangler_errors/* errorExcerpt */.MS)(result.stderr, result.stdout)
                : `wrangler wrote no metafile at ${metafilePath}`;
            return { error: finding('W803', `wrangler deploy --dry-run failed: ${reason}`) };
        }
        const modules = await moduleFiles(options.outDir);
        const { rawBytes, gzipBytes } = await measure(modules);
        const report = {
            rawBytes,
            gzipBytes,
            limitBytes: validate_limits/* TIER_LIMITS */.AK[options.tier].scriptBytes,
            topPackages: topPackages(bundled),
        };
        ctx.log.info(`Bundled ${(0,external_node_path_.basename)((0,external_node_path_.dirname)(options.outDir))}: ${kib(rawBytes)} / gzip ${kib(gzipBytes)}`);
        return {
            entry: entryPath(meta),
            modules,
            inputs: bundled,
            report,
            diagnostics: sizeDiagnostics(report, options.tier),
        };
    });
    const files = metafile.then(async (meta) => {
        const output = meta && entryOutput(meta);
        if (output && importsOnlyRuntime(output[1])) {
            const modules = Object.keys(meta.outputs).filter(workerd/* isModuleFile */.LQ);
            return { entry: entryPath(meta), modules: modules.map((m) => (0,external_node_path_.resolve)(cwd, m)) };
        }
        const done = await built;
        return 'error' in done ? null : { entry: done.entry, modules: done.modules };
    });
    return { inputs, files, built };
}

;// CONCATENATED MODULE: ./src/validate/browser-builds.ts




/** The package directory of a path under node_modules (`…/node_modules/@scope/name`). */
function packageDir(path, name) {
    const at = path.lastIndexOf(`node_modules/${name}/`);
    return path.slice(0, at + `node_modules/${name}`.length);
}
async function manifest(dir) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'package.json'), 'utf8').catch(() => null);
    const pkg = text === null ? null : JSON.parse(text);
    const browser = pkg?.browser;
    if (typeof browser !== 'string' && (browser === null || typeof browser !== 'object'))
        return null;
    return {
        browser: browser,
        main: typeof pkg?.main === 'string' ? pkg.main : 'index.js',
    };
}
/** Whether the module is what `browser` swaps in: for the package's main module, or a file inside it. */
function swappedIn(pkg, dir, path) {
    const same = (target, file) => {
        const resolved = (0,external_node_path_.resolve)(dir, target);
        return [resolved, `${resolved}.js`, (0,external_node_path_.join)(resolved, 'index.js')].includes(file);
    };
    if (typeof pkg.browser === 'string')
        return same(pkg.browser, path) ? 'main' : null;
    for (const [from, to] of Object.entries(pkg.browser)) {
        if (typeof to !== 'string' || !same(to, path))
            continue;
        return from.startsWith('.') && same(from, (0,external_node_path_.resolve)(dir, pkg.main)) ? 'main' : 'file';
    }
    return null;
}
/** The first line of `file` that names `specifier` in quotes. */
async function lineOf(file, specifier) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => null);
    const index = text
        ?.split('\n')
        .findIndex((l) => l.includes(`'${specifier}'`) || l.includes(`"${specifier}"`)) ?? -1;
    return index === -1 ? null : index + 1;
}
/** The browser builds in the bundle, from wrangler's metafile (paths relative to `baseDir`). */
async function browserBuilds(metafile, baseDir, root) {
    const absolute = (p) => (0,external_node_path_.resolve)(baseDir, p).split('\\').join('/');
    const found = [];
    for (const input of Object.keys(metafile.inputs)) {
        const path = absolute(input);
        const name = packageOf(path);
        if (!name)
            continue;
        const dir = packageDir(path, name);
        const pkg = await manifest(dir);
        const kind = pkg && swappedIn(pkg, dir, path);
        if (!kind)
            continue;
        const importer = Object.entries(metafile.inputs).find(([, i]) => (i.imports ?? []).some((imp) => imp.path === input));
        const specifier = importer?.[1].imports?.find((imp) => imp.path === input)?.original;
        found.push({
            package: name,
            file: (0,external_node_path_.relative)(root, path).split('\\').join('/'),
            kind,
            importer: importer
                ? {
                    file: (0,external_node_path_.relative)(root, absolute(importer[0])).split('\\').join('/'),
                    line: specifier ? await lineOf(absolute(importer[0]), specifier) : null,
                }
                : null,
        });
    }
    return found;
}
/** Whether a start-up error names the browser build (its file in the stack, or `<package>.` in the message). */
function implicated(build, error) {
    const name = build.package.split('/').pop();
    return error.includes(build.file.split('node_modules/').pop()) || error.includes(`${name}.`);
}
/**
 * W906 for each browser build a start-up crash points at, at the line that imports it, with the alias
 * that gives the bundle the Node build instead (or why an alias cannot, when files inside are swapped).
 */
async function browserBuildFindings(metafilePath, root, crash) {
    const text = await (0,promises_.readFile)(metafilePath, 'utf8').catch(() => null);
    if (text === null)
        return [];
    const builds = await browserBuilds(JSON.parse(text), (0,external_node_path_.dirname)(metafilePath), root);
    return builds
        .filter((b) => implicated(b, crash))
        .map((b) => finding('W906', `The bundle took ${b.package}'s browser build (${external_node_path_.posix.basename(b.file)}, its package.json "browser" field): wrangler bundles with the browser condition, and the start-up crash points at it`, b.importer
        ? { file: b.importer.file, line: b.importer.line ?? undefined, package: b.package }
        : { package: b.package }, {
        fix: b.kind === 'main'
            ? `Give the bundle the Node build: add "alias": { "${b.package}": "${b.package}" } to wrangler.jsonc (wrangler resolves a bare alias with Node's resolution, which ignores "browser").`
            : `${b.package}'s "browser" field swaps ${external_node_path_.posix.basename(b.file)} inside the package, which an alias of the package cannot undo: alias ${b.package} to a module of your own that requires its Node files by their package paths (e.g. "${b.package}/<file>", aliased to itself), or replace ${b.package}.`,
    }));
}

// EXTERNAL MODULE: ./src/toolchain/npm.ts
var npm = __webpack_require__(2494);
;// CONCATENATED MODULE: ./src/validate/opennext.ts










/** The adapter's CLI module (package.json `bin.opennextjs-cloudflare`). */
const CLI = 'dist/cli/index.js';
/** Config names the adapter looks for in the app (its `findOpenNextConfig`). */
const CONFIG_NAMES = ['open-next.config.ts', 'open-next.config.mjs', 'open-next.config.js'];
/** The headers the adapter prints before `next build`, and once it succeeded and its own bundling starts. */
const NEXT_STAGE = 'OpenNext — Building Next.js app';
const ADAPTER_STAGE = 'OpenNext — Generating bundle';
const OUTPUT_LINES = 12;
const opennext_exists = (path) => (0,promises_.access)(path).then(() => true, () => false);
/** The tool-cache folder of the pinned adapter (action.yml caches it for Next.js repositories). */
const ADAPTER_CACHE_FOLDER = `opennextjs-cloudflare-${build/* OPEN_NEXT_VERSION */.gf}`;
/**
 * The app's adapter, or the pinned release installed once into the tool cache — never into the app.
 * Its peers are not installed (the app brings `next`; `wrangler` is the one check runs, linked beside it).
 */
async function resolveAdapter(ctx, wrangler, appDir) {
    const own = await (0,toolchain_packages/* findPackageDir */.h)(appDir, build/* OPEN_NEXT_ADAPTER */.JR);
    if (own)
        return { dir: own, pinned: false };
    const prefix = (0,external_node_path_.join)((0,toolchain_wrangler/* cacheRoot */.P5)(ctx), ADAPTER_CACHE_FOLDER);
    const dir = (0,external_node_path_.join)(prefix, 'node_modules', build/* OPEN_NEXT_ADAPTER */.JR);
    if (!(await opennext_exists((0,external_node_path_.join)(dir, CLI)))) {
        const failure = await (0,npm/* installInto */.a)(ctx, prefix, [`${build/* OPEN_NEXT_ADAPTER */.JR}@${build/* OPEN_NEXT_VERSION */.gf}`], 600_000, 
        // Peers (next, wrangler) are the app's and check's own; the adapter has no install scripts to run.
        { npm_config_legacy_peer_deps: 'true', npm_config_ignore_scripts: 'true' });
        if (failure)
            return { error: failure };
    }
    const link = (0,external_node_path_.join)(prefix, 'node_modules', 'wrangler');
    if ((await (0,promises_.readlink)(link).catch(() => null)) !== wrangler.packageDir) {
        await (0,promises_.rm)(link, { recursive: true, force: true });
        await (0,promises_.symlink)(wrangler.packageDir, link, 'dir');
    }
    return { dir, pinned: true };
}
/**
 * The OpenNext config the build uses: the app's own, else the generated one, written inside the
 * adapter's node_modules (where its import of the adapter resolves) so the app's tree is left alone.
 */
async function configFor(appDir, adapter) {
    for (const name of CONFIG_NAMES) {
        if (await opennext_exists((0,external_node_path_.join)(appDir, name)))
            return (0,external_node_path_.join)(appDir, name);
    }
    const modules = (0,external_node_path_.dirname)((0,external_node_path_.dirname)(adapter.dir));
    const path = (0,external_node_path_.join)(modules, '.cache', 'docker-to-workers', 'open-next.config.ts');
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, build/* OPEN_NEXT_CONFIG */.mv);
    return path;
}
/** The lines a failed build printed that say why: no stack frames, no Node's re-print of the failed child. */
function opennext_failureLines(output) {
    const lines = (0,wrangler_errors/* stripAnsi */.aJ)(output)
        .split('\n')
        .map((line) => line.trimEnd())
        // Stack frames and the adapter's boxed headers say nothing about the cause.
        .filter((line) => line.trim() !== '' && !/^\s+at |^[┌│└]/.test(line));
    // `execSync` failing prints `node:internal/…` and `Error: Command failed: <cmd>`: the cause is above.
    const rethrow = lines.findLastIndex((line) => line.startsWith('node:internal/'));
    const cut = rethrow > 0 && lines.slice(rethrow).some((line) => line.startsWith('Error: Command failed:'))
        ? lines.slice(0, rethrow)
        : lines;
    return cut.slice(-OUTPUT_LINES);
}
/**
 * The finding for a failed adapter build: `next build` itself (W810, the build the image runs too, so
 * it says nothing about Workers) or the adapter's step after it (W811, the Worker path failed).
 */
function openNextFailure(output, exitCode, where) {
    const text = (0,wrangler_errors/* stripAnsi */.aJ)(output);
    const adapterStage = text.includes(ADAPTER_STAGE);
    const hint = (0,validate_build_env/* buildOutputHint */.R5)(text);
    // The app's build the adapter ran (`bun run build`): what reproduces a `next build` failure.
    const inner = /^Error: Command failed: (.+)$/m.exec(text)?.[1];
    const reproduce = !adapterStage && inner ? inner : where.reproduce;
    // Before `next build` (a config the adapter rejects, a missing peer) nothing about the app was tried.
    const what = adapterStage
        ? `\`next build\` succeeded, then \`opennextjs-cloudflare build\` failed (exit ${exitCode})`
        : text.includes(NEXT_STAGE)
            ? `\`opennextjs-cloudflare build\` failed in \`next build\` (exit ${exitCode})`
            : `\`opennextjs-cloudflare build\` failed before \`next build\` (exit ${exitCode})`;
    return finding(adapterStage ? 'W811' : 'W810', `${what} in ${where.dir}; its last lines:\n${opennext_failureLines(output).join('\n')}`, { file: where.file }, {
        fix: `Reproduce locally: \`cd ${where.dir} && ${reproduce}\` (after installing the dependencies from the lockfile${reproduce === inner ? '; it is the build `opennextjs-cloudflare build` runs first' : ''}); fix what it prints and commit.${hint ? ` ${hint}` : adapterStage || !inner ? '' : ' A value `next build` needs (an environment variable read at module scope) must be set where the build runs: list it in `build-env` (CLI: --build-env) with the value in the job env, or commit it in .env.production.'}`,
    });
}
/**
 * Builds a Next.js app for Workers as Cloudflare documents it (https://opennext.js.org/cloudflare):
 * `opennextjs-cloudflare build` with the generated Wrangler config, which writes .open-next/worker.js
 * and .open-next/assets in the app. Returns what happened: a note on success, else why not.
 */
async function buildOpenNext(ctx, wrangler, options) {
    const dir = (0,external_node_path_.relative)(options.root, options.appDir) || '.';
    const file = (0,external_node_path_.join)(dir, 'package.json');
    const adapter = await resolveAdapter(ctx, wrangler, options.appDir);
    if ('error' in adapter) {
        return {
            built: false,
            diagnostics: [
                finding('W002', `${build/* OPEN_NEXT_ADAPTER */.JR}@${build/* OPEN_NEXT_VERSION */.gf}, the Next.js adapter, could not be installed: ${adapter.error}`, { file }),
            ],
        };
    }
    const openNextConfig = await configFor(options.appDir, adapter);
    const args = ['build', '--config', options.config, '--openNextConfigPath', openNextConfig];
    ctx.log.info(`Building ${dir} with opennextjs-cloudflare ${args.join(' ')}`);
    const result = await ctx
        .exec(process.execPath, [(0,external_node_path_.join)(adapter.dir, CLI), ...args], {
        cwd: options.appDir,
        // CI: the adapter never prompts (it fails instead); no telemetry call from `next build`.
        // The build's variables (Dockerfile ENV/ARG, the user's build-env) reach this process only.
        env: { ...options.env?.values, CI: 'true', NEXT_TELEMETRY_DISABLED: '1' },
        timeoutMs: 1_200_000,
    })
        .catch((error) => ({ exitCode: 127, stdout: '', stderr: String(error) }));
    const reproduce = `npx opennextjs-cloudflare build --config ${(0,external_node_path_.relative)(options.appDir, options.config)}`;
    if (result.exitCode !== 0) {
        const output = (0,redact/* scrubValues */._9)(`${result.stdout}\n${result.stderr}`, options.env?.secrets ?? []);
        return {
            built: false,
            diagnostics: [openNextFailure(output, result.exitCode, { dir, file, reproduce })],
        };
    }
    const how = adapter.pinned
        ? `${build/* OPEN_NEXT_ADAPTER */.JR}@${build/* OPEN_NEXT_VERSION */.gf}, which the app does not install (check installed it in its tool cache, not in the app; MIGRATION.md lists the steps to add it)`
        : `the app's own ${build/* OPEN_NEXT_ADAPTER */.JR}`;
    const config = openNextConfig.startsWith(options.appDir)
        ? ''
        : '; the generated open-next.config.ts stood in for the one the app lacks';
    return {
        built: true,
        diagnostics: [
            finding('W812', `Built ${dir} with \`opennextjs-cloudflare build\` from ${how}${config}`, {
                file,
            }),
        ],
    };
}

// EXTERNAL MODULE: ./src/plan/installed.ts
var plan_installed = __webpack_require__(4089);
// EXTERNAL MODULE: ./src/plan/config.ts
var plan_config = __webpack_require__(4061);
// EXTERNAL MODULE: ./src/plan/pitfalls.ts + 1 modules
var pitfalls = __webpack_require__(799);
// EXTERNAL MODULE: ./src/plan/remedies.ts
var plan_remedies = __webpack_require__(883);
;// CONCATENATED MODULE: ./src/validate/pitfalls.ts







/** Pitfalls the scanner reports more precisely by itself (W401 native addons; code patterns). */
const COVERED_BY_SCANNER = new Set(['native-addon']);
function remedyFix(pitfall) {
    const { remedy } = pitfall;
    if (remedy.kind === 'alias') {
        return `Let plan remedy it (run without --no-remedies: ${remedy.description}), or pin ${remedy.replacement.name}@^${remedy.replacement.version} with "overrides" in package.json.`;
    }
    if (remedy.kind !== 'code' && remedy.kind !== 'container') {
        return `Let plan remedy it (run without --no-remedies: ${remedy.description}).`;
    }
    return `${remedy.change[0].toUpperCase()}${remedy.change.slice(1)}.`;
}
/** The quoted error text of a pitfall's effect (e.g. `TypeError: require_streams(...) is not a function`). */
function pitfallSignature(pitfall) {
    return /`([^`]+)`/.exec(pitfall.effect)?.[1] ?? null;
}
/** Package pitfalls from plan's table that the installed tree shows and the plan did not remedy. */
async function unremediedHits(worker, manifestPath) {
    const dependencies = await appDependencies((0,external_node_path_.dirname)(manifestPath), manifestPath);
    if (!dependencies)
        return [];
    const installed = await (0,plan_installed/* installedTree */.d)((0,external_node_path_.dirname)(manifestPath), dependencies);
    const remedied = new Set(worker.remedies.map((r) => r.pitfallId));
    return (0,pitfalls/* findPitfalls */.J)({ installed, dependencies, sources: [] }).filter((hit) => !remedied.has(hit.pitfall.id) && !COVERED_BY_SCANNER.has(hit.pitfall.id));
}
/**
 * The app's dependencies: its package.json's; without one (an image that runs `npm i express mysql2`),
 * the packages installed at the top of its node_modules, at their installed versions.
 */
async function appDependencies(dir, manifestPath) {
    const text = await (0,promises_.readFile)(manifestPath, 'utf8').catch(() => null);
    if (text !== null) {
        try {
            return JSON.parse(text).dependencies ?? {};
        }
        catch {
            return null;
        }
    }
    const names = await topLevelPackages((0,external_node_path_.join)(dir, 'node_modules'));
    if (names.length === 0)
        return null;
    const tree = await (0,plan_installed/* installedTree */.d)(dir, Object.fromEntries(names.map((n) => [n, '*'])));
    return Object.fromEntries(tree.filter((p) => p.via === p.name).map((p) => [p.name, p.version]));
}
/** Package names directly under node_modules (`@scope/name` for scoped ones). */
async function topLevelPackages(modules) {
    const entries = await (0,promises_.readdir)(modules).catch(() => []);
    const names = await Promise.all(entries
        .filter((e) => !e.startsWith('.'))
        .map(async (e) => e.startsWith('@')
        ? (await (0,promises_.readdir)((0,external_node_path_.join)(modules, e)).catch(() => [])).map((n) => `${e}/${n}`)
        : [e]));
    return names.flat();
}
/** Remedies that change only the build (the shim's own export stays as planned). */
const BUILD_ONLY = new Set([
    'alias',
    'node-build',
    'stand-in',
    'define',
]);
/**
 * Plan, run on a fresh clone, sees only declared dependencies: a pitfall deeper in the tree (iconv-lite
 * 0.4 under a framework's express 4) shows once check has installed them. Its build remedy then goes
 * into the Worker's generated files as plan would have put it; returns whether any did (the caller
 * writes the plan again). Nothing changes with remedies off.
 */
async function remedyInstalledPitfalls(worker, root, remediesOn) {
    const generated = worker.generated;
    if (!generated || !remediesOn)
        return false;
    const hits = (await unremediedHits(worker, (0,external_node_path_.join)(root, worker.dir, 'package.json'))).filter((hit) => BUILD_ONLY.has(hit.pitfall.remedy.kind));
    if (hits.length === 0)
        return false;
    const remedies = (0,plan_remedies/* planRemedies */.E)(hits, false);
    const config = generated.config;
    if (Object.keys(remedies.alias).length > 0) {
        config.alias = { ...config.alias, ...remedies.alias };
        generated.comments.alias ??= plan_config/* REMEDY_COMMENTS */.i4.alias;
    }
    if (Object.keys(remedies.define).length > 0) {
        config.define = {
            ...config.define,
            ...remedies.define,
        };
        generated.comments.define ??= plan_config/* REMEDY_COMMENTS */.i4.define;
    }
    Object.assign(generated.modules, remedies.modules);
    generated.vendor.push(...remedies.vendor);
    worker.remedies.push(...remedies.applied);
    return true;
}
/** Package pitfalls from plan's table that the installed tree shows and the plan did not remedy. */
async function unremediedPitfalls(worker, root, remediesOn) {
    const manifestPath = (0,external_node_path_.join)(root, worker.dir, 'package.json');
    return (await unremediedHits(worker, manifestPath)).map(({ pitfall, evidence }) => ({
        pitfall,
        diagnostic: finding('W501', `${pitfall.title}: ${evidence} — ${pitfall.effect}${remediesOn ? '' : ' (remedies are off)'}`, { file: (0,external_node_path_.relative)(root, manifestPath), package: pitfall.detect.installed?.[0]?.name }, { fix: remedyFix(pitfall) }),
    }));
}

;// CONCATENATED MODULE: ./node_modules/acorn-walk/dist/walk.mjs
// AST walker module for ESTree compatible trees

// A simple walk is one where you simply specify callbacks to be
// called on specific nodes. The last two arguments are optional. A
// simple use would be
//
//     walk.simple(myTree, {
//         Expression: function(node) { ... }
//     });
//
// to do something with all expressions. All ESTree node types
// can be used to identify node types, as well as Expression and
// Statement, which denote categories of nodes.
//
// The base argument can be used to pass a custom (recursive)
// walker, and state can be used to give this walked an initial
// state.

function simple(node, visitors, baseVisitor, state, override) {
  if (!baseVisitor) { baseVisitor = base
  ; }(function c(node, st, override) {
    var type = override || node.type;
    visitNode(baseVisitor, type, node, st, c);
    if (visitors[type]) { visitors[type](node, st); }
  })(node, state, override);
}

// An ancestor walk keeps an array of ancestor nodes (including the
// current node) and passes them to the callback as third parameter
// (and also as state parameter when no other state is present).
function ancestor(node, visitors, baseVisitor, state, override) {
  var ancestors = [];
  if (!baseVisitor) { baseVisitor = base
  ; }(function c(node, st, override) {
    var type = override || node.type;
    var isNew = node !== ancestors[ancestors.length - 1];
    if (isNew) { ancestors.push(node); }
    visitNode(baseVisitor, type, node, st, c);
    if (visitors[type]) { visitors[type](node, st || ancestors, ancestors); }
    if (isNew) { ancestors.pop(); }
  })(node, state, override);
}

// A recursive walk is one where your functions override the default
// walkers. They can modify and replace the state parameter that's
// threaded through the walk, and can opt how and whether to walk
// their child nodes (by calling their third argument on these
// nodes).
function recursive(node, state, funcs, baseVisitor, override) {
  var visitor = funcs ? make(funcs, baseVisitor || undefined) : baseVisitor
  ;(function c(node, st, override) {
    visitor[override || node.type](node, st, c);
  })(node, state, override);
}

function makeTest(test) {
  if (typeof test === "string")
    { return function (type) { return type === test; } }
  else if (!test)
    { return function () { return true; } }
  else
    { return test }
}

var Found = function Found(node, state) { this.node = node; this.state = state; };

// A full walk triggers the callback on each node
function full(node, callback, baseVisitor, state, override) {
  if (!baseVisitor) { baseVisitor = base; }
  var last
  ;(function c(node, st, override) {
    var type = override || node.type;
    visitNode(baseVisitor, type, node, st, c);
    if (last !== node) {
      callback(node, st, type);
      last = node;
    }
  })(node, state, override);
}

// An fullAncestor walk is like an ancestor walk, but triggers
// the callback on each node
function fullAncestor(node, callback, baseVisitor, state) {
  if (!baseVisitor) { baseVisitor = base; }
  var ancestors = [], last
  ;(function c(node, st, override) {
    var type = override || node.type;
    var isNew = node !== ancestors[ancestors.length - 1];
    if (isNew) { ancestors.push(node); }
    visitNode(baseVisitor, type, node, st, c);
    if (last !== node) {
      callback(node, st || ancestors, ancestors, type);
      last = node;
    }
    if (isNew) { ancestors.pop(); }
  })(node, state);
}

// Find a node with a given start, end, and type (all are optional,
// null can be used as wildcard). Returns a {node, state} object, or
// undefined when it doesn't find a matching node.
function findNodeAt(node, start, end, test, baseVisitor, state) {
  if (!baseVisitor) { baseVisitor = base; }
  test = makeTest(test);
  try {
    (function c(node, st, override) {
      var type = override || node.type;
      if ((start == null || node.start <= start) &&
          (end == null || node.end >= end))
        { visitNode(baseVisitor, type, node, st, c); }
      if ((start == null || node.start === start) &&
          (end == null || node.end === end) &&
          test(type, node))
        { throw new Found(node, st) }
    })(node, state);
  } catch (e) {
    if (e instanceof Found) { return e }
    throw e
  }
}

// Find the innermost node of a given type that contains the given
// position. Interface similar to findNodeAt.
function findNodeAround(node, pos, test, baseVisitor, state) {
  test = makeTest(test);
  if (!baseVisitor) { baseVisitor = base; }
  try {
    (function c(node, st, override) {
      var type = override || node.type;
      if (node.start > pos || node.end < pos) { return }
      visitNode(baseVisitor, type, node, st, c);
      if (test(type, node)) { throw new Found(node, st) }
    })(node, state);
  } catch (e) {
    if (e instanceof Found) { return e }
    throw e
  }
}

// Find the outermost matching node after a given position.
function findNodeAfter(node, pos, test, baseVisitor, state) {
  test = makeTest(test);
  if (!baseVisitor) { baseVisitor = base; }
  try {
    (function c(node, st, override) {
      if (node.end < pos) { return }
      var type = override || node.type;
      if (node.start >= pos && test(type, node)) { throw new Found(node, st) }
      visitNode(baseVisitor, type, node, st, c);
    })(node, state);
  } catch (e) {
    if (e instanceof Found) { return e }
    throw e
  }
}

// Find the outermost matching node before a given position.
function findNodeBefore(node, pos, test, baseVisitor, state) {
  test = makeTest(test);
  if (!baseVisitor) { baseVisitor = base; }
  var max
  ;(function c(node, st, override) {
    if (node.start > pos) { return }
    var type = override || node.type;
    if (node.end <= pos && (!max || max.node.end < node.end) && test(type, node))
      { max = new Found(node, st); }
    visitNode(baseVisitor, type, node, st, c);
  })(node, state);
  return max
}

// Used to create a custom walker. Will fill in all missing node
// type properties with the defaults.
function make(funcs, baseVisitor) {
  var visitor = Object.create(baseVisitor || base);
  for (var type in funcs) { visitor[type] = funcs[type]; }
  return visitor
}

function skipThrough(node, st, c) { c(node, st); }
function ignore(_node, _st, _c) {}

function visitNode(baseVisitor, type, node, st, c) {
  if (baseVisitor[type] == null) { throw new Error(("No walker function defined for node type " + type)) }
  baseVisitor[type](node, st, c);
}

// Node walkers.

var base = {};

base.Program = base.BlockStatement = base.StaticBlock = function (node, st, c) {
  for (var i = 0, list = node.body; i < list.length; i += 1)
    {
    var stmt = list[i];

    c(stmt, st, "Statement");
  }
};
base.Statement = skipThrough;
base.EmptyStatement = ignore;
base.ExpressionStatement = base.ParenthesizedExpression = base.ChainExpression =
  function (node, st, c) { return c(node.expression, st, "Expression"); };
base.IfStatement = function (node, st, c) {
  c(node.test, st, "Expression");
  c(node.consequent, st, "Statement");
  if (node.alternate) { c(node.alternate, st, "Statement"); }
};
base.LabeledStatement = function (node, st, c) { return c(node.body, st, "Statement"); };
base.BreakStatement = base.ContinueStatement = ignore;
base.WithStatement = function (node, st, c) {
  c(node.object, st, "Expression");
  c(node.body, st, "Statement");
};
base.SwitchStatement = function (node, st, c) {
  c(node.discriminant, st, "Expression");
  for (var i = 0, list = node.cases; i < list.length; i += 1) {
    var cs = list[i];

    c(cs, st);
  }
};
base.SwitchCase = function (node, st, c) {
  if (node.test) { c(node.test, st, "Expression"); }
  for (var i = 0, list = node.consequent; i < list.length; i += 1)
    {
    var cons = list[i];

    c(cons, st, "Statement");
  }
};
base.ReturnStatement = base.YieldExpression = base.AwaitExpression = function (node, st, c) {
  if (node.argument) { c(node.argument, st, "Expression"); }
};
base.ThrowStatement = base.SpreadElement =
  function (node, st, c) { return c(node.argument, st, "Expression"); };
base.TryStatement = function (node, st, c) {
  c(node.block, st, "Statement");
  if (node.handler) { c(node.handler, st); }
  if (node.finalizer) { c(node.finalizer, st, "Statement"); }
};
base.CatchClause = function (node, st, c) {
  if (node.param) { c(node.param, st, "Pattern"); }
  c(node.body, st, "Statement");
};
base.WhileStatement = base.DoWhileStatement = function (node, st, c) {
  c(node.test, st, "Expression");
  c(node.body, st, "Statement");
};
base.ForStatement = function (node, st, c) {
  if (node.init) { c(node.init, st, "ForInit"); }
  if (node.test) { c(node.test, st, "Expression"); }
  if (node.update) { c(node.update, st, "Expression"); }
  c(node.body, st, "Statement");
};
base.ForInStatement = base.ForOfStatement = function (node, st, c) {
  c(node.left, st, "ForInit");
  c(node.right, st, "Expression");
  c(node.body, st, "Statement");
};
base.ForInit = function (node, st, c) {
  if (node.type === "VariableDeclaration") { c(node, st); }
  else { c(node, st, "Expression"); }
};
base.DebuggerStatement = ignore;

base.FunctionDeclaration = function (node, st, c) { return c(node, st, "Function"); };
base.VariableDeclaration = function (node, st, c) {
  for (var i = 0, list = node.declarations; i < list.length; i += 1)
    {
    var decl = list[i];

    c(decl, st);
  }
};
base.VariableDeclarator = function (node, st, c) {
  c(node.id, st, "Pattern");
  if (node.init) { c(node.init, st, "Expression"); }
};

base.Function = function (node, st, c) {
  if (node.id) { c(node.id, st, "Pattern"); }
  for (var i = 0, list = node.params; i < list.length; i += 1)
    {
    var param = list[i];

    c(param, st, "Pattern");
  }
  c(node.body, st, node.expression ? "Expression" : "Statement");
};

base.Pattern = function (node, st, c) {
  if (node.type === "Identifier")
    { c(node, st, "VariablePattern"); }
  else if (node.type === "MemberExpression")
    { c(node, st, "MemberPattern"); }
  else
    { c(node, st); }
};
base.VariablePattern = ignore;
base.MemberPattern = skipThrough;
base.RestElement = function (node, st, c) { return c(node.argument, st, "Pattern"); };
base.ArrayPattern = function (node, st, c) {
  for (var i = 0, list = node.elements; i < list.length; i += 1) {
    var elt = list[i];

    if (elt) { c(elt, st, "Pattern"); }
  }
};
base.ObjectPattern = function (node, st, c) {
  for (var i = 0, list = node.properties; i < list.length; i += 1) {
    var prop = list[i];

    if (prop.type === "Property") {
      if (prop.computed) { c(prop.key, st, "Expression"); }
      c(prop.value, st, "Pattern");
    } else if (prop.type === "RestElement") {
      c(prop.argument, st, "Pattern");
    }
  }
};

base.Expression = skipThrough;
base.ThisExpression = base.Super = base.MetaProperty = ignore;
base.ArrayExpression = function (node, st, c) {
  for (var i = 0, list = node.elements; i < list.length; i += 1) {
    var elt = list[i];

    if (elt) { c(elt, st, "Expression"); }
  }
};
base.ObjectExpression = function (node, st, c) {
  for (var i = 0, list = node.properties; i < list.length; i += 1)
    {
    var prop = list[i];

    c(prop, st);
  }
};
base.FunctionExpression = base.ArrowFunctionExpression = base.FunctionDeclaration;
base.SequenceExpression = function (node, st, c) {
  for (var i = 0, list = node.expressions; i < list.length; i += 1)
    {
    var expr = list[i];

    c(expr, st, "Expression");
  }
};
base.TemplateLiteral = function (node, st, c) {
  for (var i = 0, list = node.quasis; i < list.length; i += 1)
    {
    var quasi = list[i];

    c(quasi, st);
  }

  for (var i$1 = 0, list$1 = node.expressions; i$1 < list$1.length; i$1 += 1)
    {
    var expr = list$1[i$1];

    c(expr, st, "Expression");
  }
};
base.TemplateElement = ignore;
base.UnaryExpression = base.UpdateExpression = function (node, st, c) {
  c(node.argument, st, "Expression");
};
base.BinaryExpression = base.LogicalExpression = function (node, st, c) {
  c(node.left, st, "Expression");
  c(node.right, st, "Expression");
};
base.AssignmentExpression = base.AssignmentPattern = function (node, st, c) {
  c(node.left, st, "Pattern");
  c(node.right, st, "Expression");
};
base.ConditionalExpression = function (node, st, c) {
  c(node.test, st, "Expression");
  c(node.consequent, st, "Expression");
  c(node.alternate, st, "Expression");
};
base.NewExpression = base.CallExpression = function (node, st, c) {
  c(node.callee, st, "Expression");
  if (node.arguments)
    { for (var i = 0, list = node.arguments; i < list.length; i += 1)
      {
        var arg = list[i];

        c(arg, st, "Expression");
      } }
};
base.MemberExpression = function (node, st, c) {
  c(node.object, st, "Expression");
  if (node.computed) { c(node.property, st, "Expression"); }
};
base.ExportNamedDeclaration = base.ExportDefaultDeclaration = function (node, st, c) {
  if (node.declaration)
    { c(node.declaration, st, node.type === "ExportNamedDeclaration" || node.declaration.id ? "Statement" : "Expression"); }
  if (node.source) { c(node.source, st, "Expression"); }
  if (node.attributes)
    { for (var i = 0, list = node.attributes; i < list.length; i += 1)
      {
        var attr = list[i];

        c(attr, st);
      } }
};
base.ExportAllDeclaration = function (node, st, c) {
  if (node.exported)
    { c(node.exported, st); }
  c(node.source, st, "Expression");
  if (node.attributes)
    { for (var i = 0, list = node.attributes; i < list.length; i += 1)
      {
        var attr = list[i];

        c(attr, st);
      } }
};
base.ImportAttribute = function (node, st, c) {
  c(node.value, st, "Expression");
};
base.ImportDeclaration = function (node, st, c) {
  for (var i = 0, list = node.specifiers; i < list.length; i += 1)
    {
    var spec = list[i];

    c(spec, st);
  }
  c(node.source, st, "Expression");
  if (node.attributes)
    { for (var i$1 = 0, list$1 = node.attributes; i$1 < list$1.length; i$1 += 1)
      {
        var attr = list$1[i$1];

        c(attr, st);
      } }
};
base.ImportExpression = function (node, st, c) {
  c(node.source, st, "Expression");
  if (node.options) { c(node.options, st, "Expression"); }
};
base.ImportSpecifier = base.ImportDefaultSpecifier = base.ImportNamespaceSpecifier = base.Identifier = base.PrivateIdentifier = base.Literal = ignore;

base.TaggedTemplateExpression = function (node, st, c) {
  c(node.tag, st, "Expression");
  c(node.quasi, st, "Expression");
};
base.ClassDeclaration = base.ClassExpression = function (node, st, c) { return c(node, st, "Class"); };
base.Class = function (node, st, c) {
  if (node.id) { c(node.id, st, "Pattern"); }
  if (node.superClass) { c(node.superClass, st, "Expression"); }
  c(node.body, st);
};
base.ClassBody = function (node, st, c) {
  for (var i = 0, list = node.body; i < list.length; i += 1)
    {
    var elt = list[i];

    c(elt, st);
  }
};
base.MethodDefinition = base.PropertyDefinition = base.Property = function (node, st, c) {
  if (node.computed) { c(node.key, st, "Expression"); }
  if (node.value) { c(node.value, st, "Expression"); }
};



// EXTERNAL MODULE: ./src/util/parse-js.ts
var parse_js = __webpack_require__(8055);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/validate/sources.ts






let transformer = null;
/** esbuild from the wrangler install (the same one that bundles), loaded at run time. */
async function loadTransform(wrangler) {
    const dir = await (0,toolchain_packages/* findPackageDir */.h)(wrangler.packageDir, 'esbuild');
    if (!dir)
        throw new Error(`esbuild is missing from the wrangler install at ${wrangler.packageDir}`);
    const pkg = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'package.json'), 'utf8'));
    const mod = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(dir, pkg.main)).href));
    const transform = mod.transform ?? mod.default?.transform;
    if (!transform)
        throw new Error('esbuild has no transform()');
    return transform;
}
/** Synchronous: a bundle has thousands of small modules, and async reads cost several times more each. */
function readText(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return null;
    }
}
const TYPESCRIPT = /\.(?:ts|tsx|mts|cts)$/;
async function readScannable(path, wrangler) {
    const original = readText(path);
    if (original === null)
        return null;
    if (!TYPESCRIPT.test(path))
        return { original, code: original, originalLine: (line) => line };
    transformer ??= loadTransform(wrangler);
    const transform = await transformer;
    const result = await transform(original, {
        loader: path.endsWith('x') ? 'tsx' : 'ts',
        format: 'esm',
        sourcemap: 'external',
        sourcefile: path,
        target: 'esnext',
        // NestJS-style parameter decorators need the legacy decorator syntax.
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true } },
    });
    const map = new external_node_module_.SourceMap(JSON.parse(result.map));
    return {
        original,
        code: result.code,
        originalLine(line, column) {
            const entry = map.findEntry(line - 1, column - 1);
            return 'originalLine' in entry ? entry.originalLine + 1 : line;
        },
    };
}
/**
 * The origin of each position in a file the app's own build bundled (esbuild, webpack, tsup) with its
 * dependencies inlined, from the source map its `sourceMappingURL` comment names; null for a file with
 * no map, or whose map names no file under node_modules (nothing of a dependency inside).
 */
function bundledOrigin(path, code) {
    const url = /\/\/[#@] sourceMappingURL=(\S+)\s*$/.exec(code.slice(-4096))?.[1];
    if (!url || url.startsWith('data:'))
        return null;
    const mapPath = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), url);
    const text = readText(mapPath);
    if (text === null || !text.includes('node_modules'))
        return null;
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch {
        return null;
    }
    const base = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(mapPath), payload.sourceRoot ?? '');
    const map = new external_node_module_.SourceMap(payload);
    return (line, column) => {
        const entry = map.findEntry(line - 1, column - 1);
        if (!('originalSource' in entry))
            return null;
        return {
            path: (0,external_node_path_.resolve)(base, entry.originalSource),
            line: entry.originalLine + 1,
            column: entry.originalColumn + 1,
        };
    };
}

;// CONCATENATED MODULE: ./src/validate/read-after-write.ts





/**
 * W706: a Redis key written and read back in the same function. Where the plan moved Redis to KV, such a
 * read can return the old value: KV is eventually consistent, a write may take 60 s or more to be
 * visible in other locations (https://developers.cloudflare.com/kv/concepts/how-kv-works/#consistency).
 */
const WRITES = new Set([
    'set',
    'setex',
    'psetex',
    'setnx',
    'hset',
    'hmset',
    'hsetnx',
    'incr',
    'incrby',
    'decr',
    'decrby',
    'append',
    'lpush',
    'rpush',
    'sadd',
    'zadd',
    'del',
]);
const READS = new Set([
    'get',
    'getex',
    'mget',
    'hget',
    'hgetall',
    'hmget',
    'exists',
    'lrange',
    'smembers',
    'sismember',
    'zrange',
]);
/** `new Redis()`, `new IORedis()`, `new Redis.Cluster()`, `createClient()`, `redis.createClient()`. */
const CLIENT_CONSTRUCTORS = /^(?:Redis|IORedis|Cluster|Valkey)$/;
/** A client made in another module is known by its name (`redis`, `this.redisClient`). */
const CLIENT_NAME = /redis/i;
function read_after_write_text(code, node) {
    return code.slice(node.start, node.end).replace(/\s+/g, '');
}
function calleeName(node) {
    if (node.type === 'Identifier')
        return node.name;
    if (node.type === 'MemberExpression' && node.property.type === 'Identifier') {
        return node.property.name;
    }
    return null;
}
/** The source text of every expression a Redis client is assigned to (`redis`, `this.cache`). */
function redisClients(program, code) {
    const clients = new Set();
    const isClient = (init) => {
        if (!init)
            return false;
        if (init.type === 'AwaitExpression')
            return isClient(init.argument);
        if (init.type === 'NewExpression')
            return CLIENT_CONSTRUCTORS.test(calleeName(init.callee) ?? '');
        if (init.type === 'CallExpression')
            return calleeName(init.callee) === 'createClient';
        return false;
    };
    ancestor(program, {
        VariableDeclarator(node) {
            if (node.id.type === 'Identifier' && isClient(node.init))
                clients.add(node.id.name);
        },
        AssignmentExpression(node) {
            if (isClient(node.right))
                clients.add(read_after_write_text(code, node.left));
        },
    });
    return clients;
}
/** Per function (the innermost around each call), the key calls on Redis clients in source order. */
function keyCallsByFunction(program, code, clients) {
    const byFunction = new Map();
    ancestor(program, {
        CallExpression(node, _state, ancestors) {
            const callee = node.callee;
            if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier')
                return;
            const method = callee.property.name.toLowerCase();
            const key = node.arguments[0];
            const client = read_after_write_text(code, callee.object);
            const known = clients.has(client) || CLIENT_NAME.test(client);
            if (!key || !known || !(WRITES.has(method) || READS.has(method)))
                return;
            const scope = [...ancestors]
                .reverse()
                .find((a) => ['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'].includes(a.type)) ?? program;
            const calls = byFunction.get(scope) ?? [];
            calls.push({ client, method, key: read_after_write_text(code, key), start: node.start });
            byFunction.set(scope, calls);
        },
    });
    return byFunction;
}
/** Reads of a key the same function wrote earlier on the same client. */
function readsAfterWrites(code) {
    const program = (0,parse_js/* parseJs */.z)(code);
    if (!program)
        return [];
    const clients = redisClients(program, code);
    const found = [];
    for (const calls of keyCallsByFunction(program, code, clients).values()) {
        calls.sort((a, b) => a.start - b.start);
        for (const [i, read] of calls.entries()) {
            if (!READS.has(read.method))
                continue;
            const write = calls
                .slice(0, i)
                .reverse()
                .find((c) => WRITES.has(c.method) && c.client === read.client && c.key === read.key);
            if (write)
                found.push({ write, read });
        }
    }
    return found;
}
const FIX = 'Use the value you just wrote instead of reading it back; if other requests must see it at once, keep this key in a Durable Object (strongly consistent) or D1, or use the Cache API for data read in the same location.';
/** W706 for every read-after-write of a Redis key in the app's files, when the plan put that data in KV. */
async function kvReadAfterWrite(files, root, kvBinding, wrangler) {
    const diagnostics = [];
    for (const path of files) {
        const source = await readScannable(path, wrangler).catch(() => null);
        if (!source || !/redis|createClient/i.test(source.original))
            continue;
        const lines = new parse_js/* LineIndex */.r(source.code);
        for (const { write, read } of readsAfterWrites(source.code)) {
            const at = (call) => {
                const { line, column } = lines.position(call.start);
                return source.originalLine(line, column);
            };
            diagnostics.push(finding('W706', `${read.client}.${read.method}(${read.key}) reads the key ${read.client}.${write.method}() wrote on line ${at(write)}; on KV (binding ${kvBinding}) the read can return the old value for up to 60 s`, { file: (0,external_node_path_.relative)(root, path), line: at(read) }, { fix: FIX }));
        }
    }
    return diagnostics;
}

;// CONCATENATED MODULE: ./src/validate/known-packages.ts
/**
 * npm packages the checks know by name: native addons with their Workers alternative, libraries that
 * generate code while serving requests, and CPU-heavy libraries. Sources: real apps booted in workerd,
 * https://developers.cloudflare.com/workers/runtime-apis/nodejs/ and each library's documentation.
 */
/** Native-addon packages → what to use on Workers instead. */
const NATIVE_ALTERNATIVES = {
    bcrypt: 'bcryptjs (pure JavaScript; keep the cost low, see W601)',
    sharp: 'the Cloudflare Images binding (https://developers.cloudflare.com/images/transform-images/bindings/)',
    'better-sqlite3': 'D1 (SQLite semantics; the plan can bind one)',
    sqlite3: 'D1 (SQLite semantics; the plan can bind one)',
    canvas: '@napi-rs/canvas is native too: render on the client, or use the Container target',
    argon2: 'hash-wasm (argon2 in WebAssembly)',
    'node-sass': 'sass (Dart Sass in JavaScript), at build time',
    bufferutil: 'nothing: ws works without it (and Workers use WebSocketPair instead of ws servers)',
    'utf-8-validate': 'nothing: ws works without it',
};
/** Loader packages whose presence in a package's dependencies means it ships a native addon. */
const NATIVE_LOADERS = new Set([
    'node-gyp-build',
    'prebuild-install',
    'node-pre-gyp',
    '@mapbox/node-pre-gyp',
    'bindings',
    'nan',
    'node-addon-api',
]);
const CODEGEN_LIBRARIES = {
    mysql2: {
        what: 'row parsers with new Function for every query shape',
        fix: 'Pass `disableEval: true` to createConnection/createPool (mysql2 ≥ 3.13).',
        disabledBy: 'disableEval',
    },
    ajv: {
        what: 'validators with new Function in `compile`',
        fix: 'Compile schemas at module scope (allowed at start-up) or generate standalone validators at build time (ajv/dist/standalone).',
    },
    handlebars: {
        what: 'templates with new Function in `compile`',
        fix: 'Precompile templates at build time (`handlebars -c`) and import handlebars/runtime.',
        // Both compile each view on its first render: https://github.com/express-handlebars/express-handlebars
        // and https://github.com/pillarjs/hbs (their READMEs).
        usedThrough: ['express-handlebars', 'hbs'],
    },
    ejs: {
        what: 'templates with new Function',
        fix: 'Precompile templates at build time or use a template engine that does not eval (e.g. JSX via hono/jsx).',
    },
    pug: {
        what: 'templates with new Function',
        fix: 'Compile templates to functions at build time (pug-cli --client).',
    },
};
/**
 * Packages whose `new Function` is not a request-time failure, and why. Measured: express 4 boots and
 * serves with these in its bundle.
 */
const HARMLESS_CODEGEN = {
    // Wraps deprecated functions while modules load: allowed at start-up from 2025-06-01.
    depd: 'start-up only',
    // A Function.prototype.bind polyfill: index.js uses the native bind, which Workers have.
    'function-bind': 'fallback never used',
    // Only the 'dev' format compiles while serving; the app's `morgan('dev')` call is reported (W302).
    morgan: "request-time only for the 'dev' format",
    // Fastify's router compiles as routes are added, which Fastify allows only before it listens: as the
    // Worker starts (measured, fastify 5; plan gives an app that would load on the first request its image).
    'find-my-way': 'start-up only (routes are added before listen)',
};
/** Libraries that do CPU-heavy work per call. */
const CPU_HEAVY_PACKAGES = {
    sharp: 'image processing',
    jimp: 'image processing in JavaScript',
    pdfkit: 'PDF generation',
    'pdf-lib': 'PDF manipulation',
    'fluent-ffmpeg': 'video processing (spawns ffmpeg)',
    puppeteer: 'a headless browser (use Browser Rendering instead)',
};
/** Synchronous hashing/KDF calls and the argument index holding their cost. */
const CPU_COST_CALLS = {
    hashSync: { argument: 1, threshold: 10, unit: 'bcrypt cost' },
    hash: { argument: 1, threshold: 10, unit: 'bcrypt cost' },
    genSaltSync: { argument: 0, threshold: 10, unit: 'bcrypt cost' },
    genSalt: { argument: 0, threshold: 10, unit: 'bcrypt cost' },
    pbkdf2Sync: { argument: 2, threshold: 10_000, unit: 'PBKDF2 iterations' },
    pbkdf2: { argument: 2, threshold: 10_000, unit: 'PBKDF2 iterations' },
};
/** Packages whose hash functions take the bcrypt cost arguments above. */
const BCRYPT_PACKAGES = new Set(['bcrypt', 'bcryptjs']);
/** Session middleware that keeps sessions in process memory unless given a `store`. */
const MEMORY_SESSION_PACKAGES = new Set([
    'express-session',
    'koa-session',
    'fastify-session',
    '@fastify/session',
]);
/** Upload middleware storing on disk with a `dest`/diskStorage. */
const DISK_UPLOAD_PACKAGES = new Set(['multer', 'formidable']);
/**
 * WebSocket server APIs per package ('' = the package's export called itself): workerd's node:http
 * server never emits 'upgrade' (cloudflare/workerd: `assignSocket` is not implemented).
 */
const WEBSOCKET_SERVERS = {
    'socket.io': ['', 'Server'],
    ws: ['Server', 'WebSocketServer'],
};
/**
 * In-process cron schedulers per package ('' = the package's export called itself): the job's timers
 * need a process that keeps running; on Workers a Cron Trigger calls scheduled() instead.
 */
const CRON_SCHEDULERS = {
    cron: ['CronJob', 'job'],
    'node-cron': ['schedule'],
    'node-schedule': ['scheduleJob'],
    croner: ['', 'Cron'],
    // Decorators: `@Cron('0 * * * *')` on a provider's method.
    '@nestjs/schedule': ['Cron', 'Interval'],
};

// EXTERNAL MODULE: ./src/plan/graph.ts + 1 modules
var graph = __webpack_require__(7142);
;// CONCATENATED MODULE: ./src/validate/node-apis.ts
const NOT_IMPLEMENTED = 'throws ERR_METHOD_NOT_IMPLEMENTED (stub; the build passes)';
/**
 * A stub server constructor (`http2.createSecureServer`): it throws where it is called, and a server is
 * built while the app starts, so a Worker that started cleanly did not call it.
 */
function throwingServerConstructor(api, member) {
    return (api.behaviour === NOT_IMPLEMENTED &&
        (member === 'createServer' || member === 'createSecureServer'));
}
const NODE_APIS = [
    { module: 'child_process', member: '*', rule: 'W101', behaviour: NOT_IMPLEMENTED },
    { module: 'cluster', member: 'fork', rule: 'W102', behaviour: NOT_IMPLEMENTED },
    { module: 'worker_threads', member: 'Worker', rule: 'W102', behaviour: NOT_IMPLEMENTED },
    { module: 'wasi', member: 'WASI', rule: 'W102', behaviour: NOT_IMPLEMENTED },
    { module: 'http2', member: '*', rule: 'W103', behaviour: NOT_IMPLEMENTED },
    {
        module: 'net',
        member: 'createServer',
        rule: 'W103',
        // workerd 1.20261117 lets it listen (older ones threw); only a `connect` handler feeds it.
        behaviour: 'listens, but no connection reaches it: a Worker takes no TCP from the internet, only sockets a `connect` handler (`connectHandler()` from cloudflare:node) hands it',
    },
    {
        module: 'tls',
        member: 'createServer',
        rule: 'W103',
        behaviour: 'throws "Not implemented" on listen',
    },
    {
        module: 'dgram',
        member: 'createSocket',
        rule: 'W103',
        behaviour: 'bind/send never call back (silent no-op)',
    },
    { module: 'inspector', member: '*', rule: 'W104', behaviour: NOT_IMPLEMENTED },
    { module: 'repl', member: 'start', rule: 'W104', behaviour: NOT_IMPLEMENTED },
    { module: 'v8', member: 'serialize', rule: 'W104', behaviour: NOT_IMPLEMENTED },
    { module: 'v8', member: 'deserialize', rule: 'W104', behaviour: NOT_IMPLEMENTED },
    { module: 'v8', member: 'setFlagsFromString', rule: 'W104', behaviour: NOT_IMPLEMENTED },
    { module: 'vm', member: '*', rule: 'W104', behaviour: NOT_IMPLEMENTED },
    { module: 'fs', member: 'watch', rule: 'W104', behaviour: 'throws ERR_UNSUPPORTED_OPERATION' },
    {
        module: 'fs',
        member: 'watchFile',
        rule: 'W104',
        behaviour: 'throws ERR_UNSUPPORTED_OPERATION',
    },
    {
        module: 'util',
        member: 'parseArgs',
        rule: 'W104',
        behaviour: 'throws "parseArgs is not implemented"',
    },
    // workerd's own node:console from 2025-09-21 (enable_nodejs_console_module; workerd before 1.20261117 threw at every date).
    {
        module: 'console',
        member: 'Console',
        rule: 'W104',
        behaviour: '[unenv] console.Console is not implemented yet!',
        worksFrom: '2025-09-21',
    },
    {
        module: 'perf_hooks',
        member: 'monitorEventLoopDelay',
        rule: 'W104',
        behaviour: NOT_IMPLEMENTED,
    },
    {
        module: 'domain',
        member: 'create',
        rule: 'W104',
        behaviour: 'throws (create is not a function)',
    },
    { module: 'process', member: 'dlopen', rule: 'W104', behaviour: NOT_IMPLEMENTED },
    {
        module: 'readline',
        member: 'createInterface',
        rule: 'W105',
        behaviour: 'never emits line/close',
    },
    {
        module: 'async_hooks',
        member: 'createHook',
        rule: 'W105',
        behaviour: 'hooks are never called',
    },
    { module: 'trace_events', member: 'createTracing', rule: 'W105', behaviour: 'records nothing' },
    { module: 'dns', member: '*', rule: 'W110', behaviour: 'resolves over DNS over HTTPS only' },
    // Stubs before the date given, implemented by workerd from it (measured: throw at 2024-09-23, work at 2026-05-03).
    {
        module: 'fs',
        member: '*',
        rule: 'W106',
        behaviour: '[unenv] … is not implemented yet!',
        worksFrom: '2025-09-01',
    },
    {
        module: 'http',
        member: 'request',
        rule: 'W106',
        behaviour: '[unenv] http.request is not implemented yet!',
        worksFrom: '2025-08-15',
    },
    {
        module: 'http',
        member: 'get',
        rule: 'W106',
        behaviour: '[unenv] http.get is not implemented yet!',
        worksFrom: '2025-08-15',
    },
    {
        module: 'https',
        member: 'request',
        rule: 'W106',
        behaviour: '[unenv] https.request is not implemented yet!',
        worksFrom: '2025-08-15',
    },
    {
        module: 'https',
        member: 'get',
        rule: 'W106',
        behaviour: '[unenv] https.get is not implemented yet!',
        worksFrom: '2025-08-15',
    },
    {
        module: 'http',
        member: 'createServer',
        rule: 'W106',
        behaviour: '[unenv] http.createServer is not implemented yet!',
        worksFrom: '2025-09-01',
    },
];
/** `process.env` holds the vars only from this date (nodejs_compat_populate_process_env); before, it is empty. */
const PROCESS_ENV_FROM = '2025-04-01';
/** `eval`/`new Function` at module scope are allowed from this date (allow_eval_during_startup). */
const EVAL_AT_STARTUP_FROM = '2025-06-01';
/** fs functions that write; a path outside /tmp fails (EPERM/ENOENT at 2026-05-03). */
const FS_WRITES = new Set([
    'writeFile',
    'writeFileSync',
    'appendFile',
    'appendFileSync',
    'createWriteStream',
    'mkdir',
    'mkdirSync',
    'rename',
    'renameSync',
    'copyFile',
    'copyFileSync',
]);
/** Modules Workers know, with or without `node:` (so `require('x')` of these is a built-in). */
const BUILTIN_MODULES = new Set([
    'assert',
    'async_hooks',
    'buffer',
    'child_process',
    'cluster',
    'console',
    'constants',
    'crypto',
    'dgram',
    'diagnostics_channel',
    'dns',
    'domain',
    'events',
    'fs',
    'http',
    'http2',
    'https',
    'inspector',
    'module',
    'net',
    'os',
    'path',
    'perf_hooks',
    'process',
    'punycode',
    'querystring',
    'readline',
    'repl',
    'stream',
    'string_decoder',
    'sys',
    'timers',
    'tls',
    'trace_events',
    'tty',
    'url',
    'util',
    'v8',
    'vm',
    'wasi',
    'worker_threads',
    'zlib',
    'sqlite',
    'test',
]);
/** `fs/promises` → `fs` with a `promises` member, `dns/promises` → `dns`…; returns null for non-built-ins. */
function normaliseBuiltin(specifier) {
    const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
    const [module, sub] = bare.split('/');
    if (!module || !BUILTIN_MODULES.has(module))
        return null;
    return { module, prefix: sub ? [sub] : [] };
}
/** The table row for `module.member…`, most specific first. */
function lookupApi(module, path) {
    const members = path[0] === 'promises' ? path.slice(1) : path;
    const first = members[0] ?? '';
    return (NODE_APIS.find((api) => api.module === module && api.member === first) ??
        NODE_APIS.find((api) => api.module === module && api.member === '*' && first !== ''));
}

;// CONCATENATED MODULE: ./src/validate/scan/ast.ts

function isFunction(node) {
    return (node.type === 'FunctionDeclaration' ||
        node.type === 'FunctionExpression' ||
        node.type === 'ArrowFunctionExpression');
}
/** A function called where it is defined (an IIFE): its body runs with the code around it. */
function invokedInPlace(fn, parent) {
    return parent?.type === 'CallExpression' && parent.callee === fn;
}
/** True unless inside a function that is not immediately invoked (an IIFE runs at load). */
function atModuleScope(ancestors) {
    for (let i = ancestors.length - 2; i >= 0; i--) {
        const node = ancestors[i];
        if (isFunction(node) && !invokedInPlace(node, ancestors[i - 1]))
            return false;
    }
    return true;
}
/**
 * Inside the `try` block of a try/catch in the same function: an exception there (the EvalError of
 * `new Function` on Workers) is caught and the code goes on, e.g. to a fallback. A catch that ends
 * by throwing (ajv's compile logs the code and rethrows) lets it through.
 */
function guardedByTry(ancestors) {
    for (let i = ancestors.length - 2; i >= 0; i--) {
        const node = ancestors[i];
        if (isFunction(node))
            return false;
        if (node.type === 'TryStatement' && node.handler && node.block === ancestors[i + 1])
            return node.handler.body.body.at(-1)?.type !== 'ThrowStatement';
    }
    return false;
}
function stringValue(node) {
    if (!node)
        return null;
    const n = node;
    if (n.type === 'Literal' && typeof n.value === 'string')
        return n.value;
    if (n.type === 'TemplateLiteral' && n.quasis.length === 1)
        return n.quasis[0].value.cooked ?? null;
    return null;
}
function numberValue(node) {
    const n = node;
    return n?.type === 'Literal' && typeof n.value === 'number' ? n.value : null;
}
function propertyName(node) {
    if (node.type !== 'MemberExpression')
        return null;
    if (!node.computed && node.property.type === 'Identifier')
        return node.property.name;
    return stringValue(node.property);
}
function requireSpecifier(node) {
    if (node?.type !== 'CallExpression')
        return null;
    if (node.callee.type !== 'Identifier' || node.callee.name !== 'require')
        return null;
    return stringValue(node.arguments[0]);
}
function bindingFor(specifier) {
    const builtin = normaliseBuiltin(specifier);
    if (builtin)
        return { source: builtin.module, builtin: true, path: builtin.prefix };
    if (specifier.startsWith('.'))
        return { source: specifier, builtin: false, path: [] };
    const parts = specifier.split('/');
    const pkg = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    return { source: pkg, builtin: false, path: [] };
}
function hasProperty(node, name) {
    const n = node;
    return (n?.type === 'ObjectExpression' &&
        n.properties.some((p) => p.type === 'Property' && p.key.type === 'Identifier' && p.key.name === name));
}
/** `a.b.c(…)` from its innermost member: the full path and the call it ends in, if any. */
function chainOf(node, ancestors) {
    const path = [];
    let top = node;
    let i = ancestors.length - 1;
    while (top.type === 'MemberExpression') {
        const name = propertyName(top);
        if (name === null)
            break;
        path.push(name);
        const parent = ancestors[i - 1];
        if (parent?.type !== 'MemberExpression' || parent.object !== top)
            break;
        top = parent;
        i--;
    }
    const parent = ancestors[i - 1];
    const call = (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee === top
        ? parent
        : null;
    return { path, call };
}

;// CONCATENATED MODULE: ./src/validate/scan/shared.ts


const RANDOM_METHODS = new Set([
    'randomUUID',
    'getRandomValues',
    'randomBytes',
    'randomInt',
]);
/** A synchronous hash/KDF whose cost argument is over the threshold that fits in the CPU limit. */
function checkCost(scan, method, call, node) {
    const cost = CPU_COST_CALLS[method];
    const value = cost ? numberValue(call.arguments[cost.argument]) : null;
    if (!cost || value === null || value < cost.threshold)
        return;
    scan.report('W601', node, `${method} with ${cost.unit} ${value} can exceed the ${scan.options.cpuMsPerRequest} ms CPU limit per request`);
}

;// CONCATENATED MODULE: ./src/validate/scan/builtins.ts



/** Node built-in modules: APIs that are stubs or date-gated, disk writes, module-scope randomness, costly KDFs. */
function builtinRules() {
    const check = (scan, binding, path, node, call, ancestors) => {
        if (!binding.builtin)
            return;
        const { options, user } = scan;
        const full = [...binding.path, ...path];
        const name = [binding.source, ...full].join('.');
        if (!options.nodejsCompat) {
            scan.report('W109', node, `uses node:${binding.source} without the nodejs_compat flag: "No such module" at start-up`);
            return;
        }
        // A library's reference that is not a call (`typeof perf.monitorEventLoopDelay`, wrapping
        // `ChildProcess.prototype`) does not throw: in workerd only calling the stubs does (measured).
        if (!user && !call)
            return;
        const api = lookupApi(binding.source, full);
        const member = full[0] === 'promises' ? full[1] : full[0];
        // Libraries resolve names only on some paths (pg-native, cluster mode): DNS is an app-code finding.
        const applies = api && (user || api.rule !== 'W110');
        if (api && applies && !(api.worksFrom && options.compatibilityDate >= api.worksFrom)) {
            const date = api.worksFrom
                ? ` before compatibility date ${api.worksFrom} (planned: ${options.compatibilityDate})`
                : ' (at every compatibility date)';
            scan.report(api.rule, node, `${name}: ${api.behaviour}${date}`, {
                ...(!user && throwingServerConstructor(api, member) ? { serverConstructor: true } : {}),
            });
            if (api.rule !== 'W106')
                return;
        }
        if (binding.source === 'fs' && member && FS_WRITES.has(member) && call) {
            const target = call.arguments[0];
            const literal = stringValue(target);
            const text = target ? scan.code.slice(target.start, target.end) : '';
            const inTmp = literal !== null ? literal.startsWith('/tmp') : /tmp/i.test(text);
            if (!inTmp && (user || literal !== null)) {
                scan.report('W107', node, `${name}(${text.slice(0, 60)}) writes outside /tmp: EPERM/ENOENT on Workers, and nothing persists`);
            }
        }
        if (binding.source === 'crypto' &&
            member &&
            RANDOM_METHODS.has(member) &&
            atModuleScope(ancestors)) {
            scan.report('W204', node, `${name}() at module scope: "Disallowed operation called within global scope"`);
        }
        if (user && binding.source === 'crypto' && member && call)
            checkCost(scan, member, call, node);
    };
    return {
        member(scan, site) {
            if (site.binding)
                check(scan, site.binding, site.path, site.node, site.call, site.ancestors);
        },
        call(scan, site) {
            if (site.binding)
                check(scan, site.binding, [], site.node.callee, site.node, site.ancestors);
        },
    };
}

;// CONCATENATED MODULE: ./src/validate/scan/module.ts
/** The source text of a node, shortened for messages. */
function textOf(scan, node, max = 60) {
    const text = scan.code.slice(node.start, node.end).replace(/\s+/g, ' ');
    return text.length > max ? `${text.slice(0, max)}…` : text;
}

;// CONCATENATED MODULE: ./src/validate/scan/startup.ts


const CONNECT_METHODS = new Set([
    'connect',
    '$connect',
    'authenticate',
    'createConnection',
    'initialize',
    'openUri',
]);
/** Queue/pub-sub consumers (amqplib `consume`, Redis/NATS `subscribe`). */
const CONSUMER_METHODS = new Set(['consume', 'subscribe', 'psubscribe']);
/** Constructors that connect or start consuming by themselves. */
const ACTIVE_CONSTRUCTORS = {
    ioredis: { names: ['', 'Redis', 'default'], what: 'connects to Redis when constructed' },
    bullmq: { names: ['Worker'], what: 'starts a queue consumer' },
};
const MONGO_PACKAGES = new Set(['mongoose', 'mongodb']);
const MONGO_FIX = 'MongoDB has no Workers binding: connect inside the request path (one connection per request, ~300 ms), keep Mongo behind an HTTP API, or use the Container target.';
/**
 * Callbacks that run when the code around them runs (`.then`, `.listen`, a Promise executor, the
 * control flow of the `async` package: `async.retry(opts, task)` runs `task` straight away, and the
 * completion callback of a database call: `client.query(sql, params, done)` runs `done` once, when the
 * query returns — unlike a route or event handler).
 */
const RUN_THROUGH_METHODS = new Set([
    'then',
    'catch',
    'finally',
    'listen',
    'query',
    'execute',
    'connect',
    'retry',
    'series',
    'waterfall',
    'parallel',
    'forever',
]);
function runsWithParent(fn, parent) {
    if (parent?.type !== 'CallExpression' && parent?.type !== 'NewExpression')
        return false;
    if (parent.callee === fn)
        return true;
    if (!parent.arguments.includes(fn))
        return false;
    const callee = parent.callee;
    if (parent.type === 'NewExpression')
        return callee.type === 'Identifier' && callee.name === 'Promise';
    return callee.type === 'MemberExpression' && RUN_THROUGH_METHODS.has(propertyName(callee) ?? '');
}
function exportTarget(node) {
    if (node.type !== 'MemberExpression')
        return null;
    const object = node.object;
    const name = propertyName(node);
    if (object.type === 'Identifier' && object.name === 'module' && name === 'exports')
        return 'default';
    const isExports = (object.type === 'Identifier' && object.name === 'exports') ||
        (object.type === 'MemberExpression' && exportTarget(object) === 'default');
    return isExports ? name : null;
}
function functionName(fn, parent) {
    if (fn.type === 'FunctionDeclaration' && fn.id)
        return fn.id.name;
    if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier')
        return parent.id.name;
    if (parent?.type === 'AssignmentExpression' && parent.right === fn) {
        const exported = exportTarget(parent.left);
        return exported ? `exports:${exported}` : null;
    }
    if (parent?.type === 'ExportDefaultDeclaration')
        return 'exports:default';
    return null;
}
/** The function whose run runs `ancestors`' last node: undefined = the module's load, null = unnamed. */
function owner(ancestors) {
    for (let i = ancestors.length - 2; i >= 0; i--) {
        const node = ancestors[i];
        if (!isFunction(node))
            continue;
        if (runsWithParent(node, ancestors[i - 1]))
            continue;
        return functionName(node, ancestors[i - 1]);
    }
    return undefined;
}
/** Whether `ancestors`' last node runs as the module loads (module scope, or a callback run with it). */
function runsWithLoad(ancestors) {
    return owner(ancestors) === undefined;
}
function startupRules() {
    const summary = { functions: new Map(), exports: new Map(), roots: [] };
    const ownFunction = (name) => {
        let entry = summary.functions.get(name);
        if (!entry)
            summary.functions.set(name, (entry = { work: [], calls: [] }));
        return entry;
    };
    const work = (scan, node, ancestors, found) => {
        const at = owner(ancestors);
        if (at === null)
            return;
        const awaited = ancestors.some((a) => a.type === 'AwaitExpression');
        if (at === undefined) {
            const how = found.rule === 'W202' ? ': "Disallowed operation called within global scope"' : '';
            scan.report(found.rule, node, `${awaited ? 'top-level await: ' : ''}${found.what} at module scope${how}`, {
                ...(found.fix ? { fix: found.fix } : {}),
            });
        }
        else if (scan.user) {
            ownFunction(at).work.push({ ...found, ...scan.lines.position(node.start) });
        }
    };
    const call = (scan, node, ancestors, target) => {
        if (!scan.user)
            return;
        const at = owner(ancestors);
        if (at === null)
            return;
        const site = { ...target, ...scan.lines.position(node.start) };
        if (at === undefined)
            summary.roots.push(site);
        else
            ownFunction(at).calls.push(site);
    };
    const member = (scan, site) => {
        const { binding, call: called, path, node, ancestors } = site;
        if (!called || binding?.builtin)
            return;
        const full = [...(binding?.path ?? []), ...path];
        if (binding?.source.startsWith('.')) {
            call(scan, node, ancestors, {
                module: binding.source,
                name: full[0] ?? 'default',
                called: textOf(scan, node),
            });
            return;
        }
        const method = path[path.length - 1] ?? '';
        const text = `${textOf(scan, node)}(…)`;
        const mongo = MONGO_PACKAGES.has(binding?.source ?? site.root ?? '');
        const active = binding && ACTIVE_CONSTRUCTORS[binding.source];
        if (scan.user && CONNECT_METHODS.has(method)) {
            work(scan, node, ancestors, {
                rule: 'W201',
                what: `${text} opens a connection`,
                ...(mongo ? { fix: MONGO_FIX } : {}),
            });
        }
        else if (scan.user && CONSUMER_METHODS.has(method)) {
            work(scan, node, ancestors, { rule: 'W201', what: `${text} starts a consumer` });
        }
        else if (scan.user && binding?.source === 'chokidar' && method === 'watch') {
            work(scan, node, ancestors, { rule: 'W201', what: `${text} starts a file watcher` });
        }
        else if (scan.user &&
            active &&
            called.type === 'NewExpression' &&
            active.names.includes(full[0] ?? '')) {
            work(scan, node, ancestors, { rule: 'W201', what: `new ${text} ${active.what}` });
        }
    };
    const nameCall = (scan, site) => {
        const { binding, name, node, ancestors } = site;
        if (binding?.source.startsWith('.')) {
            call(scan, node, ancestors, {
                module: binding.source,
                name: binding.path[0] ?? 'default',
                called: name,
            });
            return;
        }
        if (binding) {
            const active = ACTIVE_CONSTRUCTORS[binding.source];
            if (scan.user &&
                active &&
                node.type === 'NewExpression' &&
                active.names.includes(binding.path[0] ?? '')) {
                work(scan, node, ancestors, { rule: 'W201', what: `new ${name}(…) ${active.what}` });
            }
        }
        else if (scan.declared.has(name)) {
            call(scan, node, ancestors, { local: name, name, called: name });
        }
        else if (name === 'setInterval' || name === 'setTimeout') {
            work(scan, node, ancestors, { rule: 'W202', what: `${name}()` });
        }
    };
    const exportNamed = (local, exported = local) => summary.exports.set(exported, local);
    return {
        visitors: {
            ExportNamedDeclaration(_scan, node) {
                const declaration = node.declaration;
                if (declaration?.type === 'FunctionDeclaration')
                    exportNamed(declaration.id.name);
                if (declaration?.type === 'VariableDeclaration') {
                    for (const d of declaration.declarations)
                        if (d.id.type === 'Identifier')
                            exportNamed(d.id.name);
                }
                if (node.source)
                    return;
                for (const s of node.specifiers) {
                    const local = s.local.type === 'Identifier' ? s.local.name : String(s.local.value);
                    const exported = s.exported.type === 'Identifier' ? s.exported.name : String(s.exported.value);
                    exportNamed(local, exported);
                }
            },
            ExportDefaultDeclaration(_scan, node) {
                const declaration = node.declaration;
                if (declaration.type === 'FunctionDeclaration' && declaration.id)
                    exportNamed(declaration.id.name, 'default');
                else if (declaration.type === 'Identifier')
                    exportNamed(declaration.name, 'default');
                else
                    exportNamed('exports:default', 'default');
            },
            AssignmentExpression(_scan, node) {
                const exported = exportTarget(node.left);
                if (!exported)
                    return;
                const right = node.right;
                if (right.type === 'Identifier')
                    exportNamed(right.name, exported);
                else if (isFunction(right))
                    exportNamed(`exports:${exported}`, exported);
                else if (right.type === 'ObjectExpression' && exported === 'default') {
                    for (const p of right.properties) {
                        if (p.type !== 'Property' || p.value.type !== 'Identifier')
                            continue;
                        const key = p.key.type === 'Identifier' ? p.key.name : null;
                        if (key)
                            exportNamed(p.value.name, key);
                    }
                }
            },
        },
        member,
        call: nameCall,
        finish(scan) {
            if (scan.user)
                scan.output.startup = summary;
        },
    };
}

;// CONCATENATED MODULE: ./src/validate/scan/globals.ts




const SHUTDOWN_EVENTS = new Set(['SIGTERM', 'SIGINT', 'SIGHUP', 'exit', 'beforeExit']);
function processRules(scan, site) {
    const { path, node, call } = site;
    const [member, next] = path;
    if (member === 'dlopen')
        scan.report('W104', node, 'process.dlopen: loads a native addon (ERR_METHOD_NOT_IMPLEMENTED)');
    if (!scan.user)
        return;
    if (member === 'exit' && call)
        exitRule(scan, node, site.ancestors);
    const event = call ? stringValue(call.arguments[0]) : null;
    if ((member === 'on' || member === 'once') && event && SHUTDOWN_EVENTS.has(event)) {
        scan.report('W702', node, `process.${member}('${event}') never fires on Workers`);
    }
    const date = scan.options.compatibilityDate;
    if (member === 'env' && next && next !== 'NODE_ENV' && date < PROCESS_ENV_FROM) {
        scan.report('W106', node, `process.env.${next} is empty before compatibility date ${PROCESS_ENV_FROM} (planned: ${date}); vars reach only the handler's env`);
    }
}
/**
 * `process.exit()`: in workerd it fails the request it runs in (HTTP 500), and does nothing while the
 * Worker starts, where the code after it goes on (both measured). A call that runs with the module's
 * load (at module scope, in a `listen` callback, in `main().catch(…)`) is start-up code, not a handler.
 */
function exitRule(scan, node, ancestors) {
    if (runsWithLoad(ancestors)) {
        scan.report('W701', node, 'process.exit() at start-up (it runs with the module load, not in a request handler): workerd does not stop the Worker there, the code after it goes on', {
            severity: 'note',
            fix: 'Nothing to do unless the app relies on it to stop a misconfigured start: then throw instead, which fails the start-up.',
        });
    }
    else {
        scan.report('W701', node, 'process.exit(): in a handler the request fails with HTTP 500');
    }
}
function memberRules(scan, site) {
    const { root, path, node, call, ancestors } = site;
    if (site.binding?.builtin)
        return;
    if (root === 'process' && !scan.bindings.has('process'))
        processRules(scan, site);
    else if (root === 'crypto' || root === 'globalThis') {
        const method = root === 'crypto' ? path[0] : path[1];
        if (method && RANDOM_METHODS.has(method) && call && atModuleScope(ancestors)) {
            scan.report('W204', node, `${root}.${path.join('.')}() at module scope: "Disallowed operation called within global scope"`);
        }
    }
    else if (root === 'WebAssembly' &&
        ['compile', 'compileStreaming', 'Module'].includes(path[0] ?? '') &&
        call) {
        scan.report('W303', node, `WebAssembly.${path[0]} from bytes: "Wasm code generation disallowed by embedder"`);
    }
}
function callRules(scan, site) {
    const { node, name } = site;
    if (site.binding || scan.declared.has(name))
        return;
    const inFunction = !atModuleScope(site.ancestors);
    if (name === 'eval' || name === 'Function') {
        const body = stringValue(node.arguments[node.arguments.length - 1]);
        const startupAllowed = !inFunction && scan.options.compatibilityDate >= EVAL_AT_STARTUP_FROM;
        // The global-object probe (`Function('return this')()`) only runs where globalThis is missing.
        if (body?.replace(/[\s;]+$/, '') !== 'return this' && !startupAllowed) {
            const when = inFunction
                ? 'while serving requests'
                : `at start-up before ${EVAL_AT_STARTUP_FROM}`;
            const call = `${node.type === 'NewExpression' ? 'new ' : ''}${name}(…) ${when}`;
            // Measured in workerd: the EvalError is catchable, so a probe or a fallback in a catch works.
            if (guardedByTry(site.ancestors)) {
                scan.report('W301', node, `${call} is inside try/catch: the EvalError is caught and the fallback runs`, { severity: 'note' });
            }
            else {
                scan.report('W301', node, `${call}: EvalError "Code generation from strings disallowed"`);
            }
        }
    }
    else if (name === 'fetch' && !inFunction) {
        scan.report('W203', node, 'fetch() at module scope rejects: "Disallowed operation called within global scope"');
    }
    else if (name === 'require') {
        const argument = node.arguments[0];
        const specifier = stringValue(argument);
        if (scan.user && argument && specifier === null) {
            scan.report('W111', node, `require(${scan.code.slice(argument.start, argument.end)}) with a computed name: "Dynamic require … is not supported"`);
        }
        else if (specifier?.endsWith('.node')) {
            scan.report('W401', node, `requires the native addon '${specifier}'`);
        }
    }
}
/** Objects whose properties are globals: `globalThis.__dirname = …` defines `__dirname`. */
const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'self']);
/** Globals: process, crypto/globalThis randomness, WebAssembly, eval/Function, fetch, require, __dirname. */
function globalRules() {
    const dirnames = [];
    /** `__dirname`/`__filename` the code sets on the global object itself (OpenNext: `globalThis.__dirname ??= ""`). */
    const setGlobally = new Set();
    return {
        // `__dirname`/`__filename` as values (not `x.__dirname`, not a declaration of its own).
        visitors: {
            Identifier(scan, node, ancestors) {
                if (node.name !== '__dirname' && node.name !== '__filename')
                    return;
                const parent = ancestors[ancestors.length - 2];
                if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed)
                    return;
                if (parent?.type === 'VariableDeclarator' && parent.id === node)
                    return;
                dirnames.push(node);
            },
            AssignmentExpression(_scan, node) {
                const left = node.left;
                if (left.type === 'MemberExpression' &&
                    left.object.type === 'Identifier' &&
                    GLOBAL_OBJECTS.has(left.object.name)) {
                    const name = propertyName(left);
                    if (name)
                        setGlobally.add(name);
                }
            },
        },
        member: memberRules,
        call: callRules,
        finish(scan) {
            for (const node of dirnames) {
                if (scan.declared.has(node.name) || setGlobally.has(node.name))
                    continue;
                scan.report('W112', node, scan.options.defined?.includes(node.name)
                    ? `${node.name} is defined as a path under /bundle, which holds only the bundle's modules: a file read through it that is not one fails with ENOENT`
                    : `${node.name} is not defined in the bundled Worker (ReferenceError)`);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/validate/scan/packages.ts




/**
 * Prisma Client without a driver adapter loads Prisma's native query engine (a Node-API library), which
 * a Worker cannot load; on Workers it runs with a driver adapter
 * (https://www.prisma.io/docs/orm/prisma-client/deployment/edge/deploy-to-cloudflare).
 */
const PRISMA_FIX = 'Pass a driver adapter: `new PrismaClient({ adapter })` with @prisma/adapter-pg over the Hyperdrive binding (or @prisma/adapter-d1), and `previewFeatures = ["driverAdapters"]` in the generator before Prisma 6.16; or use the Container target.';
function reportPrisma(scan, node, how) {
    scan.report('W401', node, `${how} without a driver adapter: @prisma/client then loads Prisma's native query engine (.node), which cannot load on Workers`, { fix: PRISMA_FIX });
}
/** A Prisma Client built from options that name no `adapter` (nested options included). */
function prismaClient(scan, node, call, how) {
    const options = call.arguments.map((a) => scan.code.slice(a.start, a.end)).join(',');
    if (!/\badapter\b/.test(options))
        reportPrisma(scan, node, how);
}
/** `class X extends PrismaClient` whose constructor does not pass `super({ adapter })`. */
function prismaSubclass(scan, node, ancestors) {
    const base = node.superClass;
    const binding = base?.type === 'Identifier' ? scan.bindings.get(base.name) : undefined;
    if (!base || binding?.source !== '@prisma/client' || binding.path[0] !== 'PrismaClient')
        return;
    let adapter = false;
    simple(node.body, {
        CallExpression(call) {
            if (call.callee.type === 'Super' && hasProperty(call.arguments[0], 'adapter'))
                adapter = true;
        },
    });
    // TypeScript's decorated classes compile to `let Name = class extends …`.
    const parent = ancestors[ancestors.length - 2];
    const name = node.id?.name ??
        (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier'
            ? parent.id.name
            : null);
    if (!adapter)
        reportPrisma(scan, base, name ? `class ${name} extends PrismaClient` : 'a class extending PrismaClient');
}
/** Calls into npm packages whose use, not their presence, is the problem (the app's code only). */
function packageRules() {
    const check = (scan, binding, full, node, call) => {
        const source = binding.source;
        const member = full[0];
        if (BCRYPT_PACKAGES.has(source) && member)
            checkCost(scan, member, call, node);
        if (MEMORY_SESSION_PACKAGES.has(source) &&
            !member &&
            !hasProperty(call.arguments[0], 'store')) {
            scan.report('W704', node, `${source} without a \`store\` keeps sessions in process memory (MemoryStore)`);
        }
        if (DISK_UPLOAD_PACKAGES.has(source) &&
            (member === 'diskStorage' ||
                (!member && hasProperty(call.arguments[0], 'dest')) ||
                (!member && hasProperty(call.arguments[0], 'uploadDir')))) {
            scan.report('W703', node, `${source} stores uploads on the local disk`);
        }
        if (CRON_SCHEDULERS[source]?.includes(member ?? '')) {
            scan.report('W707', node, `${source}${member ? `.${member}` : ''}(…) schedules a cron job in the process: no process keeps running on Workers, so it never fires`);
        }
        if (source === '@prisma/client' && member === 'PrismaClient' && call.type === 'NewExpression')
            prismaClient(scan, node, call, 'new PrismaClient(…)');
        // nestjs-prisma's PrismaService is a PrismaClient built from `prismaServiceOptions.prismaOptions`.
        if (source === 'nestjs-prisma' && member === 'PrismaModule' && full[1]?.startsWith('forRoot'))
            prismaClient(scan, node, call, `PrismaModule.${full[1]}(…) (nestjs-prisma's PrismaClient)`);
        const server = WEBSOCKET_SERVERS[source];
        if (server && server.includes(member ?? '')) {
            scan.report('W113', node, `${source}${member ? `.${member}` : ''}: a WebSocket server on node:http never receives an upgrade in workerd`);
        }
        if (source === 'mysql2' &&
            (member === 'createConnection' || member === 'createPool') &&
            hasProperty(call.arguments[0], 'ssl')) {
            scan.report('W104', node, `mysql2 ${member}({ ssl }) needs tls.createSecureContext, which workerd does not implement`, {
                fix: 'Connect through the Hyperdrive binding the plan adds (Hyperdrive makes the TLS connection to the database) and drop the `ssl` option.',
            });
        }
        if (source === 'morgan' && !member && stringValue(call.arguments[0]) === 'dev') {
            scan.report('W302', node, "morgan('dev') compiles its log line with new Function on the first request of each status class (EvalError)", { fix: "Use another predefined format (e.g. 'tiny' or 'short') or a format function." });
        }
    };
    return {
        visitors: {
            ClassDeclaration: prismaSubclass,
            ClassExpression: prismaSubclass,
        },
        member(scan, site) {
            const { binding, call } = site;
            if (scan.user && call && binding && !binding.builtin)
                check(scan, binding, [...binding.path, ...site.path], site.node, call);
        },
        call(scan, site) {
            const { binding } = site;
            if (scan.user && binding && !binding.builtin)
                check(scan, binding, binding.path, site.node.callee, site.node);
        },
    };
}

;// CONCATENATED MODULE: ./src/validate/scan/server.ts

/** The HTTP server the app builds: its listen ports, view engines loaded by name, upgrade handlers. */
function serverRules() {
    return {
        member(scan, site) {
            const { call, path, node } = site;
            if (!scan.user || !call || site.binding?.builtin)
                return;
            const method = path.length === 1 ? path[0] : undefined;
            const first = stringValue(call.arguments[0]);
            if (method === 'listen') {
                const port = call.arguments[0];
                scan.output.listenPorts.push(port ? scan.code.slice(port.start, port.end) : '');
            }
            if (path[0] === 'set' && first === 'view engine') {
                scan.report('W111', node, `app.set('view engine', …) makes express require the engine by name at render time ("Dynamic require … is not supported")`, { fix: 'Import the engine statically and register it with app.engine(ext, engine).' });
            }
            if ((method === 'on' || method === 'once') && first === 'upgrade') {
                scan.report('W113', node, `${site.root ?? 'server'}.${method}('upgrade'): workerd's node:http server never emits 'upgrade', so WebSockets never connect`);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/validate/scan/state.ts

const STATE_NAME = /^(?:sessions?|sessionStore|cache|memoryStore|store)$/i;
/** Sessions and caches kept in module memory and written by request handlers (the app's code). */
function stateRules() {
    const candidates = new Map();
    const mutatedInFunction = new Set();
    return {
        visitors: {
            VariableDeclarator(_scan, node, ancestors) {
                const init = node.init;
                const container = init?.type === 'ObjectExpression' ||
                    (init?.type === 'NewExpression' &&
                        init.callee.type === 'Identifier' &&
                        ['Map', 'Set'].includes(init.callee.name));
                if (node.id.type === 'Identifier' &&
                    STATE_NAME.test(node.id.name) &&
                    container &&
                    atModuleScope(ancestors)) {
                    candidates.set(node.id.name, node);
                }
            },
            // `sessions[id] = …` inside a function.
            AssignmentExpression(_scan, node, ancestors) {
                const left = node.left;
                if (left.type === 'MemberExpression' &&
                    left.object.type === 'Identifier' &&
                    !atModuleScope(ancestors)) {
                    mutatedInFunction.add(left.object.name);
                }
            },
        },
        // `sessions.set(id, …)` inside a function.
        member(_scan, site) {
            if (site.call &&
                site.root &&
                ['set', 'push', 'add'].includes(site.path[0] ?? '') &&
                !atModuleScope(site.ancestors)) {
                mutatedInFunction.add(site.root);
            }
        },
        finish(scan) {
            for (const [name, node] of candidates) {
                if (mutatedInFunction.has(name))
                    scan.report('W704', node, `'${name}' is kept in module memory and written by request handlers`, {
                        severity: /session/i.test(name) ? 'error' : 'warning',
                    });
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/validate/scan/startup-links.ts
/**
 * Follows the calls each module makes while loading, through the app's functions in any module, to
 * the start-up work they do. `resolve` maps a relative specifier in `from` to a scanned module.
 */
function startupFindings(modules, resolve) {
    const reached = [];
    const reported = new Set();
    const target = (file, call) => {
        if (call.local !== undefined)
            return [file, call.local];
        const other = call.module ? resolve(file, call.module) : null;
        const local = other ? modules.get(other)?.exports.get(call.name) : undefined;
        return other && local ? [other, local] : null;
    };
    const visit = (file, call, chain, seen) => {
        const found = target(file, call);
        if (!found)
            return;
        const [where, name] = found;
        const key = `${where}#${name}`;
        const fn = modules.get(where)?.functions.get(name);
        if (!fn || seen.has(key))
            return;
        seen.add(key);
        const path = [...chain, `${file}:${call.line} ${call.called}()`];
        for (const work of fn.work) {
            const id = `${where}:${work.line}:${work.rule}`;
            if (reported.has(id))
                continue;
            reported.add(id);
            reached.push({ file: where, work, chain: path });
        }
        for (const next of fn.calls)
            visit(where, next, path, seen);
    };
    for (const [file, summary] of modules) {
        for (const root of summary.roots)
            visit(file, root, [], new Set());
    }
    return reached;
}

;// CONCATENATED MODULE: ./src/validate/scanner.ts











/** Globals whose members rules look at, and global functions rules look at, in dependencies too. */
const GLOBAL_ROOTS = new Set(['process', 'crypto', 'globalThis', 'WebAssembly']);
const GLOBAL_CALLS = new Set(['eval', 'Function', 'setInterval', 'setTimeout', 'fetch', 'require']);
const prefilters = new Map();
/** For dependencies: the text a rule needs before parsing is worth it, per compatibility date. */
function prefilterFor(date) {
    const cached = prefilters.get(date);
    if (cached)
        return cached;
    const names = new Map([['fs', new Set(FS_WRITES)]]);
    for (const api of NODE_APIS) {
        if (api.worksFrom && date >= api.worksFrom)
            continue;
        names.set(api.module, (names.get(api.module) ?? new Set()).add(api.member));
    }
    const filter = {
        // Code generation anywhere; timers/fetch/random values on a statement at (or near) the left margin,
        // which is where module-scope code sits in library files.
        any: /\beval\s*\(|\bFunction\s*\(|WebAssembly\.(?:compile|Module)|\bdlopen\b|^[ \t]{0,2}(?:(?:const|let|var)\s+[\w$]+\s*=\s*|[\w$.]+\s*=\s*)?(?:await\s+)?(?:setInterval|setTimeout|fetch|crypto\.(?:random\w+|getRandomValues))\s*\(/m,
        imported: new RegExp(`(?:require\\(\\s*|from\\s*)['"](?:node:)?(${[...names.keys()].join('|')})(?:/promises)?['"]`, 'g'),
        members: new Map([...names].map(([module, members]) => [
            module,
            members.has('*') ? null : new RegExp(`\\b(?:${[...members].join('|')})\\b`),
        ])),
    };
    prefilters.set(date, filter);
    return filter;
}
/** Cheap test that lets most dependency files skip parsing: they contain nothing any rule looks at. */
function relevant(code, options) {
    if (options.userCode)
        return true;
    const filter = prefilterFor(options.compatibilityDate);
    if (filter.any.test(code))
        return true;
    for (const match of code.matchAll(filter.imported)) {
        const members = filter.members.get(match[1]);
        if (!members || members.test(code))
            return true;
    }
    return false;
}
/** Binds local names to imports/requires, and records the names the module declares. */
function bindingVisitors(scan) {
    const { bindings, declared } = scan;
    return {
        ImportDeclaration(node) {
            const specifier = String(node.source.value);
            if (specifier.endsWith('.node'))
                scan.report('W401', node, `imports the native addon '${specifier}'`);
            const base = bindingFor(specifier);
            for (const s of node.specifiers) {
                const imported = s.type === 'ImportSpecifier'
                    ? [s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value)]
                    : [];
                bindings.set(s.local.name, { ...base, path: [...base.path, ...imported] });
            }
        },
        VariableDeclarator(node) {
            if (node.id.type === 'Identifier')
                declared.add(node.id.name);
            const init = node.init;
            const specifier = requireSpecifier(init) ??
                (init?.type === 'MemberExpression' ? requireSpecifier(init.object) : null);
            if (specifier === null)
                return;
            const base = bindingFor(specifier);
            const member = init?.type === 'MemberExpression' ? propertyName(init) : null;
            const path = member ? [...base.path, member] : base.path;
            if (node.id.type === 'Identifier')
                bindings.set(node.id.name, { ...base, path });
            if (node.id.type === 'ObjectPattern') {
                for (const p of node.id.properties) {
                    if (p.type !== 'Property' || p.value.type !== 'Identifier')
                        continue;
                    const key = p.key.type === 'Identifier' ? p.key.name : stringValue(p.key);
                    if (key)
                        bindings.set(p.value.name, { ...base, path: [...path, key] });
                }
            }
        },
        FunctionDeclaration(node) {
            if (node.id)
                declared.add(node.id.name);
        },
    };
}
/** Adds the families' own visitors for the app's code to the walk's visitors. */
function withFamilyVisitors(visitors, families, scan) {
    const table = visitors;
    for (const family of families) {
        for (const [type, visit] of Object.entries(family.visitors ?? {})) {
            const before = table[type];
            const own = (node, _state, ancestors) => visit(scan, node, ancestors);
            table[type] = before
                ? (node, state, ancestors) => {
                    before(node, state, ancestors);
                    own(node, state, ancestors);
                }
                : own;
        }
    }
}
/**
 * Marks a dependency's findings that sit inside a function not invoked where it is defined: they run
 * when something calls that function, not when the module loads (rare, so walked only when needed).
 */
function markDeferred(ast, offsets) {
    const ranges = [];
    const onFunction = (node, _state, ancestors) => {
        if (!invokedInPlace(node, ancestors[ancestors.length - 2]))
            ranges.push({ start: node.start, end: node.end });
    };
    ancestor(ast, {
        FunctionDeclaration: onFunction,
        FunctionExpression: onFunction,
        ArrowFunctionExpression: onFunction,
    });
    for (const [found, offset] of offsets) {
        if (ranges.some((r) => offset > r.start && offset < r.end))
            found.deferred = true;
    }
}
/** Scans one module's code; returns findings with 1-based positions in that code. */
function scanModule(code, options) {
    const output = { findings: [], listenPorts: [], startup: null, parsed: false };
    if (!relevant(code, options))
        return output;
    const ast = (0,parse_js/* parseJs */.z)(code);
    if (!ast)
        return output;
    output.parsed = true;
    const user = options.userCode;
    const seen = new Set();
    const offsets = new Map();
    const scan = {
        code,
        options,
        user,
        lines: new parse_js/* LineIndex */.r(code),
        bindings: new Map(),
        declared: new Set(),
        output,
        report(rule, node, message, extra = {}) {
            const { line, column } = this.lines.position(node.start);
            const key = `${rule}:${line}`;
            if (seen.has(key))
                return;
            seen.add(key);
            const found = { rule, message, line, column, ...extra };
            offsets.set(found, node.start);
            output.findings.push(found);
        },
    };
    // Dependencies get only the rules that hold for library code, in one walk.
    const families = user
        ? [builtinRules(), packageRules(), globalRules(), serverRules(), stateRules(), startupRules()]
        : [builtinRules(), globalRules(), startupRules()];
    const binds = bindingVisitors(scan);
    // The app's code gets a separate first pass (a use may come before its import); a dependency is
    // walked once, binding names as the walk meets them (requires come first in library code).
    if (user)
        simple(ast, binds);
    // Keep the calls and member accesses a rule can be about (all of them in the app's code; in a
    // dependency only those on bound names and a few globals), with their ancestors.
    const calls = [];
    const members = [];
    const interestingRoot = (name) => user || scan.bindings.has(name) || GLOBAL_ROOTS.has(name);
    const interestingCallee = (name) => user || scan.bindings.has(name) || GLOBAL_CALLS.has(name);
    const onCall = (node, _state, ancestors) => {
        const callee = node.callee;
        const required = requireSpecifier(callee);
        if (callee.type === 'Identifier' && interestingCallee(callee.name)) {
            const binding = scan.bindings.get(callee.name);
            calls.push({ node, ancestors: [...ancestors], name: callee.name, binding });
        }
        else if (user && required !== null) {
            calls.push({
                node,
                ancestors: [...ancestors],
                name: required,
                binding: bindingFor(required),
            });
        }
    };
    const visitors = {
        CallExpression: onCall,
        NewExpression: onCall,
        MemberExpression(node, _state, ancestors) {
            // Only the innermost member of a chain: `a.b.c` is handled once from `a.b`.
            const rooted = (node.object.type === 'Identifier' && interestingRoot(node.object.name)) ||
                (node.object.type === 'CallExpression' &&
                    requireSpecifier(node.object) !== null);
            if (rooted)
                members.push({ node, ancestors: [...ancestors] });
        },
    };
    if (user)
        withFamilyVisitors(visitors, families, scan);
    else {
        visitors.ImportDeclaration = binds.ImportDeclaration;
        visitors.VariableDeclarator = binds.VariableDeclarator;
        visitors.FunctionDeclaration = binds.FunctionDeclaration;
    }
    ancestor(ast, visitors);
    for (const { node, ancestors } of members) {
        if (node.type !== 'MemberExpression')
            continue;
        const { path, call } = chainOf(node, ancestors);
        const specifier = requireSpecifier(node.object);
        const root = node.object.type === 'Identifier' ? node.object.name : null;
        const binding = specifier !== null ? bindingFor(specifier) : root ? scan.bindings.get(root) : undefined;
        const site = { node, ancestors, path, call, root, binding };
        for (const family of families)
            family.member?.(scan, site);
    }
    for (const site of calls)
        for (const family of families)
            family.call?.(scan, site);
    for (const family of families)
        family.finish?.(scan);
    if (!user && output.findings.length > 0)
        markDeferred(ast, offsets);
    output.findings.sort((a, b) => a.line - b.line || a.column - b.column);
    return output;
}

;// CONCATENATED MODULE: ./src/validate/suppress.ts

const IGNORE = /docker-to-workers-ignore\s+((?:W\d{3}[\s,]*)+)/;
/**
 * Rule ids silenced per line by `// docker-to-workers-ignore W101[, W202]`, on the line itself or the
 * line just above. Returns a predicate over (rule, 1-based line).
 */
function inlineSuppressions(source) {
    if (!source.includes('docker-to-workers-ignore'))
        return () => false;
    const byLine = new Map();
    source.split('\n').forEach((text, index) => {
        const match = IGNORE.exec(text);
        if (match)
            byLine.set(index + 1, new Set(match[1].match(/W\d{3}/g)));
    });
    return (rule, line) => Boolean(byLine.get(line)?.has(rule) || byLine.get(line - 1)?.has(rule));
}
/**
 * An allow-list entry: `W704` (everywhere), `W302:ajv` (one package) or `W107:src/logs.js` (one file).
 */
function allowed(diagnostic, allowList) {
    for (const entry of allowList) {
        const [rule, scope] = entry.split(':');
        if (rule !== diagnostic.ruleId)
            continue;
        if (!scope || scope === diagnostic.package || scope === diagnostic.file)
            return entry;
    }
    return null;
}
/** Removes allowed findings and reports each as a W003 note, so a suppression is never silent. */
function applyAllowList(diagnostics, allowList) {
    if (allowList.length === 0)
        return diagnostics;
    return diagnostics.map((d) => {
        const entry = allowed(d, allowList);
        if (!entry || d.ruleId === 'W003')
            return d;
        return suppressedNote(d, `allow list entry '${entry}'`);
    });
}
function suppressedNote(d, by) {
    return finding('W003', `${d.ruleId} suppressed by ${by}: ${d.message}`, {
        file: d.file,
        line: d.line,
        package: d.package,
    });
}

;// CONCATENATED MODULE: ./src/validate/scan-bundle.ts










const toDiagnostic = (f, where) => finding(f.rule, f.message, where, {
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.severity ? { severity: f.severity } : {}),
});
/**
 * The app's own modules: every finding at its file:line, honouring inline suppressions. Dependency
 * code the app's build inlined into its output (its source map says so) gets the library rules at
 * its original file instead, returned for grouping with the other dependencies.
 */
async function scanUserFiles(files, ctx, out) {
    const inlined = [];
    const startup = new Map();
    const suppressions = new Map();
    const push = (f, where) => {
        const diagnostic = toDiagnostic(f, where);
        const suppressed = suppressions.get(where.file)?.(f.rule, where.line);
        out.diagnostics.push(suppressed ? suppressedNote(diagnostic, 'an inline comment') : diagnostic);
    };
    for (const path of files) {
        const file = (0,external_node_path_.relative)(ctx.root, path);
        const source = await readScannable(path, ctx.wrangler).catch((error) => {
            const reason = (error instanceof Error ? error.message : String(error)).split('\n')[1] ?? '';
            out.diagnostics.push(finding('W004', `${file} could not be transformed for scanning: ${reason.trim()}`, {
                file,
            }));
            return null;
        });
        if (!source)
            continue;
        out.bytesScanned += source.code.length;
        out.userText += source.original;
        const result = scanModule(source.code, { ...ctx.scan, userCode: true });
        if (!result.parsed) {
            out.diagnostics.push(finding('W004', `${file} could not be parsed, so it was not scanned`, { file }));
        }
        out.listenPorts.push(...result.listenPorts);
        suppressions.set(file, inlineSuppressions(source.original));
        const origin = bundledOrigin(path, source.code);
        const dependencyAt = (f) => {
            const from = origin?.(f.line, f.column);
            const pkg = from ? packageOf(from.path) : null;
            return from && pkg ? { ...from, pkg, file: (0,external_node_path_.relative)(ctx.root, from.path) } : null;
        };
        for (const f of result.findings) {
            if (dependencyAt(f))
                continue;
            push(f, { file, line: source.originalLine(f.line, f.column), column: f.column });
        }
        if (origin) {
            for (const f of scanModule(source.code, { ...ctx.scan, userCode: false }).findings) {
                const at = dependencyAt(f);
                if (at) {
                    const { line, column } = at;
                    inlined.push({ pkg: at.pkg, file: at.file, finding: { ...f, line, column } });
                }
            }
        }
        if (result.startup)
            startup.set(file, originalLines(result.startup, source));
    }
    const known = new Set(startup.keys());
    const resolve = (from, specifier) => (0,graph/* resolveSpecifier */.bp)(from, specifier, known, { baseUrl: null, paths: {} });
    for (const { file, work, chain } of startupFindings(startup, resolve)) {
        const how = work.rule === 'W202' ? ': "Disallowed operation called within global scope"' : '';
        push({
            rule: work.rule,
            message: `${work.what} at start-up${how}, reached from the module's load: ${chain.join(' → ')}`,
            line: work.line,
            column: work.column,
            ...(work.fix ? { fix: work.fix } : {}),
        }, { file, line: work.line, column: work.column });
    }
    return inlined;
}
/** The summary with positions in the original file (TypeScript sources are scanned compiled). */
function originalLines(summary, source) {
    const map = (at) => ({
        ...at,
        line: source.originalLine(at.line, at.column),
    });
    return {
        exports: summary.exports,
        roots: summary.roots.map(map),
        functions: new Map([...summary.functions].map(([name, fn]) => [
            name,
            { work: fn.work.map(map), calls: fn.calls.map(map) },
        ])),
    };
}
/**
 * A finding inside a function of a package the app does not import itself: it runs only on the paths
 * where another package calls that function (pino's fast-redact only with `redact` paths, an APM agent's
 * metrics only once it is active), which the scan cannot see; the smoke boot covers start-up.
 */
function onlyThroughOtherPackages(f, pkg) {
    return {
        ...f,
        severity: 'note',
        message: `${f.message}, only if called then: it sits in a function of ${pkg}, which the app does not import itself (other packages call it, on paths the scan cannot follow)`,
        fix: `Nothing to do unless a request fails with this error: its stack names the package calling ${pkg}; avoid that feature of it.`,
    };
}
/** The findings in the bundle's dependency files, with the library rules. */
function scanDependencies(byPackage, ctx, out) {
    const found = [];
    for (const [pkg, files] of byPackage) {
        for (const path of files) {
            const code = readText(path);
            if (code === null)
                continue;
            out.bytesScanned += code.length;
            for (const f of scanModule(code, { ...ctx.scan, userCode: false }).findings)
                found.push({ pkg, file: (0,external_node_path_.relative)(ctx.root, path), finding: f });
        }
    }
    return found;
}
/** Dependencies: one diagnostic per package and rule, naming the first place and the count. */
function reportDependencies(found, importedByApp, out) {
    const grouped = new Map();
    for (const { pkg, file, finding: raw } of found) {
        if (raw.rule === 'W301' && (pkg in HARMLESS_CODEGEN || pkg in CODEGEN_LIBRARIES))
            continue;
        const indirect = raw.deferred && raw.severity !== 'note' && !importedByApp.has(pkg);
        const f = indirect ? onlyThroughOtherPackages(raw, pkg) : raw;
        // A guarded call (a note) and an unguarded one of the same rule are reported apart, and so are
        // server constructors (settled by the boot) and other calls.
        const key = `${pkg}\0${f.rule}:${f.severity ?? ''}:${f.serverConstructor === true}`;
        const entry = grouped.get(key);
        if (entry)
            entry.count++;
        else
            grouped.set(key, { pkg, first: f, file, count: 1 });
    }
    for (const { pkg, first, file, count } of grouped.values()) {
        const more = count > 1 ? ` (and ${count - 1} more place${count > 2 ? 's' : ''} in ${pkg})` : '';
        const diagnostic = toDiagnostic({ ...first, message: `${pkg}: ${first.message}${more}` }, { file, line: first.line, column: first.column, package: pkg });
        out.diagnostics.push(diagnostic);
        if (first.serverConstructor)
            out.serverConstructors.push(diagnostic);
    }
}
/**
 * The scan's findings once the smoke boot has run. A library builds its server while the app starts,
 * choosing the constructor from the app's options (fastify's `http2`/`https`); a stub constructor throws
 * where it is called, so a Worker that started cleanly and answered through the server the app listens
 * on did not call it. An app whose options do choose it fails to start, and keeps the error.
 */
function afterBoot(scan, startedCleanly) {
    if (!startedCleanly)
        return scan.diagnostics;
    return scan.diagnostics.map((d) => scan.serverConstructors.includes(d)
        ? {
            ...d,
            severity: 'note',
            message: `${d.message}: not the server that ran, since a library builds its server while the app starts, and the Worker started cleanly and answered (the app's options chose another one)`,
            fix: 'Nothing to do while the app keeps those options: one that chooses this server (HTTP/2) would make the Worker fail to start.',
        }
        : d);
}
async function scan_bundle_manifest(dir) {
    return (0,promises_.readFile)((0,external_node_path_.join)(dir, 'package.json'), 'utf8')
        .then((t) => JSON.parse(t))
        .catch(() => null);
}
/** True when the installed package ships a compiled addon (binding.gyp, gypfile, or a native loader). */
async function isNative(name, fromDir) {
    if (name in NATIVE_ALTERNATIVES)
        return true;
    const dir = await (0,toolchain_packages/* findPackageDir */.h)(fromDir, name);
    if (!dir)
        return false;
    const pkg = await scan_bundle_manifest(dir);
    const gyp = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'binding.gyp')).then(() => true, () => false);
    return (gyp ||
        pkg?.gypfile === true ||
        Object.keys(pkg?.dependencies ?? {}).some((d) => NATIVE_LOADERS.has(d)));
}
/** Package-level rules: native addons, run-time code generators, CPU-heavy libraries. */
async function packageFindings(packages, importedByApp, ctx, out) {
    const declared = Object.keys((await scan_bundle_manifest(ctx.dir))?.dependencies ?? {});
    const used = new Set([...declared, ...importedByApp]);
    const file = (0,external_node_path_.relative)(ctx.root, (0,external_node_path_.join)(ctx.dir, 'package.json'));
    for (const name of new Set([...declared, ...packages])) {
        if (await isNative(name, ctx.dir)) {
            const alternative = NATIVE_ALTERNATIVES[name];
            out.diagnostics.push(finding('W401', `${name} ships a native addon (.node), which cannot load on Workers`, { file, package: name }, {
                fix: alternative
                    ? `Replace ${name} with ${alternative}.`
                    : 'Replace it with a pure-JavaScript/WebAssembly package, or use the Container target.',
            }));
        }
    }
    for (const name of packages) {
        const library = CODEGEN_LIBRARIES[name];
        if (library && !(library.disabledBy && out.userText.includes(library.disabledBy))) {
            // Bundled only for other packages (ajv inside fast-json-stringify): they decide when it compiles.
            const direct = used.has(name) || library.usedThrough?.some((p) => used.has(p));
            out.diagnostics.push(direct
                ? finding('W302', `${name} generates ${library.what} (EvalError on Workers)`, { package: name }, { fix: library.fix })
                : finding('W302', `${name} generates ${library.what}, and is bundled only for other packages (neither declared nor imported by the app): EvalError only where they compile while serving requests, not at start-up`, { package: name }, {
                    fix: `Nothing to do unless a request fails with an EvalError whose stack goes through ${name}.`,
                    severity: 'note',
                }));
        }
        const heavy = CPU_HEAVY_PACKAGES[name];
        if (heavy) {
            out.diagnostics.push(finding('W601', `${name} does ${heavy}: likely over ${ctx.scan.cpuMsPerRequest} ms of CPU per request`, { package: name }));
        }
    }
}
const SOURCE_FILE = /\.(?:m|c)?[jt]sx?$/;
const NOT_SOURCE = /(?:^|\/)(?:node_modules|\.[^/]+|dist|build|test|tests|__tests__)\/|\.(?:test|spec|d)\.[^/]+$/;
/**
 * The app's modules when there is no bundle to list them: the entry's import graph plan recorded
 * (files the Worker never runs are not scanned), or for a plan saved without it, the service's sources.
 */
async function plannedSources(root, worker) {
    const input = (path) => ({ path, package: null, bytesInOutput: 0 });
    if (worker.sources)
        return worker.sources.map((file) => input((0,external_node_path_.join)(root, file)));
    const dir = (0,external_node_path_.join)(root, worker.dir);
    const names = await (0,promises_.readdir)(dir, { recursive: true }).catch(() => []);
    return names
        .filter((name) => SOURCE_FILE.test(name) && !NOT_SOURCE.test(name.split('\\').join('/')))
        .map((name) => input((0,external_node_path_.join)(dir, name)));
}
/** Scans what the bundle contains: the app's files, then its dependencies grouped per package. */
async function scanBundle(inputs, excludeDir, ctx) {
    const out = {
        diagnostics: [],
        listenPorts: [],
        userText: '',
        bytesScanned: 0,
        serverConstructors: [],
    };
    const userFiles = [];
    const byPackage = new Map();
    const importedByApp = new Set();
    for (const input of inputs) {
        // JSON modules (a package.json the app requires for its version) are data, not code.
        if (input.path.startsWith(excludeDir) || !SOURCE_FILE.test(input.path))
            continue;
        if (input.package === null)
            userFiles.push(input.path);
        else
            byPackage.set(input.package, [...(byPackage.get(input.package) ?? []), input.path]);
        if (input.package !== null && input.importedByApp)
            importedByApp.add(input.package);
    }
    const inlined = await scanUserFiles([...new Set(userFiles)], ctx, out);
    reportDependencies([...scanDependencies(byPackage, ctx, out), ...inlined], importedByApp, out);
    await packageFindings(new Set(byPackage.keys()), importedByApp, ctx, out);
    return out;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/plan/shim.ts + 2 modules
var shim = __webpack_require__(2388);
;// CONCATENATED MODULE: ./src/validate/smoke.ts







/** The secret whose value the app used as a file path (a Docker secrets `*_FILE`-style setting), if any. */
function secretAsPath(error, secrets) {
    return secrets.find((s) => error.includes(`${SECRET_PLACEHOLDER}${s.toLowerCase()}`)) ?? null;
}
/** Where Hyperdrive points when no local database is given: a closed port, so queries fail fast. */
const NOWHERE_DB = 'postgres://smoke:smoke@127.0.0.1:9/smoke';
/** What each secret holds in the smoke boot (the real values are never available to check). */
const SECRET_PLACEHOLDER = 'smoke-placeholder-';
/** Local bindings for the plan: KV/D1/R2/DO simulated by miniflare, vars as given, secrets as placeholders. */
function localBindings(worker, localDb) {
    const bindings = { ...worker.vars };
    for (const secret of worker.secrets)
        bindings[secret] = `${SECRET_PLACEHOLDER}${secret.toLowerCase()}`;
    const options = {
        bindings,
        kvNamespaces: [],
        d1Databases: [],
        r2Buckets: [],
        durableObjects: {},
        hyperdrives: {},
    };
    for (const b of worker.bindings) {
        if (b.type === 'kv')
            options.kvNamespaces.push(b.binding);
        if (b.type === 'd1')
            options.d1Databases.push(b.binding);
        if (b.type === 'r2')
            options.r2Buckets.push(b.binding);
        if (b.type === 'durable-object')
            options.durableObjects[b.binding] = b.className;
        if (b.type === 'hyperdrive')
            options.hyperdrives[b.binding] = localDb ?? NOWHERE_DB;
    }
    return options;
}
/**
 * The app never listened on any port: its start-up did not finish in workerd (often I/O it awaits
 * before listen, which workerd refuses at global scope), a start-up failure rather than a failing route.
 * One that listens on another port is a route problem the image would share.
 */
function neverListened(response) {
    return (response.status === 503 &&
        response.body.startsWith(shim/* NOT_LISTENING */.kz) &&
        !response.body.includes(shim/* LISTENS_ELSEWHERE */.wz));
}
/**
 * The Worker's own start-up: a second (warm) boot minus a warm boot of an empty Worker, so starting
 * workerd itself (slow the first time in a process, and on a busy machine) is not counted.
 */
async function ownStartupMs(wrangler, options, emptyOptions) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'dtw-smoke-'));
    try {
        const scriptPath = (0,external_node_path_.join)(dir, 'empty.mjs');
        await (0,promises_.writeFile)(scriptPath, "export default { fetch: () => new Response('ok') };\n");
        // Its only module is its own script: the app's modules live outside this directory, and
        // workerd refuses modules above `modulesRoot` ("can't use '..' to break out").
        const empty = await (0,workerd/* bootWorker */.hv)(wrangler, {
            ...emptyOptions,
            scriptPath,
            modules: [scriptPath],
            onRuntimeOutput: () => undefined,
        });
        await empty.dispose();
        const again = await (0,workerd/* bootWorker */.hv)(wrangler, { ...options, onRuntimeOutput: () => undefined });
        await again.dispose();
        return Math.max(0, again.startupMs - empty.startupMs);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
const sourceMaps = new Map();
async function loadMap(file) {
    if (!sourceMaps.has(file)) {
        const text = await (0,promises_.readFile)(`${file}.map`, 'utf8').catch(() => null);
        sourceMaps.set(file, text ? new external_node_module_.SourceMap(JSON.parse(text)) : null);
    }
    return sourceMaps.get(file) ?? null;
}
/**
 * The original file (relative to `root`) and line of a 1-based position in a bundle module, through
 * wrangler's source map; without a column, the line's first code.
 */
async function originalPosition(file, line, root, column) {
    const map = await loadMap(file);
    if (!map)
        return null;
    const text = column === undefined ? await (0,promises_.readFile)(file, 'utf8').catch(() => '') : '';
    const at = column ?? Math.max(1, (text.split('\n')[line - 1]?.search(/\S/) ?? 0) + 1);
    const entry = map.findEntry(line - 1, at - 1);
    if (!('originalSource' in entry) || !entry.originalSource)
        return null;
    const source = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), entry.originalSource.replace(/^file:\/\//, ''));
    return { file: (0,external_node_path_.relative)(root, source), line: entry.originalLine + 1 };
}
/** Rewrites `entry.js:LINE:COL` frames to the original `src/file.js:LINE` through wrangler's source map. */
async function mapStack(text, bundleDir, root) {
    const frames = [...text.matchAll(/([\w.-]+\.m?js):(\d+):(\d+)/g)];
    let mapped = text;
    for (const [frame, file, line, column] of frames) {
        const original = await originalPosition((0,external_node_path_.join)(bundleDir, file), Number(line), root, Number(column));
        if (original)
            mapped = mapped.replace(frame, `${original.file}:${original.line}`);
    }
    return mapped;
}
/**
 * workerd's log of an internal error (what the app sees as "internal error; reference = …"): the cause as
 * `e = <source>: failed: <message>`, then a `stack:` of native addresses that mean nothing to a user.
 */
const INTERNAL_CAUSE = /^e = (\S+?): (?:failed: )?/;
const NATIVE_STACK = /^stack: \S+@[0-9a-f]+/;
/** The first meaningful error lines of the runtime's output (the uncaught exception and its stack). */
function runtimeError(output) {
    const lines = output
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => !NATIVE_STACK.test(l));
    const start = lines.findIndex((l) => INTERNAL_CAUSE.test(l) || /(Uncaught|Error|error:)/.test(l));
    if (start === -1)
        return null;
    lines[start] = lines[start].replace(/^service [^ ]+: /, '').replace(INTERNAL_CAUSE, (_cause, source) => `workerd (${source}): `);
    return lines
        .slice(start, start + 6)
        .filter((l) => l.trim() !== '')
        .join('\n');
}
/** A failure to reach the network from the local runtime: the machine running check may have none. */
const unreachable = (error) => /failed to lookup address information|getaddrinfo|ENOTFOUND|EAI_AGAIN/i.test(error);
const UNREACHABLE_FIX = 'The request called out to the network, which this machine could not reach (check boots the Worker locally). Where the Worker runs, that call goes to the internet: run check where the host is reachable, or give the smoke request a route that does not call out (a HEALTHCHECK in the Dockerfile).';
/** The Worker's static assets, routed as wrangler configures them (once the build has produced them). */
async function assetsFor(worker, root) {
    if (!worker.assets)
        return {};
    const directory = (0,external_node_path_.join)(root, worker.assets.directory);
    if (!(await (0,promises_.stat)(directory).catch(() => null))?.isDirectory())
        return {};
    const { notFoundHandling, runWorkerFirst } = worker.assets;
    return { assetsDirectory: directory, assetsRouting: { notFoundHandling, runWorkerFirst } };
}
/** Terminal colours a logger adds (Nest's, chalk's): `\x1b[31m…\x1b[39m`. */
const ANSI_COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
/** Errors thrown while the Worker started that the app caught or left unhandled, from workerd's output. */
function startupFailure(output) {
    const lines = output.replace(ANSI_COLOURS, '').split('\n');
    const start = lines.findIndex((l) => /Uncaught|Disallowed operation called within global scope/.test(l));
    return start === -1
        ? null
        : lines
            .slice(start, start + 6)
            .map((l) => l.trim())
            .filter(Boolean)
            .join('\n');
}
/**
 * The Worker started without an error and the app's server answered the request (below 500: a failing
 * import on the first event, where the app is imported with Hyperdrive, answers 500).
 */
function startedCleanly(booted) {
    const { status } = booted.smoke;
    return status !== null && status < 500 && !booted.diagnostics.some((d) => d.ruleId === 'W901');
}
/** The first `file:line` of the app's own sources in a mapped stack (not a library's, not the bundle's). */
function firstSourceFrame(text, bundle) {
    for (const [, file, line] of text.matchAll(/([\w@.-]+(?:\/[\w@.-]+)*\.[cm]?[jt]sx?):(\d+)/g)) {
        if (file !== bundle && !file.includes('node_modules'))
            return { file: file, line: Number(line) };
    }
    return null;
}
/**
 * A start-up error the app logged, judged by what the health check got: a 2xx or 3xx answer (a redirect to
 * a login page is an app at work) means the app
 * serves anyway (W907, a warning quoting the line, at the app's frame it names, else the app's entry;
 * what failed has its own finding, W201 for a connection at module scope); a 4xx/5xx or no answer
 * means it failed to start (W901).
 */
function loggedStartupFinding(logged, { path, status }, entry, appEntry) {
    if (status !== null && status >= 200 && status < 400) {
        return finding('W907', `GET ${path} answered ${status}, but ${entry} logged an error while starting: ${logged}`, firstSourceFrame(logged, entry) ?? { file: appEntry });
    }
    return finding('W901', `${entry} answered, but failed while starting: ${logged}`);
}
/** Boots the bundle in workerd, measures start-up, and sends GET to the health-check path. */
async function smokeBoot(wrangler, options) {
    const { worker } = options;
    const path = worker.healthcheckPath || '/';
    const { entry, modules } = options.files;
    const bundleDir = (0,external_node_path_.dirname)(entry);
    let output = '';
    const smoke = { status: null, startupMs: null, error: null, path };
    const explain = async (fallback) => mapStack(runtimeError(output) ?? fallback, bundleDir, options.root);
    const bootOptions = {
        scriptPath: entry,
        modules,
        compatibilityDate: worker.compatibilityDate,
        compatibilityFlags: worker.compatibilityFlags,
        ...localBindings(worker, options.localDb),
        ...(await assetsFor(worker, options.root)),
        onRuntimeOutput: (chunk) => {
            output += chunk;
        },
    };
    let booted;
    try {
        booted = await (0,workerd/* bootWorker */.hv)(wrangler, bootOptions);
    }
    catch (error) {
        smoke.error = await explain(error instanceof Error ? error.message : String(error));
        const secret = secretAsPath(smoke.error, worker.secrets);
        return {
            smoke,
            diagnostics: [
                finding('W901', `${(0,external_node_path_.basename)(entry)} did not start in workerd: ${smoke.error}`, {}, secret
                    ? {
                        fix: `The app reads a file named by ${secret} (Docker secrets: \`/run/secrets/…\`), which exists on neither Workers nor Containers: read the value from ${secret} itself (\`wrangler secret put ${secret}\`).`,
                    }
                    : {}),
            ],
        };
    }
    const diagnostics = [];
    try {
        const sent = performance.now();
        const response = await booted.fetch(path).catch((error) => error);
        smoke.responseMs = Math.round(performance.now() - sent);
        if (response instanceof Error) {
            smoke.error = await explain(response.message);
            diagnostics.push(finding('W902', `GET ${path} threw: ${smoke.error}`));
        }
        else {
            smoke.status = response.status;
            if (response.status >= 500) {
                // Room for the entry's "did not listen" 503, which quotes the app's last start-up log lines.
                smoke.error = await explain(response.body.slice(0, 1000));
                diagnostics.push(finding(neverListened(response) ? 'W901' : 'W902', `GET ${path} answered ${response.status}: ${smoke.error}`, {}, unreachable(smoke.error) ? { fix: UNREACHABLE_FIX } : {}));
            }
            else if (response.status >= 400) {
                diagnostics.push(finding('W904', `GET ${path} answered ${response.status}`));
            }
        }
    }
    finally {
        await booted.dispose();
    }
    // A start-up failure the app caught and logged (`main().catch(console.error)`): a framework that logs
    // it and serves anyway answers 4xx (Nest before 9.3: 404 on every route), an app that falls back 2xx.
    const logged = diagnostics.every((d) => d.ruleId === 'W904') ? startupFailure(output) : null;
    if (logged) {
        const mapped = await mapStack(logged, bundleDir, options.root);
        const judged = loggedStartupFinding(mapped, smoke, (0,external_node_path_.basename)(entry), worker.sources?.[0]);
        if (judged.ruleId === 'W901')
            smoke.error = mapped;
        diagnostics.push(judged);
    }
    smoke.startupMs = Math.round(booted.startupMs);
    // Over the limit, the boot is measured again without workerd's own start (check's start-up finding
    // uses this figure only when wrangler's CPU profile is unavailable).
    if (booted.startupMs > options.startupLimitMs) {
        const withoutClasses = { ...bootOptions, durableObjects: {} };
        // A second boot that fails (the runtime refusing a restart on a loaded machine) leaves the first figure.
        smoke.startupMs = Math.round(await ownStartupMs(wrangler, bootOptions, withoutClasses).catch(() => booted.startupMs));
    }
    return { smoke, diagnostics };
}

;// CONCATENATED MODULE: ./src/validate/startup.ts






/**
 * The profile's active time in ms: sampled time less idle time, garbage collection included —
 * the "Active" figure wrangler's `summarizeStartupProfile` prints.
 */
function activeMs(profile) {
    const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
    const samples = profile.samples ?? [];
    let active = 0;
    for (const [index, delta] of (profile.timeDeltas ?? []).entries()) {
        if (names.get(samples[index] ?? 0) !== '(idle)')
            active += delta;
    }
    return active / 1000;
}
/** The bundle module and 1-based line where the profile spent most of its own time, among `modules`. */
function hottestLine(profile, modules) {
    // The longest name first: `src/index.js` before `index.js`. The profiler's own entry is a UUID.
    const byLength = [...modules].sort((a, b) => b.length - a.length);
    const ticks = new Map();
    for (const node of profile.nodes) {
        const module = byLength.find((m) => node.callFrame.url.endsWith(`/${m}`));
        if (!module)
            continue;
        for (const { line, ticks: count } of node.positionTicks ?? []) {
            const key = `${module}\n${line}`;
            ticks.set(key, (ticks.get(key) ?? 0) + count);
        }
    }
    const [hottest] = [...ticks.entries()].sort((a, b) => b[1] - a[1]);
    if (!hottest)
        return null;
    const [module, line] = hottest[0].split('\n');
    return { module: module, line: Number(line) };
}
/** Runs `wrangler check startup` on the upload once; the profile, or wrangler's reason when it failed. */
async function profileOnce(ctx, wrangler, options) {
    await (0,promises_.rm)(options.profile, { force: true });
    const run = await (0,toolchain_wrangler/* runWrangler */.IZ)(ctx, wrangler, ['check', 'startup', '--worker', options.upload, '--outfile', options.profile], { config: options.config, cwd: (0,external_node_path_.dirname)(options.config) });
    const profile = await (0,promises_.readFile)(options.profile, 'utf8')
        .then((text) => JSON.parse(text))
        .catch(() => null);
    if (run.exitCode === 0 && profile)
        return profile;
    const text = `${run.stderr}\n${run.stdout}`.replace(/\x1b\[[0-9;]*m/g, '');
    const reason = /\[ERROR\]\s*(.+)/.exec(text)?.[1] ?? `exit ${run.exitCode}`;
    return { error: reason.trim() };
}
/**
 * wrangler's start-up profile of the upload. wrangler gives workerd 10 s to start and answer
 * (`STARTUP_PROFILE_TIMEOUT_MS`), which a busy machine can miss: a timeout is tried once more.
 */
async function profileStartup(ctx, wrangler, options) {
    const first = await profileOnce(ctx, wrangler, options);
    if (!('error' in first) || !/timed out/i.test(first.error))
        return first;
    return profileOnce(ctx, wrangler, options);
}
/** Where in the app (or which package) the hottest line of the bundle comes from. */
async function startupLocation(profile, bundle, root) {
    const names = bundle.modules.map((m) => (0,external_node_path_.relative)(bundle.dir, m).split('\\').join('/'));
    const hottest = hottestLine(profile, names);
    if (!hottest)
        return {};
    const original = await originalPosition(`${bundle.dir}/${hottest.module}`, hottest.line, root);
    if (!original)
        return {};
    const pkg = packageOf(original.file);
    return pkg ? { package: pkg } : { file: original.file, line: original.line };
}
/** W903 when the global scope's CPU time is over the budget. */
function startup_startupFindings(measure, where) {
    if (measure.cpuMs <= measure.limitMs)
        return [];
    const spot = where.file
        ? ` most of it at ${where.file}:${where.line}`
        : where.package
            ? ` most of it in ${where.package}`
            : '';
    const how = measure.method === 'wrangler check startup'
        ? 'CPU, `wrangler check startup` on this machine'
        : 'wall-clock, workerd boot on this machine';
    const profile = measure.profile
        ? ` The CPU profile ${measure.profile} opens in Chrome DevTools (Performance) or VS Code as a flame graph.`
        : '';
    return [
        finding('W903', `Global scope takes about ${measure.cpuMs} ms to evaluate (${how})${spot ? `,${spot}` : ''}; Cloudflare's start-up limit is ${measure.limitMs} ms`, where, {
            fix: `Defer that work to the first request (create clients and compile schemas lazily), or trim what the entry imports.${profile}`,
        }),
    ];
}
/**
 * Start-up from wrangler's CPU profile, or from the smoke boot's timing when wrangler could not profile
 * (a wrangler without `check startup`, a binding it cannot reproduce); null with neither.
 */
async function measuredStartup(profiled, smoke, options) {
    if (!('error' in profiled)) {
        const measure = {
            cpuMs: Math.round(activeMs(profiled)),
            limitMs: options.limitMs,
            method: 'wrangler check startup',
            profile: (0,external_node_path_.relative)(options.root, options.profile),
        };
        const where = await startupLocation(profiled, options.bundle, options.root);
        return { measure, diagnostics: startup_startupFindings(measure, where) };
    }
    if (smoke?.startupMs === null || smoke === null)
        return null;
    const measure = {
        cpuMs: smoke.startupMs,
        limitMs: options.limitMs,
        method: 'workerd boot',
        profile: null,
        profileError: profiled.error,
    };
    return { measure, diagnostics: startup_startupFindings(measure, {}) };
}

;// CONCATENATED MODULE: ./src/validate/verdict.ts

/**
 * Errors that mean the Worker path failed where the image's would not: wrangler's bundle, the
 * Next.js adapter's step after `next build` (W811), the start-up in workerd, or a native addon the app
 * loads (W401: it fails wherever it loads, at start-up or on the request that first needs it, while the
 * image loads it). A failed build (W810) is not one: it is the build the image runs too. A crash a known
 * pitfall's remedy fixes is not one either (it gets that fix instead).
 */
const WORKER_PATH_FAILURES = new Set(['W401', 'W803', 'W811', 'W901']);
/**
 * Errors that leave the Worker path untried: the dependencies could not be installed (W002, W005) or the
 * build failed (W810). A bundle that then fails says nothing about the app, so check does not switch.
 */
const INCONCLUSIVE = new Set(['W002', 'W005', 'W810']);
const where = (d) => d.file ? ` (${d.file}${d.line ? `:${d.line}` : ''})` : '';
/**
 * The check verdict for a Worker, decided here only. `container` and `unsupported` stay as plan
 * decided (check does not bundle those). When the Worker path fails and the image runs the app, the
 * verdict is `container`, naming the failure; otherwise errors make it `needs-changes` (never `ready`).
 */
function checkVerdict(planned, diagnostics, facts = {}) {
    if (planned === 'container' || planned === 'unsupported')
        return { verdict: planned, reason: null, toContainer: false };
    const failure = diagnostics.find((d) => d.severity === 'error' &&
        WORKER_PATH_FAILURES.has(d.ruleId) &&
        !facts.remediable?.includes(d) &&
        // A file named by a secret (compose `secrets:` under /run/secrets) is missing in a container too.
        !d.message.includes(SECRET_PLACEHOLDER));
    const untried = diagnostics.some((d) => d.severity === 'error' && INCONCLUSIVE.has(d.ruleId));
    if (failure && facts.imageRuns && !untried) {
        return {
            verdict: 'container',
            reason: `the Worker path failed (${failure.ruleId}${where(failure)}: ${failure.message}); the image runs as it is on Cloudflare Containers${facts.build ? ` (the Worker's build: ${facts.build})` : ''}`,
            toContainer: true,
        };
    }
    const error = diagnostics.find((d) => d.severity === 'error');
    return error
        ? { verdict: 'needs-changes', reason: `${error.ruleId}: ${error.message}`, toContainer: false }
        : { verdict: planned, reason: null, toContainer: false };
}
/** The overall verdict of several Workers: the worst one. */
function overallVerdict(results) {
    const order = ['unsupported', 'needs-changes', 'container', 'ready'];
    return order.find((v) => results.some((r) => r.verdict === v)) ?? 'ready';
}
/** 0 when nothing at or above the `failOn` severity remains, else 1. */
function exitCode(diagnostics, failOn) {
    if (failOn === 'never')
        return 0;
    const failing = failOn === 'warning' ? ['error', 'warning'] : ['error'];
    return diagnostics.some((d) => failing.includes(d.severity)) ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/validate/index.ts





















/** `"docker-to-workers": { "allow": [...] }` in the service's package.json. */
async function appAllowList(dir) {
    const pkg = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'package.json'), 'utf8')
        .then((t) => JSON.parse(t))
        .catch(() => null);
    const allow = pkg?.['docker-to-workers']?.allow;
    return Array.isArray(allow) ? allow.filter((a) => typeof a === 'string') : [];
}
function httpShim(worker) {
    return Object.values(worker.generated?.modules ?? {}).some((m) => m.includes('httpServerHandler'));
}
/** Findings that need the whole app's scan: listen without the shim, several ports. */
function serverFindings(worker, scan, shimKnown) {
    const ports = [...new Set(scan.listenPorts)];
    const found = [];
    if (ports.length > 0 && shimKnown && !httpShim(worker)) {
        found.push(finding('W108', `The app calls listen(${ports[0]}) but the Worker entry has no httpServerHandler`));
    }
    if (ports.length > 1) {
        found.push(finding('W705', `The app listens on ${ports.length} ports (${ports.join(', ')}); only one is served`));
    }
    return found;
}
/** Whether the Worker's service is a workspace of the monorepo detect found it in. */
function isWorkspaceMember(plan, worker) {
    const pkg = plan.app.packageJson;
    return pkg !== null && pkg.dir === worker.dir && pkg.dir !== '.' && pkg.workspaces.length > 0;
}
/** What the scanner needs to know about the Worker (as planned, or as it would be for a container). */
function scanContext(plan, worker, wrangler, tier) {
    return {
        root: plan.root,
        dir: (0,external_node_path_.resolve)(plan.root, worker.dir),
        wrangler,
        scan: {
            compatibilityDate: worker.compatibilityDate,
            nodejsCompat: worker.target !== 'worker' ||
                (0,compat/* nodejsCompatEnabled */.Z2)(worker.compatibilityDate, worker.compatibilityFlags),
            cpuMsPerRequest: worker.cpuMs ?? validate_limits/* TIER_LIMITS */.AK[tier].cpuMsPerRequest,
            defined: Object.keys(worker.generated?.config.define ?? {}),
        },
    };
}
async function checkWorker(plan, worker, wrangler, options, ctx) {
    const result = {
        worker: worker.name,
        verdict: worker.verdict,
        diagnostics: [],
        bundle: null,
        smoke: null,
        startup: null,
    };
    if (worker.target !== 'worker') {
        // Not bundled: the scan of the sources still shows what keeps the app off Workers.
        if (worker.target === 'container') {
            const context = scanContext(plan, worker, wrangler, options.tier ?? plan.tier);
            result.diagnostics = (await scanBundle(await plannedSources(plan.root, worker), plan.outDir, context)).diagnostics;
        }
        return { result, container: null };
    }
    const tier = options.tier ?? plan.tier;
    const limits = validate_limits/* TIER_LIMITS */.AK[tier];
    const dir = (0,external_node_path_.resolve)(plan.root, worker.dir);
    const diagnostics = [];
    if (options.install !== false) {
        diagnostics.push(...(await ensureDependencies(ctx, {
            dir,
            root: plan.root,
            allowScripts: options.allowInstallScripts ?? false,
            workspaceMember: isWorkspaceMember(plan, worker),
            docker: plan.app.dockerfile
                ? { path: plan.app.dockerfile.path, steps: plan.app.dockerfile.installSteps ?? [] }
                : undefined,
            build: Boolean(worker.build?.command),
        })));
        // Pitfalls only the installed tree shows get plan's remedy; alias targets resolve to the files
        // just installed.
        if (await remedyInstalledPitfalls(worker, plan.root, options.remedies !== false))
            await (0,write/* writePlan */.p)(plan, ctx);
        else
            await (0,write/* writeWorkerConfig */.E)(plan, worker);
    }
    const workerDir = (0,external_node_path_.join)(plan.outDir, worker.name);
    const smokeOn = options.smoke !== false;
    const config = (0,external_node_path_.join)(plan.outDir, worker.files.wranglerConfig);
    const openNext = (0,build/* isOpenNextBuild */.Al)(worker.build);
    const buildEnv = (0,build_env/* buildEnvFor */.hO)(worker.build, options.buildEnv);
    if (openNext) {
        // Without the app's dependencies (`next` among them) the adapter cannot build anything.
        if (diagnostics.some((d) => d.severity === 'error'))
            return conclude(worker, result, diagnostics, [], options, dir);
        const built = await buildOpenNext(ctx, wrangler, {
            appDir: (0,external_node_path_.resolve)(plan.root, worker.build.cwd),
            root: plan.root,
            config,
            env: buildEnv,
        });
        diagnostics.push(...built.diagnostics);
        if (!built.built)
            return conclude(worker, result, diagnostics, [], options, dir);
        // wrangler bundles what the adapter wrote: its custom build would run the adapter again.
        await (0,write/* writeWorkerConfig */.E)(plan, withoutBuild(worker));
    }
    const upload = (0,external_node_path_.join)(workerDir, 'upload.bundle');
    // While wrangler bundles: load the local runtime and look up pitfalls. The scan starts once the
    // metafile names the inputs (wrangler is still printing and exiting), the smoke boot (workerd, in
    // another process) as soon as the bundle's files are complete.
    const bundling = bundleWorker(ctx, wrangler, {
        config,
        outDir: (0,external_node_path_.join)(workerDir, 'bundle'),
        upload,
        tier,
        build: openNext ? null : customBuild(worker, workerDir, plan.root, buildEnv),
    });
    const pitfallsFound = unremediedPitfalls(worker, plan.root, options.remedies !== false);
    const runtimeLoaded = smokeOn ? (0,workerd/* preloadRuntime */.YS)(wrangler).catch(() => undefined) : undefined;
    const scanning = bundling.inputs.then(async (inputs) => scanBundle(inputs ?? (await plannedSources(plan.root, worker)), plan.outDir, scanContext(plan, worker, wrangler, tier)));
    const booting = smokeOn
        ? bundling.files.then(async (files) => {
            await runtimeLoaded;
            return files === null
                ? null
                : smokeBoot(wrangler, {
                    files,
                    worker,
                    root: plan.root,
                    startupLimitMs: options.startupBudgetMs ?? limits.startupMs,
                    localDb: options.localDb,
                });
        })
        : null;
    // wrangler's start-up profile of the upload, beside the smoke boot, once wrangler has written it.
    const profiling = bundling.built.then((built) => 'error' in built || options.startupProfile === false
        ? null
        : profileStartup(ctx, wrangler, {
            config,
            upload,
            profile: (0,external_node_path_.join)(workerDir, 'startup.cpuprofile'),
        }));
    const [built, scan, pitfalls, boot, kvReads, profiled] = await Promise.all([
        bundling.built,
        scanning,
        pitfallsFound,
        booting,
        kvReadsAfterWrites(plan, worker, wrangler),
        profiling,
    ]);
    // A boot of a bundle wrangler then rejected says nothing about the Worker.
    const booted = 'error' in built ? null : boot;
    diagnostics.push(...afterBoot(scan, booted !== null && startedCleanly(booted)), ...kvReads, ...serverFindings(worker, scan, worker.generated !== undefined), ...pitfalls.map((p) => p.diagnostic));
    if ('error' in built) {
        diagnostics.push(built.error);
    }
    else {
        result.bundle = built.report;
        diagnostics.push(...built.diagnostics);
    }
    const remediable = [];
    if (booted) {
        result.smoke = booted.smoke;
        // A crash that a known pitfall explains gets that pitfall's fix.
        for (const d of booted.diagnostics) {
            const known = pitfalls.find((p) => {
                const signature = pitfallSignature(p.pitfall);
                return signature !== null && d.message.includes(signature);
            });
            const explained = known ? { ...d, fix: known.diagnostic.fix } : d;
            if (known)
                remediable.push(explained);
            diagnostics.push(explained);
        }
        if (booted.smoke.error && booted.smoke.status === null)
            diagnostics.push(...(await browserBuildFindings((0,external_node_path_.join)(workerDir, 'metafile.json'), plan.root, booted.smoke.error)));
    }
    if (!('error' in built) && profiled) {
        const measured = await measuredStartup(profiled, booted?.smoke ?? null, {
            limitMs: options.startupBudgetMs ?? limits.startupMs,
            profile: (0,external_node_path_.join)(workerDir, 'startup.cpuprofile'),
            bundle: { dir: (0,external_node_path_.join)(workerDir, 'bundle'), modules: built.modules },
            root: plan.root,
        });
        result.startup = measured?.measure ?? null;
        diagnostics.push(...(measured?.diagnostics ?? []));
    }
    return conclude(worker, result, diagnostics, remediable, options, dir);
}
/** The worker's config without wrangler's custom build (check ran it already). */
function withoutBuild(worker) {
    if (!worker.generated)
        return worker;
    const config = { ...worker.generated.config };
    delete config.build;
    return { ...worker, generated: { ...worker.generated, config } };
}
/** The allow list applied, the verdict decided, and the container plan when the Worker path failed. */
async function conclude(worker, result, diagnostics, remediable, options, dir) {
    const allow = [...(options.allow ?? []), ...(await appAllowList(dir))];
    result.diagnostics = applyAllowList(diagnostics, allow);
    const decided = checkVerdict(worker.verdict, result.diagnostics, {
        imageRuns: Boolean(worker.imageFallback),
        remediable,
        build: worker.build?.why,
    });
    result.verdict = decided.verdict;
    if (decided.toContainer && decided.reason) {
        // What the Worker path found no longer blocks a deploy that ships the image: each stays listed, as a
        // note of what would have to change to run the service as a Worker.
        result.diagnostics = [
            ...result.diagnostics.map((d) => ({ ...d, severity: 'note' })),
            finding('W905', decided.reason, { file: worker.imageFallback?.container?.dockerfile }),
        ];
        return {
            result,
            container: {
                ...worker.imageFallback,
                targetReason: decided.reason,
                verdictReason: decided.reason,
            },
        };
    }
    return { result, container: null };
}
/** W706 where the plan put a Redis client's data in KV (a Redis client and a KV binding). */
async function kvReadsAfterWrites(plan, worker, wrangler) {
    const kv = worker.bindings.find((b) => b.type === 'kv');
    if (!kv)
        return [];
    // The app's files the Worker runs (its entry's import graph), as the scanner reads them.
    const files = (await plannedSources(plan.root, worker)).map((input) => input.path);
    return kvReadAfterWrite(files, plan.root, kv.binding, wrangler);
}
/**
 * Bundles, scans and smoke-boots each planned Worker; one result per Worker. A Worker whose path
 * failed while its image runs the app becomes its container plan, in `plan` and in the output
 * directory, so deploy ships what check judged.
 */
async function check(plan, options, ctx) {
    const wrangler = await (0,toolchain_wrangler/* resolveWrangler */.L9)(ctx);
    const results = [];
    let switched = false;
    for (const [index, worker] of plan.workers.entries()) {
        const { result, container } = await checkWorker(plan, worker, wrangler, options, ctx);
        results.push(result);
        if (container) {
            plan.workers[index] = container;
            switched = true;
        }
    }
    if (switched)
        await (0,write/* writePlan */.p)(plan, ctx);
    return results;
}

/**
 * The custom build wrangler runs before bundling: the Worker's own, else its static site's (a
 * frontend's `npm run build`, when only the assets are built). Its failure is then W810, the build the
 * image runs too, not a failure of the Worker path that would send the service to its container.
 */
function customBuild(worker, workerDir, root, env) {
    if (worker.build?.command)
        return {
            command: worker.build.command,
            cwd: worker.build.cwd,
            output: worker.build.entry,
            env,
        };
    const site = worker.generated?.config.build;
    if (typeof site?.command !== 'string' || !worker.assets)
        return null;
    const fromRoot = (path) => (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(workerDir, path)) || '.';
    return {
        command: site.command,
        cwd: fromRoot(typeof site.cwd === 'string' ? site.cwd : '.'),
        output: fromRoot(worker.assets.directory),
        env,
    };
}

// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(7758);
// EXTERNAL MODULE: ./src/cli/planning.ts
var planning = __webpack_require__(1070);
;// CONCATENATED MODULE: ./src/cli/check.ts











/** The `--json` shape: the main Worker's result at the top, every Worker under `workers`. */
function checkJson(results, planDiagnostics, tier) {
    const main = results[0];
    const diagnostics = [...planDiagnostics, ...results.flatMap((r) => r.diagnostics)].map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        file: d.file ?? null,
        line: d.line ?? null,
        column: d.column ?? null,
        package: d.package ?? null,
        fix: d.fix ?? null,
    }));
    return {
        verdict: overallVerdict(results),
        tier,
        diagnostics,
        bundle: main?.bundle ?? null,
        smoke: main?.smoke ?? null,
        workers: results,
    };
}
async function repositoryRoot(dir) {
    for (let current = dir;; current = (0,external_node_path_.dirname)(current)) {
        const found = await (0,promises_.access)((0,external_node_path_.join)(current, '.git')).then(() => true, () => false);
        if (found)
            return current;
        if ((0,external_node_path_.dirname)(current) === current)
            return dir;
    }
}
/** SARIF with locations relative to the repository root (GitHub code scanning needs that). */
async function writeSarif(file, plan, diagnostics) {
    const prefix = (0,external_node_path_.relative)(await repositoryRoot(plan.root), plan.root);
    await (0,promises_.writeFile)(file, sarifLog((0,report_diagnostics/* prefixPaths */.rC)(diagnostics, prefix), (0,external_node_path_.join)(prefix, 'package.json')));
}
const FAIL_ON = ['error', 'warning', 'never'];
const checkCommand = {
    usage: 'Usage: docker-to-workers check [DIR] [--json] [--sarif FILE] [--plan free|paid] [--no-smoke] [--no-remedies]\n' +
        '         [--fail-on error|warning|never] [--local-db URL] [--allow W704,W302:ajv] [--out DIR]\n' +
        `         ${flags/* BUILD_ENV_USAGE */.lX}\n` +
        `         ${flags/* DETECT_USAGE */.AK}`,
    async run(args, ctx) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                json: { type: 'boolean' },
                sarif: { type: 'string' },
                plan: { type: 'string' },
                'no-smoke': { type: 'boolean' },
                'no-remedies': { type: 'boolean' },
                'fail-on': { type: 'string', default: 'error' },
                'local-db': { type: 'string' },
                allow: { type: 'string' },
                out: { type: 'string' },
                'build-env': { type: 'string', multiple: true },
                ...flags/* DETECT_FLAGS */.AW,
            },
        });
        const tier = (0,flags/* tierFromFlag */.VZ)(values.plan);
        if (!FAIL_ON.includes(values['fail-on'])) {
            throw new errors/* UserError */.y(`--fail-on must be one of ${FAIL_ON.join(', ')}, not '${values['fail-on']}'.`);
        }
        if (values['local-db'])
            ctx.setSecret(values['local-db']);
        const buildEnv = (0,flags/* buildEnvFrom */.Wj)(values['build-env'], 'check', ctx);
        const plan = await (0,planning/* preparePlan */.H)((0,external_node_path_.resolve)(positionals[0] ?? '.'), (0,flags/* detectOptionsFrom */._C)(values), { noRemedies: values['no-remedies'], out: values.out, tier: tier.tier }, ctx);
        const results = await check(plan, {
            tier: tier.tier,
            smoke: !values['no-smoke'],
            remedies: !values['no-remedies'],
            localDb: values['local-db'],
            buildEnv,
            allow: values.allow
                ?.split(',')
                .map((a) => a.trim())
                .filter(Boolean),
        }, ctx);
        const all = [...plan.diagnostics, ...results.flatMap((r) => r.diagnostics)];
        if (values.sarif)
            await writeSarif((0,external_node_path_.resolve)(values.sarif), plan, all);
        if (values.json) {
            process.stdout.write(`${JSON.stringify(checkJson(results, plan.diagnostics, tier), null, 2)}\n`);
        }
        else {
            const parts = [(0,plan_text/* renderPlanText */.$)(plan), renderTier(tier), (0,report_diagnostics/* renderCheckText */.OW)(results)];
            parts.push(`Verdict: ${overallVerdict(results)}  (plan and generated files in ${(0,external_node_path_.relative)(process.cwd(), plan.outDir) || '.'})`);
            process.stdout.write(`${parts.join('\n\n')}\n`);
        }
        return exitCode(all, values['fail-on']);
    },
};


/***/ }),

/***/ 1070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ preparePlan),
/* harmony export */   b: () => (/* binding */ planFor)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1963);
/* harmony import */ var _plan_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3787);




/** detect → plan → write the plan into the output directory: what `check` and `dev` start from. */
async function preparePlan(dir, detectOptions, options, ctx) {
    const plan = await (0,_plan_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .planRepository */ ._)(dir, detectOptions, { noRemedies: options.noRemedies, outDir: options.out, tier: options.tier }, ctx);
    await (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writePlan */ .pD)(plan, ctx);
    return plan;
}
/** The saved plan in the output directory (deploy can run from it), or a fresh, written one. */
async function planFor(dir, detectOptions, out, ctx) {
    const outDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(out ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _plan_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_OUT_DIR */ .vx));
    const saved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, 'plan.json')).then(() => true, () => false);
    if (saved)
        return (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPlan */ .Yq)(outDir);
    ctx.log.info(`No saved plan in ${outDir}: running detect and plan.`);
    return preparePlan(dir, detectOptions, { out }, ctx);
}


/***/ }),

/***/ 3787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ planRepository)
/* harmony export */ });
/* harmony import */ var _detect_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1368);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1963);


/**
 * detect → plan for a directory, the way every host starts: other services the compose file builds
 * are detected as apps of their own (`--service`) so each becomes a Worker.
 */
async function planRepository(dir, detectOptions, options, ctx) {
    const app = await (0,_detect_index_js__WEBPACK_IMPORTED_MODULE_0__/* .detect */ .o)(dir, detectOptions, ctx);
    return (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .planApp */ .Bu)(app, {
        ...options,
        detectService: (service) => (0,_detect_index_js__WEBPACK_IMPORTED_MODULE_0__/* .detect */ .o)(dir, { ...detectOptions, service: service.name }, ctx),
    }, ctx);
}


/***/ }),

/***/ 6574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OW: () => (/* binding */ renderCheckText),
/* harmony export */   ms: () => (/* binding */ renderDiagnosticsText),
/* harmony export */   rC: () => (/* binding */ prefixPaths)
/* harmony export */ });
/* unused harmony exports sortDiagnostics, location, countBySeverity, summaryLine, renderDiagnosticsMarkdown, DEFAULT_ANNOTATION_CAP, toAnnotations, renderCheckMarkdown */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Renderers for a diagnostic list (any stage): CLI text, a Markdown table for job summaries, and
 * GitHub annotation data. Pure functions: hosts decide where the text goes.
 */
const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 };
function sortDiagnostics(diagnostics) {
    return [...diagnostics].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (a.file ? 0 : 1) - (b.file ? 0 : 1) ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0));
}
/** `file:line:column`, the package, or '' — where a finding is. */
function location(d) {
    if (d.file)
        return `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : ''}`;
    return d.package ? `(${d.package})` : '';
}
function countBySeverity(diagnostics) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const d of diagnostics)
        counts[d.severity]++;
    return counts;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function summaryLine(diagnostics) {
    const c = countBySeverity(diagnostics);
    return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.note, 'note')}`;
}
/** One block per finding: `error W101 src/a.js:3  message`, then the fix and docs indented. */
function renderDiagnosticsText(diagnostics) {
    return sortDiagnostics(diagnostics)
        .map((d) => {
        const where = location(d);
        const lines = [
            `${d.severity.padEnd(7)} ${d.ruleId} ${where ? `${where}  ` : ''}${d.message}`,
        ];
        if (d.fix)
            lines.push(`        fix: ${d.fix}`);
        if (d.docs)
            lines.push(`        see: ${d.docs}`);
        return lines.join('\n');
    })
        .join('\n');
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A Markdown table of findings (for job summaries and PR comments). */
function renderDiagnosticsMarkdown(diagnostics) {
    if (diagnostics.length === 0)
        return '_No findings._';
    const icon = {
        error: '❌ error',
        warning: '⚠️ warning',
        note: 'ℹ️ note',
    };
    const rows = sortDiagnostics(diagnostics).map((d) => {
        const rule = d.docs ? `[${d.ruleId}](${d.docs})` : d.ruleId;
        const where = location(d);
        return `| ${icon[d.severity]} | ${rule} | ${where ? `\`${cell(where)}\`` : ''} | ${cell(d.message)} | ${cell(d.fix ?? '')} |`;
    });
    return ['| severity | rule | where | finding | fix |', '|---|---|---|---|---|', ...rows].join('\n');
}
/** GitHub's limit per step is 10 of each level; a run shows at most 50. */
const DEFAULT_ANNOTATION_CAP = 50;
/** Annotation data, errors first, capped; `omitted` counts the rest (say so in the summary). */
function toAnnotations(diagnostics, cap = DEFAULT_ANNOTATION_CAP) {
    const level = {
        error: 'failure',
        warning: 'warning',
        note: 'notice',
    };
    const sorted = sortDiagnostics(diagnostics);
    const annotations = sorted.slice(0, cap).map((d) => ({
        level: level[d.severity],
        title: `${d.ruleId}${d.package ? ` (${d.package})` : ''}`,
        message: d.fix ? `${d.message}\nFix: ${d.fix}` : d.message,
        ...(d.file ? { file: d.file } : {}),
        ...(d.line ? { startLine: d.line } : {}),
        ...(d.column ? { startColumn: d.column } : {}),
    }));
    return { annotations, omitted: Math.max(0, sorted.length - cap) };
}
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
function bar(share, width = 20) {
    const filled = Math.max(share > 0 ? 1 : 0, Math.round(share * width));
    return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}
function smokeText(result) {
    const s = result.smoke;
    if (!s)
        return 'skipped';
    const status = s.status === null ? 'no response' : `GET ${s.path} → ${s.status}`;
    const timing = [
        s.startupMs !== null ? `boot ${s.startupMs} ms` : null,
        s.responseMs ? `response ${s.responseMs} ms` : null,
    ].filter(Boolean);
    return `${status}${timing.length ? ` (${timing.join(', ')})` : ''}${s.error ? `: ${s.error.split('\n')[0]}` : ''}`;
}
/** `212 ms of 1000 ms (wrangler check startup)`: start-up against the limit, and how it was measured. */
function startupText(result) {
    const s = result.startup;
    if (!s)
        return 'not measured';
    const over = s.cpuMs > s.limitMs ? ' — over the limit' : '';
    const how = s.method === 'wrangler check startup' ? 'CPU, wrangler check startup' : 'workerd boot';
    return `${s.cpuMs} ms of ${s.limitMs} ms (${how})${over}`;
}
/** The check report for the terminal: per Worker the verdict, bundle, smoke result and findings. */
function renderCheckText(results) {
    return results
        .map((r) => {
        const lines = [`Worker ${r.worker}: ${r.verdict} (${summaryLine(r.diagnostics)})`];
        if (r.bundle) {
            const b = r.bundle;
            const pct = ((b.rawBytes / b.limitBytes) * 100).toFixed(0);
            lines.push(`  bundle: ${kib(b.rawBytes)} = ${pct} % of ${kib(b.limitBytes)}, gzip ${kib(b.gzipBytes)}`);
            for (const p of b.topPackages) {
                lines.push(`    ${bar(p.share)} ${(p.share * 100).toFixed(1).padStart(5)} %  ${p.package} (${kib(p.bytes)})`);
            }
        }
        lines.push(`  start-up: ${startupText(r)}`, `  smoke: ${smokeText(r)}`);
        if (r.diagnostics.length > 0)
            lines.push('', renderDiagnosticsText(r.diagnostics));
        return lines.join('\n');
    })
        .join('\n\n');
}
/** The check section of a job summary: verdict, findings table, bundle chart, smoke result. */
function renderCheckMarkdown(results, omittedAnnotations = 0) {
    return results
        .map((r) => {
        const parts = [`### ${r.worker}: \`${r.verdict}\``, '', summaryLine(r.diagnostics), ''];
        parts.push(renderDiagnosticsMarkdown(r.diagnostics), '');
        if (r.bundle) {
            const b = r.bundle;
            parts.push(`**Bundle** ${kib(b.rawBytes)} of ${kib(b.limitBytes)}, gzip ${kib(b.gzipBytes)}`, '');
            parts.push('| package | share | size |', '|---|---|---|');
            for (const p of b.topPackages) {
                parts.push(`| ${cell(p.package)} | \`${bar(p.share, 10)}\` ${(p.share * 100).toFixed(1)} % | ${kib(p.bytes)} |`);
            }
            parts.push('');
        }
        parts.push(`**Start-up** ${cell(startupText(r))}`, '', `**Smoke boot** ${cell(smokeText(r))}`);
        if (omittedAnnotations > 0)
            parts.push('', `_${omittedAnnotations} more findings are not annotated; they are all in the table above._`);
        return parts.join('\n');
    })
        .join('\n\n');
}
/** The same findings with `prefix` put before each file path (app-relative → repository-relative). */
function prefixPaths(diagnostics, prefix) {
    if (prefix === '')
        return diagnostics;
    return diagnostics.map((d) => d.file ? { ...d, file: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(prefix.split('\\').join('/'), d.file) } : d);
}


/***/ }),

/***/ 8495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ renderPlanText)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6574);


const where = (path) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(process.cwd(), path) || '.';
function describeWorker(plan, worker) {
    const app = plan.app;
    const lines = [
        `${worker.name}: ${worker.target} — ${worker.targetReason}${worker.targetSource ? ` (${worker.targetSource})` : ''}`,
        `  app: ${app.framework} on ${app.runtime}, entry ${app.entry ?? app.runFile ?? '?'}, port ${worker.port ?? '-'}, health ${worker.healthcheckPath}`,
        `  config: ${where(plan.outDir)}/${worker.files.wranglerConfig} (${worker.compatibilityDate}${worker.compatibilityFlags.length ? `, ${worker.compatibilityFlags.join(', ')}` : ''})`,
    ];
    for (const b of worker.bindings)
        lines.push(`  binding ${b.type} ${b.binding}: ${b.reason}`);
    for (const r of worker.remedies)
        lines.push(`  remedy applied: ${r.description}`);
    for (const c of worker.codeChanges) {
        lines.push(`  change ${c.file}${c.line ? `:${c.line}` : ''}: ${c.change}`);
    }
    if (worker.secrets.length > 0)
        lines.push(`  secrets to set: ${worker.secrets.join(', ')}`);
    if (worker.deployButton)
        lines.push(`  Deploy to Cloudflare: ${worker.deployButton}`);
    lines.push(`  plan verdict: ${worker.verdict}${worker.verdict === 'ready' ? '' : ` (${worker.verdictReason})`}`);
    return lines;
}
/** The plan as a person reads it: one block per Worker, the plan's findings, where the report is. */
function renderPlanText(plan) {
    const findings = plan.diagnostics.filter((d) => d.severity !== 'note');
    const written = plan.written
        ? [
            `written into the repository: ${plan.written.created.join(', ') || 'nothing'}`,
            ...(plan.written.edited.length ? [`edited: ${plan.written.edited.join(', ')}`] : []),
        ]
        : [];
    // Detect's errors stop the plan too (its verdict says so); they are printed with file:line and fix.
    const detectErrors = plan.app.diagnostics.filter((d) => d.severity === 'error');
    return [
        ...plan.workers.flatMap((w) => describeWorker(plan, w)),
        ...(detectErrors.length > 0
            ? [`Detect findings:\n${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .renderDiagnosticsText */ .ms)(detectErrors)}`]
            : []),
        ...(findings.length > 0 ? [`Plan findings:\n${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .renderDiagnosticsText */ .ms)(findings)}`] : []),
        ...written,
        `migration report: ${where(plan.outDir)}/MIGRATION.md`,
    ].join('\n');
}


/***/ }),

/***/ 1752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ TIER_LIMITS),
/* harmony export */   Hm: () => (/* binding */ LIMITS_SOURCE),
/* harmony export */   xf: () => (/* binding */ SIZE_WARNING_RATIO)
/* harmony export */ });
/**
 * Workers limits the checks compare against, per plan tier.
 * Source: https://developers.cloudflare.com/workers/platform/limits/ (Worker size 64 MiB on every plan
 * since the compressed 3 MB / 10 MB limits were removed in 2026, as wrangler 4.164's size reporter
 * `MAX_UNCOMPRESSED_SIZE_BYTES`; start-up 1 s; memory 128 MB).
 */
const LIMITS_SOURCE = 'https://developers.cloudflare.com/workers/platform/limits/';
const MiB = 1024 * 1024;
const TIER_LIMITS = {
    free: { scriptBytes: 64 * MiB, startupMs: 1000, cpuMsPerRequest: 10 },
    paid: { scriptBytes: 64 * MiB, startupMs: 1000, cpuMsPerRequest: 30_000 },
};
/** Share of the size limit above which a bundle is reported as close to it. */
const SIZE_WARNING_RATIO = 0.8;


/***/ })

};
