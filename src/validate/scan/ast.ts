import type { AnyNode, CallExpression, NewExpression, Node } from 'acorn';
import { normaliseBuiltin } from '../node-apis.js';

/** Where a local name comes from: a built-in, a package or one of the app's modules, and the members already selected. */
export interface Binding {
  /** Built-in module name, npm package name, or the relative specifier of an app module. */
  source: string;
  builtin: boolean;
  path: string[];
}

export function isFunction(node: AnyNode): boolean {
  return (
    node.type === 'FunctionDeclaration' ||
    node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression'
  );
}

/** A function called where it is defined (an IIFE): its body runs with the code around it. */
export function invokedInPlace(fn: AnyNode, parent: AnyNode | undefined): boolean {
  return parent?.type === 'CallExpression' && parent.callee === fn;
}

/** True unless inside a function that is not immediately invoked (an IIFE runs at load). */
export function atModuleScope(ancestors: AnyNode[]): boolean {
  for (let i = ancestors.length - 2; i >= 0; i--) {
    const node = ancestors[i]!;
    if (isFunction(node) && !invokedInPlace(node, ancestors[i - 1])) return false;
  }
  return true;
}

/**
 * Inside the `try` block of a try/catch in the same function: an exception there (the EvalError of
 * `new Function` on Workers) is caught and the code goes on, e.g. to a fallback. A catch that ends
 * by throwing (ajv's compile logs the code and rethrows) lets it through.
 */
export function guardedByTry(ancestors: AnyNode[]): boolean {
  for (let i = ancestors.length - 2; i >= 0; i--) {
    const node = ancestors[i]!;
    if (isFunction(node)) return false;
    if (node.type === 'TryStatement' && node.handler && node.block === ancestors[i + 1])
      return node.handler.body.body.at(-1)?.type !== 'ThrowStatement';
  }
  return false;
}

export function stringValue(node: Node | undefined): string | null {
  if (!node) return null;
  const n = node as AnyNode;
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral' && n.quasis.length === 1)
    return n.quasis[0]!.value.cooked ?? null;
  return null;
}

export function numberValue(node: Node | undefined): number | null {
  const n = node as AnyNode | undefined;
  return n?.type === 'Literal' && typeof n.value === 'number' ? n.value : null;
}

export function propertyName(node: AnyNode): string | null {
  if (node.type !== 'MemberExpression') return null;
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  return stringValue(node.property);
}

export function requireSpecifier(node: AnyNode | null | undefined): string | null {
  if (node?.type !== 'CallExpression') return null;
  if (node.callee.type !== 'Identifier' || node.callee.name !== 'require') return null;
  return stringValue(node.arguments[0]);
}

export function bindingFor(specifier: string): Binding {
  const builtin = normaliseBuiltin(specifier);
  if (builtin) return { source: builtin.module, builtin: true, path: builtin.prefix };
  if (specifier.startsWith('.')) return { source: specifier, builtin: false, path: [] };
  const parts = specifier.split('/');
  const pkg = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return { source: pkg, builtin: false, path: [] };
}

export function hasProperty(node: Node | undefined, name: string): boolean {
  const n = node as AnyNode | undefined;
  return (
    n?.type === 'ObjectExpression' &&
    n.properties.some(
      (p) => p.type === 'Property' && p.key.type === 'Identifier' && p.key.name === name,
    )
  );
}

/** `a.b.c(…)` from its innermost member: the full path and the call it ends in, if any. */
export function chainOf(
  node: AnyNode,
  ancestors: AnyNode[],
): { path: string[]; call: CallExpression | NewExpression | null } {
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
    (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee === top
      ? parent
      : null;
  return { path, call };
}
