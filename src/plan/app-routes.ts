import { posix } from 'node:path';
import { resolveSpecifier } from './graph.js';
import type { SourceFile } from './sources.js';

/** A GET route read from the app's sources, with where it is declared. */
export interface Route {
  path: string;
  file: string;
  line: number;
}

/** A router object: a file and the name it has there (a variable, or a Fastify plugin's parameter). */
interface Node {
  file: string;
  name: string;
}

/** A call `owner.method(…)` with its top-level arguments' text. */
interface Call {
  owner: string;
  method: string;
  args: string[];
  index: number;
}

const IDENT = '[A-Za-z_$][\\w$]*';
const CALL_START = new RegExp(
  `\\b(${IDENT})\\s*\\.\\s*(get|on|use|route|register|prefix)\\s*\\(`,
  'g',
);
const LITERAL = /^\s*(['"`])([^'"`$]*)\1\s*$/;
const DECLARATION = new RegExp(
  `\\b(?:const|let|var)\\s+(${IDENT})\\s*(?::[^=]+)?=\\s*(?:await\\s+)?(new\\s+)?((?:require\\(\\s*['"][\\w@/.-]+['"]\\s*\\)\\.)?${IDENT}(?:\\.${IDENT})?)\\s*(?:<[^>]*>)?\\(`,
  'g',
);
/** Constructors of the apps a server serves and of the routers mounted on them (by `new` or not). */
const ROUTERS = new Set([
  'express',
  'fastify',
  'Fastify',
  'new Hono',
  'new OpenAPIHono',
  'new Koa',
  'Router',
  'express.Router',
  'new Router',
  'new KoaRouter',
]);
/** Where a module hands an object to the server: `listen`, node:http, @hono/node-server. */
const SERVED = [
  new RegExp(`\\b(${IDENT})\\s*\\.\\s*listen\\s*\\(`, 'g'),
  new RegExp(`\\bcreateServer\\(\\s*(${IDENT})\\s*[,)]`, 'g'),
  new RegExp(`\\bserve\\(\\s*(${IDENT})\\s*[,)]`, 'g'),
  new RegExp(`\\bfetch\\s*:\\s*(${IDENT})\\.fetch\\b`, 'g'),
];
/** The entry's default export is what Bun and Deno serve (https://hono.dev/docs/getting-started/bun). */
const ENTRY_EXPORT = new RegExp(`^export\\s+default\\s+(${IDENT})\\s*;?\\s*$`, 'gm');
const NO_ALIASES = { baseUrl: null, paths: {} };

const literal = (arg: string | undefined): string | null =>
  arg === undefined ? null : (LITERAL.exec(arg)?.[2] ?? null);
const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;
const key = (node: Node) => `${node.file}#${node.name}`;
/** An identifier inside a RegExp (`$` is one of its characters). */
const escaped = (name: string) => name.replace(/\$/g, '\\$');
export const joinPaths = (...parts: string[]) => posix.join('/', ...parts).replace(/(.)\/$/, '$1');

/** The text between a `(` at `open` and its `)`, split at top-level commas (strings skipped). */
function argumentsAt(text: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      const end = text.indexOf(c, i + 1);
      if (end === -1) break;
      i = end;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        args.push(text.slice(start, i));
        return args.map((a) => a.trim()).filter(Boolean);
      }
    } else if (c === ',' && depth === 1) {
      args.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return [];
}

function calls(text: string): Call[] {
  return [...text.matchAll(CALL_START)].map((m) => ({
    owner: m[1]!,
    method: m[2]!,
    args: argumentsAt(text, m.index + m[0].length - 1),
    index: m.index,
  }));
}

/** A file's routers: name → the prefix each adds itself (null when it is not a literal). */
type Declared = Map<string, string | null>;

/** The routers and apps a file creates. */
function declarations(text: string): Declared {
  const found: Declared = new Map();
  for (const m of text.matchAll(DECLARATION)) {
    const open = m.index + m[0].length - 1;
    // `require('express').Router()` is `express.Router()`.
    const called = m[3]!.replace(/^require\(\s*['"]([^'"]+)['"]\s*\)/, '$1');
    const constructor = `${m[2] ? 'new ' : ''}${called}`;
    const fastify =
      constructor === 'require' && /^\(\s*['"]fastify['"]\s*\)\s*\(/.test(text.slice(open));
    if (!fastify && !ROUTERS.has(constructor)) continue;
    // koa-router's `new Router({ prefix })`, Hono's `new Hono().basePath('/api')`.
    const option = /\bprefix\s*:\s*([^,}]+)/.exec(argumentsAt(text, open)[0] ?? '')?.[1];
    const basePath = /^\([^)]*\)\s*\.basePath\(([^)]*)\)/.exec(text.slice(open))?.[1];
    const written = option ?? basePath;
    found.set(m[1]!, written === undefined ? '' : literal(written));
  }
  return found;
}

/** A function taking `name` as a parameter (a Fastify plugin defined inline): its calls are not the outer object's. */
function shadowed(text: string, name: string): boolean {
  const n = escaped(name);
  return new RegExp(
    `function\\s*(?:${IDENT})?\\s*\\(\\s*${n}\\b|\\(\\s*${n}\\b[^()]*\\)\\s*(?::[^=;]*)?=>`,
  ).test(text);
}

/** The app's sources by path; each file's declarations and calls are read once. */
interface Sources {
  byPath: Map<string, SourceFile>;
  declared: (file: SourceFile) => Declared;
  calls: (file: SourceFile) => Call[];
}

function once<T>(read: (file: SourceFile) => T): (file: SourceFile) => T {
  const cache = new Map<string, T>();
  return (file) => {
    if (!cache.has(file.path)) cache.set(file.path, read(file));
    return cache.get(file.path)!;
  };
}

/** The binding an import gives a file's `name`: the module's specifier and the name it exports. */
function importBinding(
  text: string,
  local: string,
): { specifier: string; exported: string } | null {
  const name = escaped(local);
  const from = `\\s*(?:from\\s*|=\\s*require\\(\\s*)['"]([^'"]+)['"]`;
  const whole = new RegExp(
    `(?:import\\s+(?:\\*\\s+as\\s+)?${name}\\s*(?:,\\s*\\{[^}]*\\})?|(?:const|let|var)\\s+${name})${from}`,
  ).exec(text);
  if (whole) return { specifier: whole[1]!, exported: 'default' };
  const named = new RegExp(
    `(?:import\\s*(?:${IDENT}\\s*,\\s*)?|(?:const|let|var)\\s*)\\{([^}]*)\\}${from}`,
    'g',
  );
  for (const m of text.matchAll(named)) {
    for (const part of m[1]!.split(',')) {
      const [exported, alias = exported] = part.split(/\s+as\s+|\s*:\s*/).map((p) => p.trim());
      if (alias === local) return { specifier: m[2]!, exported: exported! };
    }
  }
  return null;
}

/** The object a module exports as `exported`: a router variable, or a Fastify plugin's instance parameter. */
function exportedNode(file: SourceFile, exported: string, sources: Sources): Node | null {
  const { text } = file;
  let name = exported;
  if (exported === 'default') {
    const plugin = new RegExp(
      `(?:export\\s+default|module\\.exports\\s*=)\\s*(?:async\\s+)?(?:function\\s*(?:${IDENT})?\\s*)?\\(\\s*(${IDENT})`,
    ).exec(text)?.[1];
    if (plugin) return { file: file.path, name: plugin };
    const variable = new RegExp(
      `(?:export\\s+default|module\\.exports\\s*=|export\\s*=)\\s*(${IDENT})\\s*;?\\s*$`,
      'm',
    ).exec(text)?.[1];
    if (!variable) return null;
    name = variable;
  }
  if (sources.declared(file).has(name)) return { file: file.path, name };
  const fn = escaped(name);
  const parameter =
    new RegExp(`function\\s*${fn}\\s*\\(\\s*(${IDENT})`).exec(text)?.[1] ??
    new RegExp(`\\b${fn}\\s*=\\s*(?:async\\s*)?\\(\\s*(${IDENT})`).exec(text)?.[1];
  return parameter ? { file: file.path, name: parameter } : null;
}

function resolveImport(file: SourceFile, specifier: string, sources: Sources): SourceFile | null {
  const { byPath } = sources;
  const path =
    file.imports?.[specifier] ??
    resolveSpecifier(file.path, specifier, new Set(byPath.keys()), NO_ALIASES);
  return path === null ? null : (byPath.get(path) ?? null);
}

/** What a name in a file stands for: its own router, an imported one, else itself (a parameter). */
function resolveName(file: SourceFile, name: string, sources: Sources): Node | null {
  if (sources.declared(file).has(name)) return { file: file.path, name };
  const binding = importBinding(file.text, name);
  if (!binding) return { file: file.path, name };
  const target = resolveImport(file, binding.specifier, sources);
  return target ? exportedNode(target, binding.exported, sources) : null;
}

/** A mounted router's expression: `router`, `router.routes()` (Koa), `require('./routes')`. */
function mounted(file: SourceFile, arg: string, sources: Sources): Node | null {
  const required = /^(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)$/.exec(arg)?.[1];
  if (required) {
    const target = resolveImport(file, required, sources);
    return target ? exportedNode(target, 'default', sources) : null;
  }
  const name = new RegExp(`^(${IDENT})(?:\\.routes\\(\\))?$`).exec(arg)?.[1];
  return name ? resolveName(file, name, sources) : null;
}

interface Mount {
  prefix: string;
  child: Node;
}

/** A mount's prefix and router, or null when either is not plain (then its routes are left out). */
function mount(file: SourceFile, call: Call, sources: Sources): Mount | null {
  const { method, args } = call;
  let prefix: string | null = '';
  let child = args.at(-1);
  if (method === 'use' || method === 'route') {
    if (method === 'route' && args.length !== 2) return null;
    if (args.length > 1) prefix = literal(args[0]);
  } else if (method === 'register') {
    // https://fastify.dev/docs/latest/Reference/Plugins/#route-prefixing-option
    child = args[0];
    const options = args[1];
    const written = options && /\bprefix\s*:\s*([^,}]+)/.exec(options)?.[1];
    prefix = options && !options.startsWith('{') ? null : written ? literal(written) : '';
  } else return null;
  if (prefix === null || child === undefined) return null;
  const node = mounted(file, child, sources);
  return node ? { prefix, child: node } : null;
}

/** What a router declares, in source order: its GET routes and the routers mounted on it. */
type Item = { route: Route } | { mount: Mount };

/** Static files or a catch-all at the root (`app.use(express.static('public'))`, `app.get('*', …)`): `/` answers. */
const STATIC_CALL = /^(?:express\.static|serveStatic|koaStatic|staticFiles|serve)\s*\(/;
const STATIC_PLUGIN = /^(?:@fastify\/static|fastify-static)$/;
const CATCH_ALL = /^\/?(?:\*|\(\.\*\))$/;

function servesRoot(file: SourceFile, call: Call): boolean {
  const { method, args } = call;
  if (method === 'register') {
    const plugin = args[0] ? importBinding(file.text, args[0]) : null;
    return (
      plugin !== null && STATIC_PLUGIN.test(plugin.specifier) && !/\bprefix\s*:/.test(args[1] ?? '')
    );
  }
  const at = args.length > 1 ? literal(args[0]) : '';
  if (at === null || !['', '/', '*', '/*'].includes(at)) return false;
  return method === 'get'
    ? CATCH_ALL.test(at)
    : method === 'use' && STATIC_CALL.test(args.at(-1) ?? '');
}

function routeAt(file: SourceFile, call: Call, path: string): Item {
  return { route: { path, file: file.path, line: lineOf(file.text, call.index) } };
}

/** A literal path, or each literal of an array of them (Express, koa-router and Hono take both). */
function literals(arg: string | undefined): string[] {
  const list = arg?.startsWith('[') && arg.endsWith(']') ? arg.slice(1, -1).split(',') : [arg];
  return list.map(literal).filter((path) => path !== null);
}

/** The paths of a GET route: `get(path, …)`, Hono's `on('GET', path, …)`; none for other calls. */
function getPaths({ method, args }: Call): string[] {
  // Most `.get(` calls are a Map's or a request's (one argument), most `.on(` an event emitter's.
  if (method === 'get' && args.length > 1) return literals(args[0]);
  const methods = literals(args[0]).map((m) => m.toUpperCase());
  return method === 'on' && args.length > 2 && methods.includes('GET') ? literals(args[1]) : [];
}

/** A call's GET routes or plain mount, if it is one. */
function items(file: SourceFile, call: Call, sources: Sources): Item[] {
  if (servesRoot(file, call)) return [routeAt(file, call, '/')];
  if (call.method === 'get' || call.method === 'on')
    return getPaths(call).map((path) => routeAt(file, call, path));
  const plain = mount(file, call, sources);
  return plain ? [{ mount: plain }] : [];
}

/** The prefix a router adds itself (`new Router({ prefix })`, `router.prefix('/x')`, `basePath`). */
function ownPrefix(node: Node, sources: Sources): string | null {
  const file = sources.byPath.get(node.file);
  if (!file) return '';
  const call = sources.calls(file).find((c) => c.method === 'prefix' && c.owner === node.name);
  return call ? literal(call.args[0]) : (sources.declared(file).get(node.name) ?? '');
}

/**
 * The GET routes of the object the app serves (Express, Koa with koa-router / @koa/router, Hono,
 * Fastify), with the prefixes of plain mounts joined: `app.use('/api', router)`
 * (https://expressjs.com/en/guide/routing.html#express-router), `app.use(router.routes())` with
 * `new Router({ prefix })` (https://github.com/koajs/router/blob/master/API.md), `app.route('/api', sub)`
 * (https://hono.dev/docs/api/routing#grouping), `register(plugin, { prefix })`. A mount whose prefix or
 * router is not a literal or not among the sources is left out, routes and all.
 */
export function appRoutes(files: SourceFile[]): Route[] {
  const sources: Sources = {
    byPath: new Map(files.map((f) => [f.path, f])),
    declared: once((file) => declarations(file.text)),
    calls: once((file) => calls(file.text)),
  };
  const declared = new Map<string, Item[]>();
  const roots: Node[] = [];
  for (const file of files) {
    for (const call of sources.calls(file)) {
      const found = items(file, call, sources);
      if (found.length === 0) continue;
      if (sources.declared(file).has(call.owner) && shadowed(file.text, call.owner)) continue;
      const owner = resolveName(file, call.owner, sources);
      if (!owner) continue;
      declared.set(key(owner), [...(declared.get(key(owner)) ?? []), ...found]);
    }
    for (const pattern of file === files[0] ? [...SERVED, ENTRY_EXPORT] : SERVED) {
      for (const m of file.text.matchAll(pattern)) {
        const served = resolveName(file, m[1]!, sources);
        const declaredIn = served && sources.byPath.get(served.file);
        if (declaredIn && sources.declared(declaredIn).has(served.name)) roots.push(served);
      }
    }
  }
  const routes: Route[] = [];
  const seen = new Set<string>();
  const walk = (node: Node, base: string) => {
    const prefix = ownPrefix(node, sources);
    if (seen.has(key(node)) || prefix === null) return;
    seen.add(key(node));
    for (const item of declared.get(key(node)) ?? []) {
      if ('route' in item)
        routes.push({ ...item.route, path: joinPaths(base, prefix, item.route.path) });
      else walk(item.mount.child, joinPaths(base, prefix, item.mount.prefix));
    }
  };
  for (const root of roots) walk(root, '');
  return routes;
}
