import type { Diagnostic, Severity } from '../model/index.js';

/** Report rules: stable ids, default severity, the fix, a docs link (deploy's own are in deploy/rules.ts). */
export const REPORT_RULES = {
  R040: {
    severity: 'warning',
    title: 'reporting to GitHub failed',
    fix: 'Give the workflow `pull-requests: write` and `deployments: write` permissions.',
    docs: 'https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token',
  },
} satisfies Record<string, { severity: Severity; title: string; fix: string; docs: string }>;

export type ReportRuleId = keyof typeof REPORT_RULES;

export function reportFinding(id: ReportRuleId, message: string): Diagnostic {
  const rule = REPORT_RULES[id];
  return { ruleId: id, severity: rule.severity, message, fix: rule.fix, docs: rule.docs };
}
