import type { AnyNode, CallExpression, NewExpression, Node } from 'acorn';
import type { Severity } from '../../model/index.js';
import type { LineIndex } from '../../util/parse-js.js';
import type { RuleId } from '../rules.js';
import type { Binding } from './ast.js';
import type { StartupSummary } from './startup.js';

export interface ScanOptions {
  compatibilityDate: string;
  nodejsCompat: boolean;
  /** The app's own code (all rules) or a dependency (only rules that hold for library code). */
  userCode: boolean;
  cpuMsPerRequest: number;
  /** Identifiers the Worker's config `define`s (wrangler substitutes them when bundling). */
  defined?: readonly string[];
}

export interface RawFinding {
  rule: RuleId;
  message: string;
  line: number;
  column: number;
  severity?: Severity;
  fix?: string;
  /** In a dependency: inside a function, so it runs when that function is called, not when the module loads. */
  deferred?: boolean;
  /** In a dependency: a stub server constructor, which only a start-up that failed can have called. */
  serverConstructor?: boolean;
}

export interface ScanOutput {
  findings: RawFinding[];
  /** Port expressions passed to `.listen(…)` (user code). */
  listenPorts: string[];
  /** The app's functions and what each does at start-up, linked across modules by scanBundle (user code). */
  startup: StartupSummary | null;
  parsed: boolean;
}

export type Call = CallExpression | NewExpression;

/** One module being scanned: what it binds and declares, and where findings go. */
export interface ModuleScan {
  code: string;
  options: ScanOptions;
  /** The app's own code (`options.userCode`). */
  user: boolean;
  lines: LineIndex;
  /** Local name → the import/require it is bound to. */
  bindings: Map<string, Binding>;
  /** Names the module declares itself (so `require`, `__dirname`… are its own). */
  declared: Set<string>;
  output: ScanOutput;
  report(rule: RuleId, node: Node, message: string, extra?: Partial<RawFinding>): void;
}

/** A member chain (`a.b.c`, `require('x').y`) rooted at a bound name or a global a rule is about. */
export interface MemberSite {
  node: AnyNode;
  ancestors: AnyNode[];
  path: string[];
  /** The call the chain ends in, if it is called. */
  call: Call | null;
  /** The root identifier, or null for `require('x').y`. */
  root: string | null;
  binding: Binding | undefined;
}

/** A call of a plain name: `f(…)`, `new F(…)`, or of `require('x')(…)`. */
export interface NameCall {
  node: Call;
  ancestors: AnyNode[];
  /** The name called (`require('x')` calls are named by the module: `x`). */
  name: string;
  binding: Binding | undefined;
}

/** Node visitors a family adds to the one walk (the app's code only): node, then its ancestors. */
export type FamilyVisitors = {
  [T in AnyNode['type']]?: (
    scan: ModuleScan,
    node: Extract<AnyNode, { type: T }>,
    ancestors: AnyNode[],
  ) => void;
};

/** One family of rules: reacts to the member chains and calls the collecting walk kept. */
export interface RuleFamily {
  visitors?: FamilyVisitors;
  member?(scan: ModuleScan, site: MemberSite): void;
  call?(scan: ModuleScan, site: NameCall): void;
  /** After every site was seen (rules that need the whole module). */
  finish?(scan: ModuleScan): void;
}

/** The source text of a node, shortened for messages. */
export function textOf(scan: ModuleScan, node: Node, max = 60): string {
  const text = scan.code.slice(node.start, node.end).replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
