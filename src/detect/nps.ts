import type { AnyNode, Expression } from 'acorn';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import { lineAt } from './text.js';
import { parseJs } from '../util/parse-js.js';
import { readYaml } from './yaml.js';

/**
 * nps (package-scripts) keeps its scripts in `package-scripts.js` (or .yml/.yaml/.json) instead of
 * package.json (https://github.com/sezna/nps#readme); nps-utils' helpers build the command strings
 * (https://github.com/kentcdodds/nps-utils). The file is read statically, never run: it is the
 * repository's code.
 */
export const NPS_CONFIG_FILES = [
  'package-scripts.js',
  'package-scripts.cjs',
  'package-scripts.mjs',
  'package-scripts.json',
  'package-scripts.yml',
  'package-scripts.yaml',
];

/** A value of the scripts tree as far as it can be read without running the file. */
type Static =
  | { kind: 'text'; value: string; line: number }
  | { kind: 'object'; entries: Map<string, Static>; line: number }
  /** Computed (a call of the file's own function, a variable): `text` is its source, for the report. */
  | { kind: 'unreadable'; text: string; line: number };

/** What `nps <name>` runs: its command and line, the expression that cannot be read, or nothing. */
export type NpsScript =
  | { kind: 'command'; command: string; line: number }
  | { kind: 'unreadable'; text: string; line: number }
  | null;

/** The script `name` (dotted: `banner.serve`) of an nps config, as nps resolves it. */
export function npsScript(file: string, text: string, name: string): NpsScript {
  const root = readConfig(file, text);
  if (root.kind === 'unreadable') return root;
  const scripts = root.kind === 'object' ? root.entries.get('scripts') : undefined;
  let node: Static | undefined = scripts;
  for (const part of name.split('.')) {
    if (node?.kind === 'unreadable') return node;
    node = node?.kind === 'object' ? node.entries.get(part) : undefined;
  }
  // An object is a script through its `script`, or its `default` (`nps test` → test.default).
  while (node?.kind === 'object') node = node.entries.get('script') ?? node.entries.get('default');
  if (!node) return null;
  return node.kind === 'text' ? { kind: 'command', command: node.value, line: node.line } : node;
}

function readConfig(file: string, text: string): Static {
  if (file.endsWith('.json')) {
    const tree = parseTree(text, [], { allowTrailingComma: true });
    return tree ? fromJson(tree, text) : { kind: 'unreadable', text: file, line: 1 };
  }
  if (/\.ya?ml$/.test(file)) {
    const read = readYaml(text);
    if (!read.ok || !read.document.contents)
      return { kind: 'unreadable', text: file, line: read.ok ? 1 : (read.line ?? 1) };
    return fromYaml(
      read.document.contents as YamlNode,
      (offset) => read.lines.linePos(offset).line,
    );
  }
  return fromJs(file, text);
}

function fromJson(node: JsonNode, text: string): Static {
  const line = lineAt(text, node.offset);
  if (node.type === 'string') return { kind: 'text', value: String(node.value), line };
  if (node.type !== 'object')
    return { kind: 'unreadable', text: text.slice(node.offset, node.offset + node.length), line };
  const entries = new Map<string, Static>();
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key && value) entries.set(String(key.value), fromJson(value, text));
  }
  return { kind: 'object', entries, line };
}

function fromYaml(node: YamlNode, lineOf: (offset: number) => number): Static {
  const line = lineOf(node.range?.[0] ?? 0);
  if (isScalar(node) && typeof node.value === 'string')
    return { kind: 'text', value: node.value, line };
  if (!isMap(node)) return { kind: 'unreadable', text: String(node), line };
  const entries = new Map<string, Static>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : null;
    if (key !== null && pair.value) entries.set(key, fromYaml(pair.value as YamlNode, lineOf));
  }
  return { kind: 'object', entries, line };
}

/** The nps-utils helpers read here: they only join their string arguments. */
const HELPERS = new Set(['series', 'concurrent']);

/** A CommonJS or ESM config: `module.exports = {…}` / `export default {…}`, read as data. */
function fromJs(file: string, text: string): Static {
  const program = parseJs(text);
  if (!program)
    return { kind: 'unreadable', text: `${file} (not JavaScript acorn parses)`, line: 1 };
  const scope = new Map<string, Expression>();
  const helpers = new Map<string, string>();
  let exported: Expression | null = null;
  for (const statement of program.body) {
    if (statement.type === 'VariableDeclaration') {
      for (const declaration of statement.declarations) {
        const init = declaration.init;
        if (!init) continue;
        if (declaration.id.type === 'Identifier') scope.set(declaration.id.name, init);
        if (isNpsUtils(init)) bindHelpers(declaration.id, helpers);
      }
    } else if (statement.type === 'ImportDeclaration' && statement.source.value === 'nps-utils') {
      for (const specifier of statement.specifiers)
        helpers.set(
          specifier.local.name,
          specifier.type === 'ImportSpecifier' && specifier.imported.type === 'Identifier'
            ? specifier.imported.name
            : '*',
        );
    } else if (statement.type === 'ExportDefaultDeclaration') {
      exported = statement.declaration as Expression;
    } else if (
      statement.type === 'ExpressionStatement' &&
      statement.expression.type === 'AssignmentExpression' &&
      isModuleExports(statement.expression.left)
    ) {
      exported = statement.expression.right;
    }
  }
  const lineOf = (node: AnyNode) => lineAt(text, node.start);
  if (!exported) return { kind: 'unreadable', text: `${file} (no module.exports)`, line: 1 };
  return new JsReader(text, scope, helpers, lineOf).read(exported, 0);
}

function isModuleExports(node: AnyNode): boolean {
  return (
    node.type === 'MemberExpression' &&
    node.object.type === 'Identifier' &&
    node.object.name === 'module' &&
    node.property.type === 'Identifier' &&
    node.property.name === 'exports'
  );
}

/** `require('nps-utils')`. */
function isNpsUtils(node: AnyNode): boolean {
  return (
    node.type === 'CallExpression' &&
    node.callee.type === 'Identifier' &&
    node.callee.name === 'require' &&
    node.arguments[0]?.type === 'Literal' &&
    node.arguments[0].value === 'nps-utils'
  );
}

/** `const { series } = require('nps-utils')` → series; `const utils = require(…)` → utils (`*`). */
function bindHelpers(id: AnyNode, helpers: Map<string, string>): void {
  if (id.type === 'Identifier') helpers.set(id.name, '*');
  if (id.type !== 'ObjectPattern') return;
  for (const property of id.properties) {
    if (
      property.type === 'Property' &&
      property.key.type === 'Identifier' &&
      property.value.type === 'Identifier'
    )
      helpers.set(property.value.name, property.key.name);
  }
}

class JsReader {
  constructor(
    private readonly text: string,
    private readonly scope: Map<string, Expression>,
    private readonly helpers: Map<string, string>,
    private readonly lineOf: (node: AnyNode) => number,
  ) {}

  /** `depth` bounds variables that refer to each other. */
  read(node: AnyNode, depth: number): Static {
    const line = this.lineOf(node);
    const string = stringLiteral(node);
    if (string !== null) return { kind: 'text', value: string, line };
    if (node.type === 'Identifier' && this.scope.has(node.name) && depth < 8)
      return this.read(this.scope.get(node.name)!, depth + 1);
    if (node.type === 'ObjectExpression') {
      const entries = new Map<string, Static>();
      for (const property of node.properties) {
        if (property.type !== 'Property') continue;
        const key =
          property.key.type === 'Identifier' && !property.computed
            ? property.key.name
            : stringLiteral(property.key);
        if (key !== null) entries.set(key, this.read(property.value, depth));
      }
      return { kind: 'object', entries, line };
    }
    if (node.type === 'CallExpression') {
      const helper = this.helperOf(node.callee);
      const args = node.arguments.filter((a) => !isFalsy(a));
      const values = args.map((a) => (a.type === 'SpreadElement' ? null : this.read(a, depth)));
      const command = helper && this.joined(helper, values);
      if (command !== null) return { kind: 'text', value: command, line };
    }
    return this.unreadable(node);
  }

  /** `series(…)` / `series.nps(…)` / `concurrent.nps(…)` bound to nps-utils. */
  private helperOf(callee: AnyNode): { name: string; nps: boolean } | null {
    const nps =
      callee.type === 'MemberExpression' &&
      callee.property.type === 'Identifier' &&
      callee.property.name === 'nps';
    const base = nps ? (callee as Extract<AnyNode, { type: 'MemberExpression' }>).object : callee;
    const name =
      base.type === 'Identifier'
        ? this.helpers.get(base.name)
        : base.type === 'MemberExpression' &&
            base.object.type === 'Identifier' &&
            this.helpers.get(base.object.name) === '*' &&
            base.property.type === 'Identifier'
          ? base.property.name
          : undefined;
    return name && HELPERS.has(name) ? { name, nps } : null;
  }

  /**
   * The command a helper returns. `series` joins with ` && ` (the server is the last one, as in any
   * chain); `concurrent` runs its scripts side by side under `concurrently`, where the long-running
   * server is by convention the last one: that one is the command.
   */
  private joined(helper: { name: string; nps: boolean }, values: (Static | null)[]): string | null {
    const scripts: string[] = [];
    for (const value of values) {
      const script =
        value?.kind === 'object' && helper.name === 'concurrent' && !helper.nps
          ? [...value.entries.values()].map((v) =>
              v.kind === 'object' ? v.entries.get('script') : v,
            )
          : [value];
      for (const item of script) {
        if (item?.kind !== 'text') return null;
        scripts.push(helper.nps ? `nps ${quoteName(item.value.trim())}` : item.value);
      }
    }
    if (scripts.length === 0) return null;
    return helper.name === 'series' ? scripts.join(' && ') : scripts.at(-1)!;
  }

  private unreadable(node: AnyNode): Static {
    const source = this.text.slice(node.start, node.end).replace(/\s+/g, ' ');
    return {
      kind: 'unreadable',
      text: source.length > 80 ? `${source.slice(0, 79)}…` : source,
      line: this.lineOf(node),
    };
  }
}

function stringLiteral(node: AnyNode): string | null {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis[0]?.value.cooked ?? null;
  return null;
}

/** nps-utils drops falsy arguments (`series(isCI && 'lint', 'build')` when not in CI is unreadable). */
function isFalsy(node: AnyNode): boolean {
  return (
    (node.type === 'Literal' && !node.value) ||
    (node.type === 'Identifier' && node.name === 'undefined')
  );
}

/** nps-utils quotes a script name with arguments (`nps "test --coverage"`). */
function quoteName(name: string): string {
  return name.includes(' ') ? `"${name}"` : name;
}
