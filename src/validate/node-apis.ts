import type { RuleId } from './rules.js';

/**
 * Node built-in APIs that build but misbehave on Workers, with what the runtime does. Every row agrees with
 * what `scripts/node-api-probe.ts` measures in the pinned workerd (wrangler 4.164.0 / workerd 1.20261117, at
 * its newest date 2026-11-17 and with nodejs_compat at older dates; test/validate/node-apis-probe.test.ts
 * re-checks key rows) and https://developers.cloudflare.com/workers/runtime-apis/nodejs/.
 * `worksFrom` is the compatibility date (with nodejs_compat) from which workerd implements the API; rows
 * without it never work.
 */
export interface NodeApi {
  module: string;
  /** First member after the module (`*` = any member). */
  member: string;
  rule: RuleId;
  behaviour: string;
  worksFrom?: string;
}

const NOT_IMPLEMENTED = 'throws ERR_METHOD_NOT_IMPLEMENTED (stub; the build passes)';

/**
 * A stub server constructor (`http2.createSecureServer`): it throws where it is called, and a server is
 * built while the app starts, so a Worker that started cleanly did not call it.
 */
export function throwingServerConstructor(api: NodeApi, member: string | undefined): boolean {
  return (
    api.behaviour === NOT_IMPLEMENTED &&
    (member === 'createServer' || member === 'createSecureServer')
  );
}

export const NODE_APIS: NodeApi[] = [
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
    behaviour:
      'listens, but no connection reaches it: a Worker takes no TCP from the internet, only sockets a `connect` handler (`connectHandler()` from cloudflare:node) hands it',
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
export const PROCESS_ENV_FROM = '2025-04-01';
/** `eval`/`new Function` at module scope are allowed from this date (allow_eval_during_startup). */
export const EVAL_AT_STARTUP_FROM = '2025-06-01';

/** fs functions that write; a path outside /tmp fails (EPERM/ENOENT at 2026-05-03). */
export const FS_WRITES = new Set([
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
export const BUILTIN_MODULES = new Set([
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
export function normaliseBuiltin(specifier: string): { module: string; prefix: string[] } | null {
  const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  const [module, sub] = bare.split('/');
  if (!module || !BUILTIN_MODULES.has(module)) return null;
  return { module, prefix: sub ? [sub] : [] };
}

/** The table row for `module.member…`, most specific first. */
export function lookupApi(module: string, path: string[]): NodeApi | undefined {
  const members = path[0] === 'promises' ? path.slice(1) : path;
  const first = members[0] ?? '';
  return (
    NODE_APIS.find((api) => api.module === module && api.member === first) ??
    NODE_APIS.find((api) => api.module === module && api.member === '*' && first !== '')
  );
}
