import type { CheckResult, Diagnostic, Verdict } from '../model/index.js';

export type FailOn = 'error' | 'warning' | 'never';

/**
 * The check verdict for a Worker: plan's verdict, downgraded to `needs-changes` when check finds errors.
 * `container` and `unsupported` stay as plan decided (check does not bundle those).
 */
export function checkVerdict(planned: Verdict, diagnostics: Diagnostic[]): Verdict {
  if (planned === 'container' || planned === 'unsupported') return planned;
  return diagnostics.some((d) => d.severity === 'error') ? 'needs-changes' : planned;
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
