/**
 * Node's own `require` as seen from the file `from`, fetched at run time: the bundler that builds dist/
 * replaces each `createRequire(…)` call it can see with a stub that has no `resolve`. Null on Node before
 * 20.16, which has no `process.getBuiltinModule`.
 */
export function nodeRequire(from: string): NodeJS.Require | null {
  // Optional on older Node, whatever the types say.
  const builtin = process.getBuiltinModule as typeof process.getBuiltinModule | undefined;
  return builtin ? builtin('node:module').createRequire(from) : null;
}
