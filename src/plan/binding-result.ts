import type { Binding, CodeChange, Diagnostic, ReportRow } from '../model/index.js';
import type { BindingChoice, Overrides } from './overrides.js';
import { findInSources, type SourceFile } from './sources.js';

export interface BindingsResult {
  bindings: Binding[];
  /** Env var → the Hyperdrive binding whose connection string replaces it (the shim sets it). */
  replacedVars: Record<string, string>;
  /** Env vars that held a backing service's address: not copied to `vars` (the host does not exist). */
  serviceVars: string[];
  rows: ReportRow[];
  codeChanges: CodeChange[];
  diagnostics: Diagnostic[];
}

export function emptyResult(): BindingsResult {
  return {
    bindings: [],
    replacedVars: {},
    serviceVars: [],
    rows: [],
    codeChanges: [],
    diagnostics: [],
  };
}

/** Binding names already used in this Worker: a second `UPLOADS` becomes `UPLOADS_2`. */
export function uniqueNames(): (name: string) => string {
  const taken = new Set<string>();
  return (name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name}_${n}`;
    taken.add(candidate);
    return candidate;
  };
}

/** The override for a compose service / volume (by any of its names), as `{ type, binding? }`. */
export function choiceFor(
  overrides: Overrides,
  ...keys: (string | null)[]
): { type: BindingChoice; binding?: string } | null {
  for (const key of keys) {
    const choice = key ? overrides.bindings?.[key] : undefined;
    if (choice) return typeof choice === 'string' ? { type: choice } : choice;
  }
  return null;
}

export function firstHit(
  sources: SourceFile[],
  pattern: RegExp,
): { file: string; line: number } | null {
  return findInSources(sources, pattern)[0] ?? null;
}
