import type {
  AnyNode,
  CallExpression,
  ImportDeclaration,
  NewExpression,
  Node,
  VariableDeclarator,
} from 'acorn';
import { ancestor, simple, type AncestorVisitors } from 'acorn-walk';
import { FS_WRITES, NODE_APIS } from './node-apis.js';
import { LineIndex, parseJs } from '../util/parse-js.js';
import type { RuleId } from './rules.js';
import {
  bindingFor,
  chainOf,
  invokedInPlace,
  propertyName,
  requireSpecifier,
  stringValue,
  type Binding,
} from './scan/ast.js';
import { builtinRules } from './scan/builtins.js';
import { globalRules } from './scan/globals.js';
import type {
  FamilyVisitors,
  MemberSite,
  ModuleScan,
  NameCall,
  RawFinding,
  RuleFamily,
  ScanOptions,
  ScanOutput,
} from './scan/module.js';
import { packageRules } from './scan/packages.js';
import { serverRules } from './scan/server.js';
import { startupRules } from './scan/startup.js';
import { stateRules } from './scan/state.js';

export type { RawFinding, ScanOptions, ScanOutput } from './scan/module.js';
export { startupFindings, type ReachedWork } from './scan/startup-links.js';
export type { StartupSummary } from './scan/startup.js';

/** Globals whose members rules look at, and global functions rules look at, in dependencies too. */
const GLOBAL_ROOTS = new Set(['process', 'crypto', 'globalThis', 'WebAssembly']);
const GLOBAL_CALLS = new Set(['eval', 'Function', 'setInterval', 'setTimeout', 'fetch', 'require']);

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

/** Binds local names to imports/requires, and records the names the module declares. */
function bindingVisitors(scan: ModuleScan) {
  const { bindings, declared } = scan;
  return {
    ImportDeclaration(node: ImportDeclaration) {
      const specifier = String(node.source.value);
      if (specifier.endsWith('.node'))
        scan.report('W401', node, `imports the native addon '${specifier}'`);
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
    FunctionDeclaration(node: { id: { name: string } | null }) {
      if (node.id) declared.add(node.id.name);
    },
  };
}

/** Adds the families' own visitors for the app's code to the walk's visitors. */
function withFamilyVisitors(
  visitors: AncestorVisitors<unknown>,
  families: RuleFamily[],
  scan: ModuleScan,
): void {
  const table = visitors as Record<
    string,
    (node: Node, state: unknown, ancestors: AnyNode[]) => void
  >;
  for (const family of families) {
    for (const [type, visit] of Object.entries(family.visitors ?? {}) as [
      string,
      NonNullable<FamilyVisitors[keyof FamilyVisitors]>,
    ][]) {
      const before = table[type];
      const own = (node: Node, _state: unknown, ancestors: AnyNode[]) =>
        (visit as (s: ModuleScan, n: Node, a: AnyNode[]) => void)(scan, node, ancestors);
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
function markDeferred(ast: Node, offsets: Map<RawFinding, number>): void {
  const ranges: { start: number; end: number }[] = [];
  const onFunction = (node: AnyNode, _state: unknown, ancestors: AnyNode[]) => {
    if (!invokedInPlace(node, ancestors[ancestors.length - 2]))
      ranges.push({ start: node.start, end: node.end });
  };
  ancestor(ast, {
    FunctionDeclaration: onFunction,
    FunctionExpression: onFunction,
    ArrowFunctionExpression: onFunction,
  });
  for (const [found, offset] of offsets) {
    if (ranges.some((r) => offset > r.start && offset < r.end)) found.deferred = true;
  }
}

/** Scans one module's code; returns findings with 1-based positions in that code. */
export function scanModule(code: string, options: ScanOptions): ScanOutput {
  const output: ScanOutput = { findings: [], listenPorts: [], startup: null, parsed: false };
  if (!relevant(code, options)) return output;
  const ast = parseJs(code);
  if (!ast) return output;
  output.parsed = true;
  const user = options.userCode;
  const seen = new Set<string>();
  const offsets = new Map<RawFinding, number>();
  const scan: ModuleScan = {
    code,
    options,
    user,
    lines: new LineIndex(code),
    bindings: new Map<string, Binding>(),
    declared: new Set<string>(),
    output,
    report(rule: RuleId, node: Node, message: string, extra: Partial<RawFinding> = {}) {
      const { line, column } = this.lines.position(node.start);
      const key = `${rule}:${line}`;
      if (seen.has(key)) return;
      seen.add(key);
      const found: RawFinding = { rule, message, line, column, ...extra };
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
  if (user) simple(ast, binds);

  // Keep the calls and member accesses a rule can be about (all of them in the app's code; in a
  // dependency only those on bound names and a few globals), with their ancestors.
  const calls: NameCall[] = [];
  const members: { node: AnyNode; ancestors: AnyNode[] }[] = [];
  const interestingRoot = (name: string) =>
    user || scan.bindings.has(name) || GLOBAL_ROOTS.has(name);
  const interestingCallee = (name: string) =>
    user || scan.bindings.has(name) || GLOBAL_CALLS.has(name);
  const onCall = (node: CallExpression | NewExpression, _state: unknown, ancestors: AnyNode[]) => {
    const callee = node.callee as AnyNode;
    const required = requireSpecifier(callee);
    if (callee.type === 'Identifier' && interestingCallee(callee.name)) {
      const binding = scan.bindings.get(callee.name);
      calls.push({ node, ancestors: [...ancestors], name: callee.name, binding });
    } else if (user && required !== null) {
      calls.push({
        node,
        ancestors: [...ancestors],
        name: required,
        binding: bindingFor(required),
      });
    }
  };
  const visitors: AncestorVisitors<unknown> = {
    CallExpression: onCall,
    NewExpression: onCall,
    MemberExpression(node, _state, ancestors) {
      // Only the innermost member of a chain: `a.b.c` is handled once from `a.b`.
      const rooted =
        (node.object.type === 'Identifier' && interestingRoot(node.object.name)) ||
        (node.object.type === 'CallExpression' &&
          requireSpecifier(node.object as AnyNode) !== null);
      if (rooted) members.push({ node, ancestors: [...ancestors] });
    },
  };
  if (user) withFamilyVisitors(visitors, families, scan);
  else {
    visitors.ImportDeclaration = binds.ImportDeclaration;
    visitors.VariableDeclarator = binds.VariableDeclarator;
    visitors.FunctionDeclaration = binds.FunctionDeclaration;
  }
  ancestor(ast, visitors);

  for (const { node, ancestors } of members) {
    if (node.type !== 'MemberExpression') continue;
    const { path, call } = chainOf(node, ancestors);
    const specifier = requireSpecifier(node.object as AnyNode);
    const root = node.object.type === 'Identifier' ? node.object.name : null;
    const binding =
      specifier !== null ? bindingFor(specifier) : root ? scan.bindings.get(root) : undefined;
    const site: MemberSite = { node, ancestors, path, call, root, binding };
    for (const family of families) family.member?.(scan, site);
  }
  for (const site of calls) for (const family of families) family.call?.(scan, site);
  for (const family of families) family.finish?.(scan);
  if (!user && output.findings.length > 0) markDeferred(ast, offsets);
  output.findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return output;
}
