import type { Diagnostic, Severity } from '../model/index.js';

/** The plan stage's rules: one id per kind of finding, with its default severity and a docs link. */
export const PLAN_RULES = {
  P001: {
    severity: 'note',
    title: 'target decided',
    docs: 'https://developers.cloudflare.com/workers/',
  },
  P002: {
    severity: 'warning',
    title: 'target forced into a known failure',
    docs: 'https://developers.cloudflare.com/containers/',
  },
  P003: {
    severity: 'note',
    title: 'Python Workers possible',
    docs: 'https://developers.cloudflare.com/workers/languages/python/',
  },
  P004: {
    severity: 'warning',
    title: 'source files left unread',
    docs: 'https://developers.cloudflare.com/workers/runtime-apis/nodejs/',
  },
  P010: {
    severity: 'note',
    title: 'Worker name adjusted',
    docs: 'https://developers.cloudflare.com/workers/configuration/previews/',
  },
  P011: {
    severity: 'warning',
    title: 'compatibility date outside the local runtime or too old',
    docs: 'https://developers.cloudflare.com/workers/configuration/compatibility-dates/',
  },
  P020: {
    severity: 'warning',
    title: 'ambiguous port',
    docs: 'https://developers.cloudflare.com/workers/runtime-apis/nodejs/http/',
  },
  P021: {
    severity: 'warning',
    title: 'existing wrangler config not used',
    docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/',
  },
  P022: {
    severity: 'warning',
    title: 'ambiguous entry',
    docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/',
  },
  P030: {
    severity: 'warning',
    title: 'env var without a value',
    docs: 'https://developers.cloudflare.com/workers/configuration/environment-variables/',
  },
  P031: {
    severity: 'warning',
    title: 'secret-looking var made a required secret',
    docs: 'https://developers.cloudflare.com/workers/configuration/secrets/',
  },
  P040: {
    severity: 'warning',
    title: 'volume → R2: code must change',
    docs: 'https://developers.cloudflare.com/r2/api/workers/workers-api-reference/',
  },
  P041: {
    severity: 'warning',
    title: 'database → Hyperdrive',
    docs: 'https://developers.cloudflare.com/hyperdrive/',
  },
  P042: {
    severity: 'note',
    title: 'Redis → KV or Durable Object',
    docs: 'https://developers.cloudflare.com/kv/',
  },
  P043: {
    severity: 'warning',
    title: 'SQLite → D1: code must change',
    docs: 'https://developers.cloudflare.com/d1/',
  },
  P044: {
    severity: 'warning',
    title: 'message broker → Queues: code must change',
    docs: 'https://developers.cloudflare.com/queues/',
  },
  P045: {
    severity: 'warning',
    title: 'backing service without a Workers binding',
    docs: 'https://developers.cloudflare.com/workers/databases/connecting-to-databases/',
  },
  P046: {
    severity: 'warning',
    title: 'cron → Cron Trigger: handler needed',
    docs: 'https://developers.cloudflare.com/workers/configuration/cron-triggers/',
  },
  P047: {
    severity: 'note',
    title: 'service binding between Workers',
    docs: 'https://developers.cloudflare.com/workers/runtime-apis/bindings/service-bindings/',
  },
  P048: {
    severity: 'note',
    title: 'reverse proxy → routing',
    docs: 'https://developers.cloudflare.com/workers/configuration/routing/routes/',
  },
  P049: {
    severity: 'note',
    title: 'development tool not deployed',
    docs: 'https://developers.cloudflare.com/workers/',
  },
  P050: {
    severity: 'note',
    title: 'pitfall remedied in the generated build',
    docs: 'https://github.com/cloudflare/workers-sdk/issues/9309',
  },
  P051: {
    severity: 'warning',
    title: 'pitfall needs a code change',
    docs: 'https://developers.cloudflare.com/workers/runtime-apis/nodejs/',
  },
  P052: {
    severity: 'warning',
    title: 'pitfall remedy disabled',
    docs: 'https://developers.cloudflare.com/workers/runtime-apis/nodejs/',
  },
  P060: {
    severity: 'warning',
    title: 'Next.js → OpenNext',
    docs: 'https://opennext.js.org/cloudflare',
  },
  P061: {
    severity: 'error',
    title: 'no entry to run',
    docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/',
  },
  P062: {
    severity: 'note',
    title: 'what a Worker build would need',
    docs: 'https://esbuild.github.io/content-types/#no-type-system',
  },
  P070: {
    severity: 'error',
    title: 'existing wrangler config conflicts with the app',
    docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/',
  },
  P080: {
    severity: 'warning',
    title: '--write skipped an existing file',
    docs: 'https://developers.cloudflare.com/workers/ci-cd/builds/',
  },
  P081: {
    severity: 'warning',
    title: '--write changed package.json: refresh the lockfile',
    docs: 'https://developers.cloudflare.com/workers/platform/deploy-buttons/',
  },
} as const satisfies Record<string, { severity: Severity; title: string; docs: string }>;

export type PlanRuleId = keyof typeof PLAN_RULES;

export interface Finding {
  message: string;
  fix?: string;
  /** `file:line` or `file`. */
  source?: string | null;
  severity?: Severity;
}

/** Builds a diagnostic for a plan rule; `source` (`file:line`) is split into file and line. */
export function planDiagnostic(ruleId: PlanRuleId, finding: Finding): Diagnostic {
  const rule = PLAN_RULES[ruleId];
  const diagnostic: Diagnostic = {
    ruleId,
    severity: finding.severity ?? rule.severity,
    message: finding.message,
    docs: rule.docs,
  };
  if (finding.fix) diagnostic.fix = finding.fix;
  if (finding.source) {
    const match = /^(.*?):(\d+)$/.exec(finding.source);
    diagnostic.file = match ? match[1] : finding.source;
    if (match) diagnostic.line = Number(match[2]);
  }
  return diagnostic;
}

/**
 * Ambiguity (two ports, two candidate configs…): an error in CI naming the flag or override key that
 * resolves it, a warning with the chosen default otherwise.
 */
export function ambiguity(
  ruleId: PlanRuleId,
  ci: boolean,
  finding: Finding & { chosen: string; resolveWith: string },
): Diagnostic {
  return planDiagnostic(ruleId, {
    ...finding,
    message: ci
      ? `${finding.message} (CI mode does not guess)`
      : `${finding.message}; using ${finding.chosen}`,
    fix: `Set ${finding.resolveWith}.`,
    severity: ci ? 'error' : 'warning',
  });
}
