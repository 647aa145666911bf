import type { CheckResult, Diagnostic, Verdict } from '../model/index.js';
import { SECRET_PLACEHOLDER } from './smoke.js';

export type FailOn = 'error' | 'warning' | 'never';

/**
 * Errors that mean the Worker path failed where the image's would not: wrangler's bundle, the
 * Next.js adapter's step after `next build` (W811), the start-up in workerd, or a native addon the app
 * loads (W401: it fails wherever it loads, at start-up or on the request that first needs it, while the
 * image loads it). A failed build (W810) is not one: it is the build the image runs too. A crash a known
 * pitfall's remedy fixes is not one either (it gets that fix instead).
 */
const WORKER_PATH_FAILURES = new Set(['W401', 'W803', 'W811', 'W901']);

/**
 * Errors that leave the Worker path untried: the dependencies could not be installed (W002, W005) or the
 * build failed (W810). A bundle that then fails says nothing about the app, so check does not switch.
 */
const INCONCLUSIVE = new Set(['W002', 'W005', 'W810']);

export interface CheckVerdict {
  verdict: Verdict;
  /** Why check changed plan's verdict (null when it kept it). */
  reason: string | null;
  /** The Worker path failed and the image runs the app: deploy the image on Containers instead. */
  toContainer: boolean;
}

export interface VerdictFacts {
  /** The image starts the app by itself (plan prepared a container fallback). */
  imageRuns?: boolean;
  /** Crashes a known pitfall's remedy fixes. */
  remediable?: Diagnostic[];
  /** How plan built the Worker (its `build.why`): kept in the reason when the service switches. */
  build?: string;
}

const where = (d: Diagnostic): string =>
  d.file ? ` (${d.file}${d.line ? `:${d.line}` : ''})` : '';

/**
 * The check verdict for a Worker, decided here only. `container` and `unsupported` stay as plan
 * decided (check does not bundle those). When the Worker path fails and the image runs the app, the
 * verdict is `container`, naming the failure; otherwise errors make it `needs-changes` (never `ready`).
 */
export function checkVerdict(
  planned: Verdict,
  diagnostics: Diagnostic[],
  facts: VerdictFacts = {},
): CheckVerdict {
  if (planned === 'container' || planned === 'unsupported')
    return { verdict: planned, reason: null, toContainer: false };
  const failure = diagnostics.find(
    (d) =>
      d.severity === 'error' &&
      WORKER_PATH_FAILURES.has(d.ruleId) &&
      !facts.remediable?.includes(d) &&
      // A file named by a secret (compose `secrets:` under /run/secrets) is missing in a container too.
      !d.message.includes(SECRET_PLACEHOLDER),
  );
  const untried = diagnostics.some((d) => d.severity === 'error' && INCONCLUSIVE.has(d.ruleId));
  if (failure && facts.imageRuns && !untried) {
    return {
      verdict: 'container',
      reason: `the Worker path failed (${failure.ruleId}${where(failure)}: ${failure.message}); the image runs as it is on Cloudflare Containers${facts.build ? ` (the Worker's build: ${facts.build})` : ''}`,
      toContainer: true,
    };
  }
  const error = diagnostics.find((d) => d.severity === 'error');
  return error
    ? { verdict: 'needs-changes', reason: `${error.ruleId}: ${error.message}`, toContainer: false }
    : { verdict: planned, reason: null, toContainer: false };
}

/** The overall verdict of several Workers: the worst one. */
export function overallVerdict(results: CheckResult[]): Verdict {
  const order: Verdict[] = ['unsupported', 'needs-changes', 'container', 'ready'];
  return order.find((v) => results.some((r) => r.verdict === v)) ?? 'ready';
}

/** 0 when nothing at or above the `failOn` severity remains, else 1. */
export function exitCode(diagnostics: Diagnostic[], failOn: FailOn): number {
  if (failOn === 'never') return 0;
  const failing = failOn === 'warning' ? ['error', 'warning'] : ['error'];
  return diagnostics.some((d) => failing.includes(d.severity)) ? 1 : 0;
}
