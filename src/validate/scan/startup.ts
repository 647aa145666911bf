import type { AnyNode, Node } from 'acorn';
import { isFunction, propertyName } from './ast.js';
import type { MemberSite, ModuleScan, NameCall, RuleFamily } from './module.js';
import { textOf } from './module.js';

/**
 * Work that must not run while a Worker starts (connections, timers, consumers, watchers): found where
 * the module's own load does it, and — linked across the app's modules by `startupFindings` — where a
 * function the load calls does it (`start()`, `main()`, `bootstrap()`, an async IIFE, a listen callback).
 * Global-scope I/O fails with "Disallowed operation called within global scope"
 * (https://developers.cloudflare.com/workers/runtime-apis/handlers/).
 */

export interface StartupWork {
  rule: 'W201' | 'W202';
  /** What it does, e.g. "mongoose.connect(…) opens a connection". */
  what: string;
  line: number;
  column: number;
  fix?: string;
}

/** A call of one of the app's functions: in this module (`local`) or an export of another (`module`). */
export interface StartupCall {
  local?: string;
  /** The relative specifier of the app module the function is imported from. */
  module?: string;
  /** The function's name in its module (the export name for `module`). */
  name: string;
  /** How the call site names it (`start`, `db.connect`). */
  called: string;
  line: number;
  column: number;
}

export interface StartupSummary {
  /** The module's named functions: the start-up work each does and the app functions it calls. */
  functions: Map<string, { work: StartupWork[]; calls: StartupCall[] }>;
  /** Export name (`default` for the default export / `module.exports`) → local function name. */
  exports: Map<string, string>;
  /** App functions called while the module loads. */
  roots: StartupCall[];
}

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
const ACTIVE_CONSTRUCTORS: Record<string, { names: string[]; what: string }> = {
  ioredis: { names: ['', 'Redis', 'default'], what: 'connects to Redis when constructed' },
  bullmq: { names: ['Worker'], what: 'starts a queue consumer' },
};
const MONGO_PACKAGES = new Set(['mongoose', 'mongodb']);
const MONGO_FIX =
  'MongoDB has no Workers binding: connect inside the request path (one connection per request, ~300 ms), keep Mongo behind an HTTP API, or use the Container target.';
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

function runsWithParent(fn: AnyNode, parent: AnyNode | undefined): boolean {
  if (parent?.type !== 'CallExpression' && parent?.type !== 'NewExpression') return false;
  if (parent.callee === fn) return true;
  if (!parent.arguments.includes(fn as never)) return false;
  const callee = parent.callee as AnyNode;
  if (parent.type === 'NewExpression')
    return callee.type === 'Identifier' && callee.name === 'Promise';
  return callee.type === 'MemberExpression' && RUN_THROUGH_METHODS.has(propertyName(callee) ?? '');
}

function exportTarget(node: AnyNode): string | null {
  if (node.type !== 'MemberExpression') return null;
  const object = node.object as AnyNode;
  const name = propertyName(node);
  if (object.type === 'Identifier' && object.name === 'module' && name === 'exports')
    return 'default';
  const isExports =
    (object.type === 'Identifier' && object.name === 'exports') ||
    (object.type === 'MemberExpression' && exportTarget(object) === 'default');
  return isExports ? name : null;
}

function functionName(fn: AnyNode, parent: AnyNode | undefined): string | null {
  if (fn.type === 'FunctionDeclaration' && fn.id) return fn.id.name;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier')
    return parent.id.name;
  if (parent?.type === 'AssignmentExpression' && parent.right === fn) {
    const exported = exportTarget(parent.left as AnyNode);
    return exported ? `exports:${exported}` : null;
  }
  if (parent?.type === 'ExportDefaultDeclaration') return 'exports:default';
  return null;
}

/** The function whose run runs `ancestors`' last node: undefined = the module's load, null = unnamed. */
function owner(ancestors: AnyNode[]): string | null | undefined {
  for (let i = ancestors.length - 2; i >= 0; i--) {
    const node = ancestors[i]!;
    if (!isFunction(node)) continue;
    if (runsWithParent(node, ancestors[i - 1])) continue;
    return functionName(node, ancestors[i - 1]);
  }
  return undefined;
}

/** Whether `ancestors`' last node runs as the module loads (module scope, or a callback run with it). */
export function runsWithLoad(ancestors: AnyNode[]): boolean {
  return owner(ancestors) === undefined;
}

export function startupRules(): RuleFamily {
  const summary: StartupSummary = { functions: new Map(), exports: new Map(), roots: [] };
  const ownFunction = (name: string) => {
    let entry = summary.functions.get(name);
    if (!entry) summary.functions.set(name, (entry = { work: [], calls: [] }));
    return entry;
  };

  const work = (
    scan: ModuleScan,
    node: Node,
    ancestors: AnyNode[],
    found: Omit<StartupWork, 'line' | 'column'>,
  ) => {
    const at = owner(ancestors);
    if (at === null) return;
    const awaited = ancestors.some((a) => a.type === 'AwaitExpression');
    if (at === undefined) {
      const how =
        found.rule === 'W202' ? ': "Disallowed operation called within global scope"' : '';
      scan.report(
        found.rule,
        node,
        `${awaited ? 'top-level await: ' : ''}${found.what} at module scope${how}`,
        {
          ...(found.fix ? { fix: found.fix } : {}),
        },
      );
    } else if (scan.user) {
      ownFunction(at).work.push({ ...found, ...scan.lines.position(node.start) });
    }
  };

  const call = (
    scan: ModuleScan,
    node: Node,
    ancestors: AnyNode[],
    target: Omit<StartupCall, 'line' | 'column'>,
  ) => {
    if (!scan.user) return;
    const at = owner(ancestors);
    if (at === null) return;
    const site = { ...target, ...scan.lines.position(node.start) };
    if (at === undefined) summary.roots.push(site);
    else ownFunction(at).calls.push(site);
  };

  const member = (scan: ModuleScan, site: MemberSite) => {
    const { binding, call: called, path, node, ancestors } = site;
    if (!called || binding?.builtin) return;
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
    } else if (scan.user && CONSUMER_METHODS.has(method)) {
      work(scan, node, ancestors, { rule: 'W201', what: `${text} starts a consumer` });
    } else if (scan.user && binding?.source === 'chokidar' && method === 'watch') {
      work(scan, node, ancestors, { rule: 'W201', what: `${text} starts a file watcher` });
    } else if (
      scan.user &&
      active &&
      called.type === 'NewExpression' &&
      active.names.includes(full[0] ?? '')
    ) {
      work(scan, node, ancestors, { rule: 'W201', what: `new ${text} ${active.what}` });
    }
  };

  const nameCall = (scan: ModuleScan, site: NameCall) => {
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
      if (
        scan.user &&
        active &&
        node.type === 'NewExpression' &&
        active.names.includes(binding.path[0] ?? '')
      ) {
        work(scan, node, ancestors, { rule: 'W201', what: `new ${name}(…) ${active.what}` });
      }
    } else if (scan.declared.has(name)) {
      call(scan, node, ancestors, { local: name, name, called: name });
    } else if (name === 'setInterval' || name === 'setTimeout') {
      work(scan, node, ancestors, { rule: 'W202', what: `${name}()` });
    }
  };

  const exportNamed = (local: string, exported = local) => summary.exports.set(exported, local);

  return {
    visitors: {
      ExportNamedDeclaration(_scan, node) {
        const declaration = node.declaration;
        if (declaration?.type === 'FunctionDeclaration') exportNamed(declaration.id.name);
        if (declaration?.type === 'VariableDeclaration') {
          for (const d of declaration.declarations)
            if (d.id.type === 'Identifier') exportNamed(d.id.name);
        }
        if (node.source) return;
        for (const s of node.specifiers) {
          const local = s.local.type === 'Identifier' ? s.local.name : String(s.local.value);
          const exported =
            s.exported.type === 'Identifier' ? s.exported.name : String(s.exported.value);
          exportNamed(local, exported);
        }
      },
      ExportDefaultDeclaration(_scan, node) {
        const declaration = node.declaration as AnyNode;
        if (declaration.type === 'FunctionDeclaration' && declaration.id)
          exportNamed(declaration.id.name, 'default');
        else if (declaration.type === 'Identifier') exportNamed(declaration.name, 'default');
        else exportNamed('exports:default', 'default');
      },
      AssignmentExpression(_scan, node) {
        const exported = exportTarget(node.left as AnyNode);
        if (!exported) return;
        const right = node.right as AnyNode;
        if (right.type === 'Identifier') exportNamed(right.name, exported);
        else if (isFunction(right)) exportNamed(`exports:${exported}`, exported);
        else if (right.type === 'ObjectExpression' && exported === 'default') {
          for (const p of right.properties) {
            if (p.type !== 'Property' || p.value.type !== 'Identifier') continue;
            const key = p.key.type === 'Identifier' ? p.key.name : null;
            if (key) exportNamed(p.value.name, key);
          }
        }
      },
    },
    member,
    call: nameCall,
    finish(scan) {
      if (scan.user) scan.output.startup = summary;
    },
  };
}
