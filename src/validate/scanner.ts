import type {
  AnonymousFunctionDeclaration,
  AnyNode,
  CallExpression,
  Expression,
  FunctionDeclaration,
  ImportDeclaration,
  NewExpression,
  Node,
  VariableDeclarator,
} from 'acorn';
import { ancestor, simple, type AncestorVisitors } from 'acorn-walk';
import type { Severity } from '../model/index.js';
import {
  BCRYPT_PACKAGES,
  CPU_COST_CALLS,
  DISK_UPLOAD_PACKAGES,
  MEMORY_SESSION_PACKAGES,
} from './known-packages.js';
import {
  EVAL_AT_STARTUP_FROM,
  FS_WRITES,
  lookupApi,
  NODE_APIS,
  normaliseBuiltin,
  PROCESS_ENV_FROM,
} from './node-apis.js';
import { LineIndex, parseJs } from './parse.js';
import type { RuleId } from './rules.js';

export interface ScanOptions {
  compatibilityDate: string;
  nodejsCompat: boolean;
  /** The app's own code (all rules) or a dependency (only rules that hold for library code). */
  userCode: boolean;
  cpuMsPerRequest: number;
}

export interface RawFinding {
  rule: RuleId;
  message: string;
  line: number;
  column: number;
  severity?: Severity;
  fix?: string;
}

export interface ScanOutput {
  findings: RawFinding[];
  /** Port expressions passed to `.listen(…)` (user code). */
  listenPorts: string[];
  parsed: boolean;
}

/** Where a local name comes from: a built-in or package, and the members already selected. */
interface Binding {
  source: string;
  builtin: boolean;
  path: string[];
}

const CONNECT_METHODS = new Set([
  'connect',
  '$connect',
  'authenticate',
  'createConnection',
  'initialize',
  'openUri',
]);
const RANDOM_METHODS = new Set(['randomUUID', 'getRandomValues', 'randomBytes', 'randomInt']);
const SHUTDOWN_EVENTS = new Set(['SIGTERM', 'SIGINT', 'SIGHUP', 'exit', 'beforeExit']);
/** Globals whose members rules look at, and global functions rules look at, in dependencies too. */
const GLOBAL_ROOTS = new Set(['process', 'crypto', 'globalThis', 'WebAssembly']);
const GLOBAL_CALLS = new Set(['eval', 'Function', 'setInterval', 'setTimeout', 'fetch', 'require']);
const STATE_NAME = /^(?:sessions?|sessionStore|cache|memoryStore|store)$/i;

interface Prefilter {
  any: RegExp;
  /** One pass over the text finds every import/require of a module some rule is about. */
  imported: RegExp;
  /** Per module, the members a rule is about (null = any member). */
  members: Map<string, RegExp | null>;
}

const prefilters = new Map<string, Prefilter>();

/** For dependencies: the text a rule needs before parsing is worth it, per compatibility date. */
function prefilterFor(date: string): Prefilter {
  const cached = prefilters.get(date);
  if (cached) return cached;
  const names = new Map<string, Set<string>>([['fs', new Set(FS_WRITES)]]);
  for (const api of NODE_APIS) {
    if (api.worksFrom && date >= api.worksFrom) continue;
    names.set(api.module, (names.get(api.module) ?? new Set()).add(api.member));
  }
  const filter: Prefilter = {
    // Code generation anywhere; timers/fetch/random values on a statement at (or near) the left margin,
    // which is where module-scope code sits in library files.
    any: /\beval\s*\(|\bFunction\s*\(|WebAssembly\.(?:compile|Module)|\bdlopen\b|^[ \t]{0,2}(?:(?:const|let|var)\s+[\w$]+\s*=\s*|[\w$.]+\s*=\s*)?(?:await\s+)?(?:setInterval|setTimeout|fetch|crypto\.(?:random\w+|getRandomValues))\s*\(/m,
    imported: new RegExp(
      `(?:require\\(\\s*|from\\s*)['"](?:node:)?(${[...names.keys()].join('|')})(?:/promises)?['"]`,
      'g',
    ),
    members: new Map(
      [...names].map(([module, members]) => [
        module,
        members.has('*') ? null : new RegExp(`\\b(?:${[...members].join('|')})\\b`),
      ]),
    ),
  };
  prefilters.set(date, filter);
  return filter;
}

/** Cheap test that lets most dependency files skip parsing: they contain nothing any rule looks at. */
function relevant(code: string, options: ScanOptions): boolean {
  if (options.userCode) return true;
  const filter = prefilterFor(options.compatibilityDate);
  if (filter.any.test(code)) return true;
  for (const match of code.matchAll(filter.imported)) {
    const members = filter.members.get(match[1]!);
    if (!members || members.test(code)) return true;
  }
  return false;
}

function isFunction(node: AnyNode): boolean {
  return (
    node.type === 'FunctionDeclaration' ||
    node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression'
  );
}

/** True unless inside a function that is not immediately invoked (an IIFE runs at load). */
function atModuleScope(ancestors: AnyNode[]): boolean {
  for (let i = ancestors.length - 2; i >= 0; i--) {
    const node = ancestors[i]!;
    if (!isFunction(node)) continue;
    const parent = ancestors[i - 1];
    const invoked = parent?.type === 'CallExpression' && parent.callee === node;
    if (!invoked) return false;
  }
  return true;
}

function stringValue(node: Node | undefined): string | null {
  if (!node) return null;
  const n = node as AnyNode;
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral' && n.quasis.length === 1)
    return n.quasis[0]!.value.cooked ?? null;
  return null;
}

function numberValue(node: Node | undefined): number | null {
  const n = node as AnyNode | undefined;
  return n?.type === 'Literal' && typeof n.value === 'number' ? n.value : null;
}

function propertyName(node: AnyNode): string | null {
  if (node.type !== 'MemberExpression') return null;
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  return stringValue(node.property);
}

function requireSpecifier(node: AnyNode | null | undefined): string | null {
  if (node?.type !== 'CallExpression') return null;
  if (node.callee.type !== 'Identifier' || node.callee.name !== 'require') return null;
  return stringValue(node.arguments[0]);
}

function bindingFor(specifier: string): Binding {
  const builtin = normaliseBuiltin(specifier);
  if (builtin) return { source: builtin.module, builtin: true, path: builtin.prefix };
  const parts = specifier.split('/');
  const pkg = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return { source: pkg, builtin: false, path: [] };
}

function hasProperty(node: Node | undefined, name: string): boolean {
  const n = node as AnyNode | undefined;
  return (
    n?.type === 'ObjectExpression' &&
    n.properties.some(
      (p) => p.type === 'Property' && p.key.type === 'Identifier' && p.key.name === name,
    )
  );
}

/** Scans one module's code; returns findings with 1-based positions in that code. */
export function scanModule(code: string, options: ScanOptions): ScanOutput {
  const output: ScanOutput = { findings: [], listenPorts: [], parsed: false };
  if (!relevant(code, options)) return output;
  const ast = parseJs(code);
  if (!ast) return output;
  output.parsed = true;
  const lines = new LineIndex(code);
  const bindings = new Map<string, Binding>();
  const declared = new Set<string>();
  const seen = new Set<string>();
  const user = options.userCode;
  const calls: { node: CallExpression | NewExpression; ancestors: AnyNode[] }[] = [];
  const members: { node: AnyNode; ancestors: AnyNode[] }[] = [];
  const stateCandidates = new Map<string, Node>();
  const mutatedInFunction = new Set<string>();

  const report = (rule: RuleId, node: Node, message: string, extra: Partial<RawFinding> = {}) => {
    const { line, column } = lines.position(node.start);
    const key = `${rule}:${line}`;
    if (seen.has(key)) return;
    seen.add(key);
    output.findings.push({ rule, message, line, column, ...extra });
  };

  // What each local name is bound to (imports, requires) and which names the module declares.
  const bindingVisitors = {
    ImportDeclaration(node: ImportDeclaration) {
      const specifier = String(node.source.value);
      if (specifier.endsWith('.node'))
        report('W401', node, `imports the native addon '${specifier}'`);
      const base = bindingFor(specifier);
      for (const s of node.specifiers) {
        const imported =
          s.type === 'ImportSpecifier'
            ? [s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value)]
            : [];
        bindings.set(s.local.name, { ...base, path: [...base.path, ...imported] });
      }
    },
    VariableDeclarator(node: VariableDeclarator) {
      if (node.id.type === 'Identifier') declared.add(node.id.name);
      const init = node.init as AnyNode | null | undefined;
      const specifier =
        requireSpecifier(init) ??
        (init?.type === 'MemberExpression' ? requireSpecifier(init.object) : null);
      if (specifier === null) return;
      const base = bindingFor(specifier);
      const member = init?.type === 'MemberExpression' ? propertyName(init) : null;
      const path = member ? [...base.path, member] : base.path;
      if (node.id.type === 'Identifier') bindings.set(node.id.name, { ...base, path });
      if (node.id.type === 'ObjectPattern') {
        for (const p of node.id.properties) {
          if (p.type !== 'Property' || p.value.type !== 'Identifier') continue;
          const key = p.key.type === 'Identifier' ? p.key.name : stringValue(p.key);
          if (key) bindings.set(p.value.name, { ...base, path: [...path, key] });
        }
      }
    },
    FunctionDeclaration(node: FunctionDeclaration | AnonymousFunctionDeclaration) {
      if (node.id) declared.add(node.id.name);
    },
  };
  // The app's code gets a separate first pass (a use may come before its import); a dependency is
  // walked once, binding names as the walk meets them (requires come first in library code).
  if (user) simple(ast, bindingVisitors);

  // Keep the calls and member accesses a rule can be about (all of them in the app's code; in a
  // dependency only those on bound names and a few globals), with their ancestors.
  const interestingRoot = (name: string) => user || bindings.has(name) || GLOBAL_ROOTS.has(name);
  const interestingCallee = (name: string) => user || bindings.has(name) || GLOBAL_CALLS.has(name);
  const visitors: AncestorVisitors<unknown> = {
    CallExpression(node, _state, ancestors) {
      if (node.callee.type === 'Identifier' && interestingCallee(node.callee.name))
        calls.push({ node, ancestors: [...ancestors] });
    },
    NewExpression(node, _state, ancestors) {
      if (node.callee.type === 'Identifier' && interestingCallee(node.callee.name))
        calls.push({ node, ancestors: [...ancestors] });
    },
    MemberExpression(node, _state, ancestors) {
      // Only the innermost member of a chain: `a.b.c` is handled once from `a.b`.
      const rooted =
        (node.object.type === 'Identifier' && interestingRoot(node.object.name)) ||
        (node.object.type === 'CallExpression' &&
          requireSpecifier(node.object as AnyNode) !== null);
      if (rooted) members.push({ node, ancestors: [...ancestors] });
      const parent = ancestors[ancestors.length - 2];
      if (
        user &&
        parent?.type === 'AssignmentExpression' &&
        parent.left === node &&
        node.object.type === 'Identifier' &&
        !atModuleScope(ancestors)
      ) {
        mutatedInFunction.add(node.object.name);
      }
    },
  };
  if (user) {
    visitors.VariableDeclarator = (node, _state, ancestors) => {
      const init = node.init as AnyNode | null | undefined;
      if (
        node.id.type === 'Identifier' &&
        STATE_NAME.test(node.id.name) &&
        atModuleScope(ancestors) &&
        (init?.type === 'ObjectExpression' ||
          (init?.type === 'NewExpression' &&
            init.callee.type === 'Identifier' &&
            ['Map', 'Set'].includes(init.callee.name)))
      ) {
        stateCandidates.set(node.id.name, node);
      }
    };
    visitors.Identifier = (node, _state, ancestors) => {
      if (node.name !== '__dirname' && node.name !== '__filename') return;
      const parent = ancestors[ancestors.length - 2];
      if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed)
        return;
      if (parent?.type === 'VariableDeclarator' && parent.id === node) return;
      members.push({ node, ancestors: [...ancestors] });
    };
  }
  if (!user) {
    visitors.ImportDeclaration = bindingVisitors.ImportDeclaration;
    visitors.VariableDeclarator = bindingVisitors.VariableDeclarator;
    visitors.FunctionDeclaration = bindingVisitors.FunctionDeclaration;
  }
  ancestor(ast, visitors);

  const moduleScope = (ancestors: AnyNode[]) => atModuleScope(ancestors);

  /** `a.b.c(…)` from its innermost member: the full path and the call it ends in, if any. */
  const chainOf = (node: AnyNode, ancestors: AnyNode[]) => {
    const path: string[] = [];
    let top: AnyNode = node;
    let i = ancestors.length - 1;
    while (top.type === 'MemberExpression') {
      const name = propertyName(top);
      if (name === null) break;
      path.push(name);
      const parent = ancestors[i - 1];
      if (parent?.type !== 'MemberExpression' || parent.object !== top) break;
      top = parent;
      i--;
    }
    const parent = ancestors[i - 1];
    const call =
      (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') &&
      parent.callee === top
        ? parent
        : null;
    return { path, call };
  };

  const checkApi = (
    binding: Binding,
    path: string[],
    node: AnyNode,
    call: CallExpression | NewExpression | null,
    ancestors: AnyNode[],
  ) => {
    const full = [...binding.path, ...path];
    const name = [binding.source, ...full].join('.');
    if (!binding.builtin) {
      checkPackageCall(binding, full, node, call);
      return;
    }
    if (!options.nodejsCompat) {
      report(
        'W109',
        node,
        `uses node:${binding.source} without the nodejs_compat flag: "No such module" at start-up`,
      );
      return;
    }
    const api = lookupApi(binding.source, full);
    // Libraries resolve names only on some paths (pg-native, cluster mode): DNS is an app-code finding.
    const applies = api && (user || api.rule !== 'W110');
    if (api && applies && !(api.worksFrom && options.compatibilityDate >= api.worksFrom)) {
      const date = api.worksFrom
        ? ` before compatibility date ${api.worksFrom} (planned: ${options.compatibilityDate})`
        : ' (at every compatibility date)';
      report(api.rule, node, `${name}: ${api.behaviour}${date}`);
      if (api.rule !== 'W106') return;
    }
    const member = full[0] === 'promises' ? full[1] : full[0];
    if (binding.source === 'fs' && member && FS_WRITES.has(member) && call) {
      const target = call.arguments[0];
      const literal = stringValue(target);
      const text = target ? code.slice(target.start, target.end) : '';
      const inTmp = literal !== null ? literal.startsWith('/tmp') : /tmp/i.test(text);
      if (!inTmp && (user || literal !== null)) {
        report(
          'W107',
          node,
          `${name}(${text.slice(0, 60)}) writes outside /tmp: EPERM/ENOENT on Workers, and nothing persists`,
        );
      }
    }
    if (
      binding.source === 'crypto' &&
      member &&
      RANDOM_METHODS.has(member) &&
      moduleScope(ancestors)
    ) {
      report(
        'W204',
        node,
        `${name}() at module scope: "Disallowed operation called within global scope"`,
      );
    }
    if (user && binding.source === 'crypto' && member && call) checkCost(member, call, node);
  };

  const checkCost = (method: string, call: CallExpression | NewExpression, node: AnyNode) => {
    const cost = CPU_COST_CALLS[method];
    const value = cost ? numberValue(call.arguments[cost.argument]) : null;
    if (!cost || value === null || value < cost.threshold) return;
    report(
      'W601',
      node,
      `${method} with ${cost.unit} ${value} can exceed the ${options.cpuMsPerRequest} ms CPU limit per request`,
    );
  };

  const checkPackageCall = (
    binding: Binding,
    full: string[],
    node: AnyNode,
    call: CallExpression | NewExpression | null,
  ) => {
    if (!user || !call) return;
    const member = full[0];
    if (BCRYPT_PACKAGES.has(binding.source) && member) checkCost(member, call, node);
    if (
      MEMORY_SESSION_PACKAGES.has(binding.source) &&
      !member &&
      !hasProperty(call.arguments[0], 'store')
    ) {
      report(
        'W704',
        node,
        `${binding.source} without a \`store\` keeps sessions in process memory (MemoryStore)`,
      );
    }
    if (
      DISK_UPLOAD_PACKAGES.has(binding.source) &&
      (member === 'diskStorage' ||
        (!member && hasProperty(call.arguments[0], 'dest')) ||
        (!member && hasProperty(call.arguments[0], 'uploadDir')))
    ) {
      report('W703', node, `${binding.source} stores uploads on the local disk`);
    }
  };

  for (const { node, ancestors } of members) {
    if (node.type === 'Identifier') {
      if (!declared.has(node.name))
        report('W112', node, `${node.name} is not defined in the bundled Worker (ReferenceError)`);
      continue;
    }
    if (node.type !== 'MemberExpression') continue;
    const { path, call } = chainOf(node, ancestors);
    const specifier = requireSpecifier(node.object as AnyNode);
    const root = node.object.type === 'Identifier' ? node.object.name : null;
    const binding =
      specifier !== null ? bindingFor(specifier) : root ? bindings.get(root) : undefined;
    if (binding) checkApi(binding, path, node, call, ancestors);
    if (binding?.builtin) continue;
    if (root === 'process' && !bindings.has('process')) checkProcess(path, node, call);
    else if (root === 'crypto' || root === 'globalThis') {
      const method = root === 'crypto' ? path[0] : path[1];
      if (method && RANDOM_METHODS.has(method) && call && moduleScope(ancestors)) {
        report(
          'W204',
          node,
          `${root}.${path.join('.')}() at module scope: "Disallowed operation called within global scope"`,
        );
      }
    } else if (
      root === 'WebAssembly' &&
      ['compile', 'compileStreaming', 'Module'].includes(path[0] ?? '') &&
      call
    ) {
      report(
        'W303',
        node,
        `WebAssembly.${path[0]} from bytes: "Wasm code generation disallowed by embedder"`,
      );
    }
    if (user && call && moduleScope(ancestors)) checkModuleScopeCall(path, node, call, ancestors);
    if (user && call && path.length === 1 && path[0] === 'listen') {
      const port = call.arguments[0];
      output.listenPorts.push(port ? code.slice(port.start, port.end) : '');
    }
    if (user && call && path[0] === 'set' && stringValue(call.arguments[0]) === 'view engine') {
      report(
        'W111',
        node,
        `app.set('view engine', …) makes express require the engine by name at render time ("Dynamic require … is not supported")`,
        { fix: 'Import the engine statically and register it with app.engine(ext, engine).' },
      );
    }
    if (
      user &&
      call &&
      root &&
      stateCandidates.has(root) &&
      ['set', 'push', 'add'].includes(path[0] ?? '') &&
      !moduleScope(ancestors)
    ) {
      mutatedInFunction.add(root);
    }
  }

  const checkedStates = () => {
    for (const [name, node] of stateCandidates) {
      if (mutatedInFunction.has(name))
        report('W704', node, `'${name}' is kept in module memory and written by request handlers`, {
          severity: /session/i.test(name) ? 'error' : 'warning',
        });
    }
  };

  function checkProcess(
    path: string[],
    node: AnyNode,
    call: CallExpression | NewExpression | null,
  ) {
    const [member, next] = path;
    if (member === 'dlopen')
      report('W104', node, 'process.dlopen: loads a native addon (ERR_METHOD_NOT_IMPLEMENTED)');
    if (!user) return;
    if (member === 'exit' && call)
      report('W701', node, 'process.exit(): in a handler the request fails with HTTP 500');
    if (
      (member === 'on' || member === 'once') &&
      call &&
      SHUTDOWN_EVENTS.has(stringValue(call.arguments[0]) ?? '')
    ) {
      report(
        'W702',
        node,
        `process.${member}('${stringValue(call.arguments[0])}') never fires on Workers`,
      );
    }
    if (
      member === 'env' &&
      next &&
      next !== 'NODE_ENV' &&
      options.compatibilityDate < PROCESS_ENV_FROM
    ) {
      report(
        'W106',
        node,
        `process.env.${next} is empty before compatibility date ${PROCESS_ENV_FROM} (planned: ${options.compatibilityDate}); vars reach only the handler's env`,
      );
    }
  }

  function checkModuleScopeCall(
    path: string[],
    node: AnyNode,
    call: CallExpression | NewExpression,
    ancestors: AnyNode[],
  ) {
    const method = path[path.length - 1] ?? '';
    const awaited = ancestors.some((a) => a.type === 'AwaitExpression');
    if (CONNECT_METHODS.has(method)) {
      report(
        'W201',
        node,
        `${awaited ? 'top-level await of ' : ''}${code.slice(node.start, node.end)}() at module scope opens a connection at start-up`,
      );
    }
  }

  for (const { node, ancestors } of calls) {
    const callee = node.callee as Expression;
    if (callee.type !== 'Identifier') continue;
    const name = callee.name;
    const binding = bindings.get(name);
    if (binding) {
      checkApi(binding, [], callee as AnyNode, node, ancestors);
      continue;
    }
    if (declared.has(name)) continue;
    const inFunction = !moduleScope(ancestors);
    if (name === 'eval' || name === 'Function') {
      const body = stringValue(node.arguments[node.arguments.length - 1]);
      const startupAllowed = !inFunction && options.compatibilityDate >= EVAL_AT_STARTUP_FROM;
      if (body !== 'return this' && !startupAllowed) {
        const when = inFunction
          ? 'while serving requests'
          : `at start-up before ${EVAL_AT_STARTUP_FROM}`;
        report(
          'W301',
          node,
          `${node.type === 'NewExpression' ? 'new ' : ''}${name}(…) ${when}: EvalError "Code generation from strings disallowed"`,
        );
      }
    } else if ((name === 'setInterval' || name === 'setTimeout') && !inFunction) {
      report(
        'W202',
        node,
        `${name}() at module scope: "Disallowed operation called within global scope"`,
      );
    } else if (name === 'fetch' && !inFunction) {
      report(
        'W203',
        node,
        'fetch() at module scope rejects: "Disallowed operation called within global scope"',
      );
    } else if (
      name === 'require' &&
      user &&
      node.arguments[0] &&
      stringValue(node.arguments[0]) === null
    ) {
      report(
        'W111',
        node,
        `require(${code.slice(node.arguments[0].start, node.arguments[0].end)}) with a computed name: "Dynamic require … is not supported"`,
      );
    } else if (name === 'require' && stringValue(node.arguments[0])?.endsWith('.node')) {
      report('W401', node, `requires the native addon '${stringValue(node.arguments[0])}'`);
    }
  }
  checkedStates();
  output.findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return output;
}
