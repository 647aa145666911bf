import type { StartupCall, StartupSummary, StartupWork } from './startup.js';

/** A place reached at start-up: the work, its module, and the calls that lead there from a load. */
export interface ReachedWork {
  file: string;
  work: StartupWork;
  /** `file:line name()` for each call from the module's load to the function doing the work. */
  chain: string[];
}

/**
 * Follows the calls each module makes while loading, through the app's functions in any module, to
 * the start-up work they do. `resolve` maps a relative specifier in `from` to a scanned module.
 */
export function startupFindings(
  modules: Map<string, StartupSummary>,
  resolve: (from: string, specifier: string) => string | null,
): ReachedWork[] {
  const reached: ReachedWork[] = [];
  const reported = new Set<string>();
  const target = (file: string, call: StartupCall): [string, string] | null => {
    if (call.local !== undefined) return [file, call.local];
    const other = call.module ? resolve(file, call.module) : null;
    const local = other ? modules.get(other)?.exports.get(call.name) : undefined;
    return other && local ? [other, local] : null;
  };
  const visit = (file: string, call: StartupCall, chain: string[], seen: Set<string>) => {
    const found = target(file, call);
    if (!found) return;
    const [where, name] = found;
    const key = `${where}#${name}`;
    const fn = modules.get(where)?.functions.get(name);
    if (!fn || seen.has(key)) return;
    seen.add(key);
    const path = [...chain, `${file}:${call.line} ${call.called}()`];
    for (const work of fn.work) {
      const id = `${where}:${work.line}:${work.rule}`;
      if (reported.has(id)) continue;
      reported.add(id);
      reached.push({ file: where, work, chain: path });
    }
    for (const next of fn.calls) visit(where, next, path, seen);
  };
  for (const [file, summary] of modules) {
    for (const root of summary.roots) visit(file, root, [], new Set());
  }
  return reached;
}
