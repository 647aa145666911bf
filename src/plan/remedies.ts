import type { AppliedRemedy, CodeChange, Diagnostic, VendorPackage } from '../model/index.js';
import type { PitfallHit, PitfallRemedy } from './pitfalls.js';
import { planDiagnostic } from './rules.js';

export interface RemedyPlan {
  /** wrangler `alias`: package → path relative to the worker directory, or a bare specifier. */
  alias: Record<string, string>;
  /** wrangler `define`: free identifier → the JSON literal the bundle puts in its place. */
  define: Record<string, string>;
  /** Modules generated beside wrangler.jsonc that aliases point at. */
  modules: Record<string, string>;
  vendor: VendorPackage[];
  /** A generated module (a key of `modules`) whose default export the entry exports as the app's handler. */
  handler: string | null;
  /** The entry holds timers set while the Worker starts and sets them as the first event starts. */
  holdStartupTimers: boolean;
  /** Why the app must load as the Worker starts, not on the first event (a remedy's `lateLoad`). */
  lateLoad: string | null;
  applied: AppliedRemedy[];
  codeChanges: CodeChange[];
  diagnostics: Diagnostic[];
}

/** Where a vendored package lands, relative to `<outDir>/<worker>/` (and so to wrangler.jsonc). */
export function vendorPath(name: string): string {
  return `./node_modules/${name}`;
}

function locate(hit: PitfallHit): { file: string; line: number | null } {
  const match = hit.source ? /^(.*?)(?::(\d+))?$/.exec(hit.source) : null;
  return { file: match?.[1] ?? 'package.json', line: match?.[2] ? Number(match[2]) : null };
}

/** What the user does by hand for a remedy plan does not apply (`--no-remedies`, or a code pitfall). */
function manualChange(remedy: Exclude<PitfallRemedy, { kind: 'container' }>): string {
  switch (remedy.kind) {
    case 'alias':
      return `upgrade ${remedy.package} to ${remedy.replacement.version} (e.g. "overrides": { "${remedy.package}": "^${remedy.replacement.version}" } in package.json)`;
    case 'define':
      return `add to wrangler.jsonc "define": ${JSON.stringify(remedy.define)}`;
    case 'code':
    case 'startup-timers':
      return remedy.change;
    default:
      return `add to wrangler.jsonc "alias": ${JSON.stringify(remedy.alias)}${remedy.modules ? ` with ${Object.keys(remedy.modules).join(', ')} as plan generates it` : ''}`;
  }
}

/**
 * Remedies the generated build can apply (aliases to fixed versions vendored into the output directory,
 * so the user's files stay untouched); the rest become code changes with their file:line.
 * `--no-remedies` turns every remedy into a reported code change.
 */
export function planRemedies(hits: PitfallHit[], disabled: boolean): RemedyPlan {
  const plan: RemedyPlan = {
    alias: {},
    define: {},
    modules: {},
    vendor: [],
    handler: null,
    holdStartupTimers: false,
    lateLoad: null,
    applied: [],
    codeChanges: [],
    diagnostics: [],
  };
  const seen = new Set<string>();
  for (const hit of hits) {
    const { pitfall } = hit;
    const remedy = pitfall.remedy;
    if (remedy.kind === 'container') continue;
    const remediable = remedy.kind !== 'code';
    if (remediable && !disabled) {
      if (seen.has(pitfall.id)) continue;
      seen.add(pitfall.id);
      if (remedy.kind === 'alias') {
        plan.alias[remedy.package] = vendorPath(remedy.replacement.name);
        plan.vendor.push(remedy.replacement);
      } else if (remedy.kind === 'define') {
        Object.assign(plan.define, remedy.define);
      } else if (remedy.kind === 'startup-timers') {
        plan.holdStartupTimers = true;
        plan.lateLoad = remedy.lateLoad;
      } else {
        Object.assign(plan.alias, remedy.alias);
        Object.assign(plan.modules, remedy.modules);
        if (remedy.kind === 'fetch-handler') plan.handler = remedy.handler;
      }
      plan.applied.push({
        pitfallId: pitfall.id,
        description: `${pitfall.title} — ${hit.evidence}: ${remedy.description}`,
      });
      plan.diagnostics.push(
        planDiagnostic('P050', {
          message: `${pitfall.title} (${hit.evidence}) would ${pitfall.effect}; remedied: ${remedy.description}`,
          source: hit.source,
        }),
      );
      continue;
    }
    const change = manualChange(remedy);
    plan.codeChanges.push({ ...locate(hit), change, why: `${pitfall.title}: ${pitfall.effect}` });
    plan.diagnostics.push(
      planDiagnostic(remediable ? 'P052' : 'P051', {
        message: `${pitfall.title} (${hit.evidence}): ${pitfall.effect}${remediable ? ' (remedy disabled by --no-remedies)' : ''}`,
        fix: change,
        source: hit.source,
      }),
    );
  }
  return plan;
}
