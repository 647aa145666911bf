import semver from 'semver';
import type { InstalledPackage } from './installed.js';
import { SONIC_BOOM_STAND_IN } from './sonic-boom.js';
import { findInSources, hitRef, type SourceFile } from './sources.js';

/**
 * Known reasons a Dockerised Node app that bundles fine still fails in workerd, as data.
 * Measured by bundling real apps with wrangler and booting them in workerd (see the issues each entry
 * cites, e.g. workers-sdk #9309), and https://developers.cloudflare.com/workers/runtime-apis/nodejs/.
 * The validate stage reads the same table.
 */
export type PitfallRemedy =
  /** Fixed in the generated build: a wrangler `alias` to a fixed version vendored into the output dir. */
  | {
      kind: 'alias';
      package: string;
      replacement: { name: string; version: string };
      description: string;
    }
  /**
   * Fixed in the generated build: wrangler `alias`es that give the bundle the package's Node build
   * (`node-build`), or a stand-in that does the package's job the way Workers can (`stand-in`).
   * wrangler bundles with esbuild's browser platform and the conditions `workerd`, `worker`, `browser`
   * (getBuildConditions in wrangler's bundle code), so a package.json `browser` field wins. A bare alias
   * target is resolved by Node (`require.resolve`) and loaded as is, so no `browser` field applies; a
   * `.cjs` target is a module generated beside wrangler.jsonc (`modules`).
   */
  | {
      kind: 'node-build' | 'stand-in';
      alias: Record<string, string>;
      modules?: Record<string, string>;
      description: string;
    }
  /**
   * Fixed in the generated build: a wrangler `alias` points the app's server package at a module generated
   * beside wrangler.jsonc that keeps the app's fetch handler; the entry exports that module's default
   * (its `fetch`) instead of httpServerHandler, so no node:http server stands between them.
   */
  | {
      kind: 'fetch-handler';
      alias: Record<string, string>;
      modules: Record<string, string>;
      /** The generated module (a key of `modules`) whose default export the entry exports. */
      handler: string;
      description: string;
    }
  /**
   * Fixed in the generated entry: timers the app sets while the Worker starts (global scope, where workerd
   * refuses them) are held and set as the first event starts; one cleared before then is dropped.
   * `change` is what the user would do instead (`--no-remedies`); `lateLoad`, what fails when the entry
   * imports the app on the first event instead (with Hyperdrive), which leaves the app to its image.
   */
  | { kind: 'startup-timers'; description: string; change: string; lateLoad: string }
  /**
   * Fixed in the generated build: wrangler `define`s (esbuild replaces each free identifier with the value,
   * a JSON literal) — the bundle is an ES module, where CommonJS's own names are not defined.
   */
  | { kind: 'define'; define: Record<string, string>; description: string }
  /** The user changes code (the report names file:line). */
  | { kind: 'code'; change: string }
  /** The app cannot run as a Worker: the Container target. */
  | { kind: 'container'; change: string };

/** Stands in for `@hono/node-server` (serve, createAdaptorServer): registers the fetch handler. */
const HONO_NODE_SERVER = `// Stands in for @hono/node-server (wrangler \`alias\`, see wrangler.jsonc): its serve() would run a
// node:http server that swaps globalThis.Response for its own class. Here serve() keeps the app's fetch
// handler and the Worker entry exports it, so workerd's Request reaches the app directly.
let handler = null;

function register(options) {
  handler = (request, env, ctx) => options.fetch(request, env, ctx);
  const port = options.port ?? 3000;
  const info = { address: options.hostname ?? '0.0.0.0', family: 'IPv4', port };
  // What the app may do with the server it gets back; there is no socket to listen on or close.
  const server = {
    listen(...args) { const done = args.find((a) => typeof a === 'function'); if (done) queueMicrotask(done); return server; },
    close(done) { if (done) queueMicrotask(done); return server; },
    on() { return server; },
    once() { return server; },
    address: () => info,
  };
  return { server, info };
}

export function serve(options, listeningListener) {
  const { server, info } = register(options);
  if (listeningListener) queueMicrotask(() => listeningListener(info));
  return server;
}

export function createAdaptorServer(options) {
  return register(options).server;
}

export default {
  fetch(request, env, ctx) {
    if (!handler) throw new Error('the app never called serve() from @hono/node-server');
    return handler(request, env, ctx);
  },
};
`;

/** The module Nest's core takes its random module and provider ids from (before 9.3: uuid v4). */
const NEST_RANDOM_IDS = '@nestjs/common/utils/random-string-generator.util';

export interface PitfallDetection {
  /** Installed copies (reached from the app's dependencies) in these version ranges. */
  installed?: { name: string; range: string }[];
  /** When nothing is installed: declared dependencies whose range can resolve into the pitfall. */
  declared?: { name: string; range: string }[];
  /** A code pattern in the app's own sources (per line, no `g` flag). */
  pattern?: RegExp;
}

export interface Pitfall {
  id: string;
  title: string;
  detect: PitfallDetection;
  effect: string;
  remedy: PitfallRemedy;
  docs?: string;
}

export const PITFALLS: readonly Pitfall[] = [
  {
    id: 'iconv-lite-0.4',
    title: 'iconv-lite 0.4 (via express 4 / body-parser 1 / raw-body 2 / co-body, Nest before 11)',
    detect: {
      installed: [{ name: 'iconv-lite', range: '<0.5.0' }],
      declared: [
        { name: 'express', range: '4.x' },
        { name: 'body-parser', range: '1.x' },
        { name: 'raw-body', range: '2.x' },
        { name: 'koa-bodyparser', range: '*' },
        { name: 'co-body', range: '<7' },
        // Nest's HTTP driver before 11 depends on express 4 (11 moved to express 5, body-parser 2).
        { name: '@nestjs/platform-express', range: '<11' },
      ],
    },
    effect:
      "start-up crash `TypeError: require_streams(...) is not a function` (the bundler takes iconv-lite 0.4's browser field)",
    remedy: {
      kind: 'alias',
      package: 'iconv-lite',
      replacement: { name: 'iconv-lite', version: '0.6.3' },
      description:
        'wrangler `alias` points `iconv-lite` at iconv-lite 0.6.3 installed into the output directory',
    },
    docs: 'https://github.com/cloudflare/workers-sdk/issues/9309',
  },
  {
    id: 'fastify-timers',
    title: "Fastify's plugin loader (avvio) sets timers while the Worker starts",
    detect: {
      installed: [{ name: 'fastify', range: '*' }],
      declared: [
        { name: 'fastify', range: '*' },
        // Nest's Fastify driver depends on fastify.
        { name: '@nestjs/platform-fastify', range: '*' },
      ],
    },
    // Measured with fastify 5 (wrangler 4.164, workerd): fastify() and listen() load the plugins as the
    // Worker starts, and avvio sets a watchdog timer per plugin (its pluginTimeout), which it clears
    // once the plugin loads. Fastify must load there: its router compiles routes with new Function,
    // refused inside a request (EvalError), so importing the app on the first event (as the entry does
    // with Hyperdrive) is no remedy.
    // (pino's browser build and its writes are the pitfalls below.)
    effect:
      "start-up error `Disallowed operation called within global scope` (avvio's setTimeout): the app never listens and every request waits, then answers 503",
    remedy: {
      kind: 'startup-timers',
      description:
        'the generated entry holds the timers set while the Worker starts and sets them as the first event starts (avvio clears its watchdogs before then)',
      change:
        'pass `pluginTimeout: 0` to fastify() (avvio then sets no watchdog timer), and set other timers inside requests',
      lateLoad:
        "Fastify's router compiles its routes with new Function, which workerd refuses inside a request (`EvalError: Code generation from strings disallowed for this context`)",
    },
    docs: 'https://fastify.dev/docs/latest/Reference/Server/#plugintimeout',
  },
  {
    id: 'fastify-require-cache',
    title: 'Fastify before 4.22 names plugins from require.cache',
    detect: {
      installed: [{ name: 'fastify', range: '<4.22.0' }],
      declared: [{ name: 'fastify', range: '<4.22.0' }],
    },
    // Measured (fastify 4.12, wrangler 4.164, workerd): getPluginName reads Object.keys(require.cache) for
    // each plugin registered without a fastify-plugin name; the bundle's require has no cache.
    effect:
      'start-up error `Cannot convert undefined or null to object` (Object.keys(require.cache) for a plugin registered without a name): the app never listens',
    remedy: {
      kind: 'define',
      define: { 'require.cache': '{}' },
      description:
        'wrangler `define` replaces `require.cache` with an empty object (the bundle has no module cache), so Fastify names such plugins by their function',
    },
    docs: 'https://github.com/fastify/fastify/pull/4982',
  },
  {
    id: 'pino-browser-build',
    title: 'pino resolves to its browser build',
    detect: {
      installed: [{ name: 'pino', range: '*' }],
      declared: [
        { name: 'pino', range: '*' },
        { name: 'elastic-apm-node', range: '*' },
      ],
    },
    // Measured (wrangler 4.164, workerd): elastic-apm-node's logger crashes at load.
    effect:
      'start-up crash `pino.destination is not a function` (the bundle takes pino\'s "browser" field, a console-only build)',
    remedy: {
      kind: 'node-build',
      alias: { pino: 'pino' },
      description:
        "wrangler `alias` resolves `pino` with Node's resolution, which takes its Node build (pino.js)",
    },
  },
  {
    id: 'sonic-boom-write-sync',
    title: "pino's SonicBoom stream writes with fs.writeSync(fd, line, 'utf8')",
    detect: {
      installed: [{ name: 'sonic-boom', range: '*' }],
      declared: [
        { name: 'pino', range: '*' },
        { name: 'elastic-apm-node', range: '*' },
      ],
    },
    // Measured (wrangler 4.164, workerd): sonic-boom 1 (pino 6) always, sonic-boom 4 with `sync: true`;
    // an app's error handler then usually hides the cause behind its own 500 body.
    effect:
      'make every request that logs answer 500: each log line throws `The "position" argument must be of type bigint or one of integer or null` (workerd\'s node:fs refuses the encoding in the position slot)',
    remedy: {
      kind: 'stand-in',
      alias: { 'sonic-boom': './sonic-boom.cjs' },
      modules: { 'sonic-boom.cjs': SONIC_BOOM_STAND_IN },
      description:
        'wrangler `alias` points `sonic-boom` at a module generated beside wrangler.jsonc that writes each log line with console.log (console.error for fd 2), which Workers Logs keeps',
    },
    docs: 'https://nodejs.org/api/fs.html#fswritesyncfd-string-position-encoding',
  },
  {
    id: 'pg-native-require',
    title: 'pg before 8.11 requires pg-native outside a try block',
    detect: {
      installed: [{ name: 'pg', range: '<8.11.0' }],
      declared: [{ name: 'pg', range: '<8.11.0' }],
    },
    // pg/lib/native/client.js (reached through pg's lazy `native` getter) requires the optional libpq
    // binding at its top level; from 8.11 the require sits in a try block, which esbuild leaves
    // unresolved without failing (measured: pg 8.10.0 and 8.11.0 packages).
    effect: 'wrangler cannot bundle: `Could not resolve "pg-native"` (pg/lib/native/client.js)',
    remedy: {
      kind: 'stand-in',
      alias: { 'pg-native': './pg-native.cjs' },
      modules: {
        'pg-native.cjs': `// Stands in for pg-native (wrangler \`alias\`, see wrangler.jsonc): the optional libpq binding pg requires
// only for \`pg.native\`, which cannot load on Workers; pg's JavaScript client is the one that runs.
module.exports = function PgNative() {
  throw new Error('pg-native (libpq) cannot load on Workers: use the JavaScript client, not pg.native');
};
`,
      },
      description:
        "wrangler `alias` points `pg-native` at a module generated beside wrangler.jsonc that throws if pg.native is used (pg's JavaScript client is unaffected)",
    },
  },
  {
    id: 'any-promise-browser-build',
    title:
      'any-promise resolves to its browser shim (via koa-convert / koa-compose 3, mz, thenify)',
    detect: {
      installed: [{ name: 'any-promise', range: '*' }],
      declared: [
        { name: 'koa', range: '<2.14.0' },
        { name: 'koa-convert', range: '<2' },
        { name: 'mz', range: '*' },
        { name: 'thenify', range: '*' },
        { name: 'typeorm', range: '<0.3' },
        { name: 'any-promise', range: '*' },
      ],
    },
    // The "browser" map swaps ./register.js for ./register-shim.js, which reads `window`; an alias of
    // the package itself cannot undo a file swap inside it, so `any-promise` becomes a module that does
    // what its index.js does, through an alias of `any-promise/register` (resolved by Node).
    effect:
      'start-up crash `window is not defined` (any-promise/register-shim.js, its browser build)',
    remedy: {
      kind: 'node-build',
      alias: {
        'any-promise': './any-promise.cjs',
        'any-promise/register': 'any-promise/register',
      },
      modules: {
        'any-promise.cjs': `// any-promise's index.js with its Node register.js (wrangler \`alias\`, see wrangler.jsonc): the bundle
// would otherwise take its "browser" map's register-shim.js, which reads \`window\`.
module.exports = require('any-promise/register')().Promise;
`,
      },
      description:
        "wrangler `alias` points `any-promise` at a module that loads its Node register.js (any-promise's own index.js, minus the browser map)",
    },
  },
  {
    id: 'hono-node-server',
    title: "Hono served through @hono/node-server's serve()",
    detect: {
      pattern: /from\s+['"]@hono\/node-server['"]|require\(\s*['"]@hono\/node-server['"]\s*\)/,
    },
    // Measured (wrangler 4.164, workerd): its request listener swaps globalThis.Request/Response for
    // lightweight classes (overrideGlobalObjects, @hono/node-server's listener.ts), so the Response
    // httpServerHandler builds is not one workerd accepts.
    effect:
      "make every request answer 500 `Incorrect type for Promise: the Promise did not resolve to 'Response'`",
    remedy: {
      kind: 'fetch-handler',
      alias: { '@hono/node-server': './hono-node-server.mjs' },
      modules: { 'hono-node-server.mjs': HONO_NODE_SERVER },
      handler: 'hono-node-server.mjs',
      description:
        "wrangler `alias` points `@hono/node-server` at a module whose serve() keeps the app's fetch handler, which the Worker entry exports",
    },
    docs: 'https://github.com/honojs/node-server#usage',
  },
  {
    id: 'joi-browser-build',
    title: 'joi 17 resolves to its browser build',
    detect: {
      installed: [{ name: 'joi', range: '>=17 <18' }],
      declared: [{ name: 'joi', range: '17.x' }],
    },
    effect: '`window is not defined` or missing symbols at start-up',
    remedy: { kind: 'code', change: 'pin the server build with a wrangler alias or switch to zod' },
  },
  {
    id: 'native-addon',
    title: 'native addon without a Workers build',
    // Declared ranges are taken from these names when nothing is installed.
    detect: {
      installed: [
        { name: 'sharp', range: '*' },
        { name: 'canvas', range: '*' },
        { name: 'bcrypt', range: '*' },
        { name: 'better-sqlite3', range: '*' },
        { name: 'sqlite3', range: '*' },
      ],
    },
    effect: '`.node` files cannot load in workerd',
    remedy: {
      kind: 'code',
      change:
        'bcrypt → bcryptjs; sqlite → D1; sharp → Images binding; otherwise the Container target',
    },
  },
  {
    id: 'nest-uuid-module-ids',
    title: 'Nest before 9.3 (module ids from uuid)',
    detect: {
      installed: [{ name: '@nestjs/common', range: '<9.3.0' }],
      declared: [{ name: '@nestjs/common', range: '<9.3.0' }],
    },
    // Measured (wrangler 4.164, workerd, Nest 7.6): NestFactory.create names each module with uuid v4
    // (crypto random values) while the Worker starts; Nest logs the error, its process.exit does not
    // stop the Worker, and the app listens with no routes (404 on every path). @nestjs/common 9.3
    // switched to `uid` (Math.random). Importing the app on the first request instead is no remedy:
    // packages that compile code as they load (mongoose's browser build) then meet workerd's refusal of
    // code generation inside requests.
    effect:
      'start-up error `Disallowed operation called within global scope` (uuid v4 for module ids in NestFactory.create): the app then answers 404 on every route',
    remedy: {
      kind: 'node-build',
      alias: { [NEST_RANDOM_IDS]: './nest-random-ids.cjs' },
      modules: {
        'nest-random-ids.cjs': `// Stands in for ${NEST_RANDOM_IDS} (wrangler \`alias\`, see wrangler.jsonc).
// Nest names modules and providers with a random id while it bootstraps, which the app does as the Worker
// starts, where workerd refuses crypto's random values. These ids only tell modules apart (Nest 9.3+ makes
// them with Math.random): crypto's UUIDs when allowed, else Math.random in the same shape.
function fallback() {
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = (Math.random() * 16) | 0;
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });
}

exports.randomStringGenerator = () => {
  try {
    return crypto.randomUUID();
  } catch {
    return fallback();
  }
};
`,
      },
      description: `wrangler \`alias\` points ${NEST_RANDOM_IDS} at a generated module that falls back to Math.random while the Worker starts`,
    },
    docs: 'https://developers.cloudflare.com/workers/runtime-apis/handlers/',
  },
  {
    id: 'mongodb',
    title: 'MongoDB driver',
    detect: {
      declared: [
        { name: 'mongodb', range: '*' },
        { name: 'mongoose', range: '*' },
      ],
    },
    effect: 'no binding; the driver works only over a per-request connection (~300 ms)',
    remedy: {
      kind: 'code',
      change: 'connect per request, keep Mongo behind an HTTP API, or use the Container target',
    },
  },
  {
    id: 'dirname-at-load',
    title: '`__dirname` / `__filename` in bundled code',
    detect: { pattern: /\b__(?:dirname|filename)\b/ },
    // Measured (wrangler 4.164, workerd): bundled CommonJS throws `ReferenceError: __dirname is not
    // defined`. workerd's virtual file system holds the Worker's modules under /bundle, its process.cwd()
    // (https://developers.cloudflare.com/workers/runtime-apis/nodejs/fs/), so paths computed from
    // there name where the bundle's files are; reads of the app's other files still fail (W112 says so).
    effect: 'crash start-up with `ReferenceError: __dirname is not defined` when used at load time',
    remedy: {
      kind: 'define',
      define: { __dirname: '"/bundle"', __filename: '"/bundle/entry.js"' },
      description:
        'wrangler `define` sets `__dirname` to "/bundle" (workerd\'s read-only directory of the bundle\'s modules) and `__filename` to the entry module there',
    },
    docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/#define',
  },
  {
    id: 'global-scope-io',
    title: 'I/O or timers in global scope',
    detect: {
      pattern: /^(?:await\s(?!\S+\.listen\()|setInterval\(|setTimeout\(|\w+\.connect\(\))/,
    },
    effect:
      '"Disallowed operation called within global scope": start-up fails or the connection never happens',
    remedy: { kind: 'code', change: 'create clients and timers lazily inside the request path' },
  },
  {
    id: 'shared-db-client',
    title: 'database client created once at load time and shared by requests',
    detect: {
      pattern:
        /^(?:export\s+)?(?:const|let|var)\s+\w+\s*=\s*(?:new\s+(?:\w+\.)?(?:Pool|Client|Redis)\(|(?:\w+\.)?createPool\()/,
    },
    effect: 'sockets belong to the request that opened them: later requests fail or hang',
    remedy: {
      kind: 'code',
      change: 'create the client per request (Hyperdrive makes that cheap for Postgres/MySQL)',
    },
  },
  {
    id: 'dynamic-view-engine',
    title: 'view engine loaded by dynamic require',
    detect: { pattern: /\.set\(\s*['"]view engine['"]/ },
    effect: '`Dynamic require of "<engine>" is not supported` on first render',
    remedy: {
      kind: 'code',
      change: 'import the engine statically and register it with `app.engine()`',
    },
  },
  {
    id: 'child-process',
    title: 'child processes, cluster or worker threads',
    detect: { pattern: /['"](?:node:)?(?:child_process|cluster|worker_threads)['"]/ },
    effect: 'the module builds as a stub and throws at run time',
    remedy: { kind: 'container', change: 'runs only in a container' },
  },
  {
    id: 'background-loop',
    title: 'long-running background loop',
    detect: { pattern: /^\s*(?:while\s*\(\s*(?:true|1)\s*\)|for\s*\(\s*;\s*;\s*\))/ },
    effect: 'a Worker runs per request (or per trigger); nothing keeps a loop alive between them',
    remedy: {
      kind: 'container',
      change: 'runs in a container; or move the work to Cron Triggers, Queues or Workflows',
    },
  },
  {
    id: 'websocket-server',
    title: 'WebSocket server on node:http upgrade',
    detect: {
      pattern:
        /new\s+(?:WebSocket\.Server|WebSocketServer)\(|\.on\(\s*['"]upgrade['"]|require\(\s*['"]socket\.io['"]\s*\)|from\s+['"]socket\.io['"]/,
    },
    effect: 'no upgrade event reaches a node:http server in workerd',
    remedy: {
      kind: 'container',
      change: 'runs in a container; or move the sockets to a Durable Object',
    },
  },
];

export interface PitfallHit {
  pitfall: Pitfall;
  /** `file:line` for a code pattern, `package@version (via …)` for an installed package. */
  evidence: string;
  source: string | null;
}

export interface PitfallInput {
  installed: InstalledPackage[];
  dependencies: Record<string, string>;
  sources: SourceFile[];
}

function installedHit(pitfall: Pitfall, input: PitfallInput): PitfallHit | null {
  for (const rule of pitfall.detect.installed ?? []) {
    const copy = input.installed.find(
      (p) =>
        p.name === rule.name &&
        semver.satisfies(p.version, rule.range, { includePrerelease: true }),
    );
    if (copy)
      return { pitfall, evidence: `${copy.name}@${copy.version} (${copy.via})`, source: null };
  }
  return null;
}

function declaredHit(pitfall: Pitfall, input: PitfallInput): PitfallHit | null {
  const rules =
    pitfall.detect.declared ??
    (pitfall.detect.installed ?? []).map((r) => ({ name: r.name, range: '*' }));
  for (const rule of rules) {
    const declared = input.dependencies[rule.name];
    const range = declared ? semver.validRange(declared) : null;
    if (range && semver.intersects(range, rule.range)) {
      return {
        pitfall,
        evidence: `${rule.name}@${declared} (declared; not installed)`,
        source: null,
      };
    }
  }
  return null;
}

/** Every pitfall the app shows: by installed tree when there is one, by declared ranges otherwise. */
export function findPitfalls(input: PitfallInput): PitfallHit[] {
  const hasInstall = input.installed.length > 0;
  return PITFALLS.flatMap((pitfall): PitfallHit[] => {
    if (pitfall.detect.pattern) {
      return findInSources(input.sources, pitfall.detect.pattern)
        .slice(0, 5)
        .map((hit) => ({ pitfall, evidence: `\`${hit.text}\``, source: hitRef(hit) }));
    }
    const hit =
      hasInstall && pitfall.detect.installed
        ? installedHit(pitfall, input)
        : declaredHit(pitfall, input);
    return hit ? [hit] : [];
  });
}
