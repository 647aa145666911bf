import type { Diagnostic, Severity } from '../model/index.js';

const PREVIEWS_DOCS = 'https://developers.cloudflare.com/workers/configuration/previews/';
const GRADUAL_DOCS =
  'https://developers.cloudflare.com/workers/configuration/versions-and-deployments/gradual-deployments/';
const ROLLBACK_DOCS =
  'https://developers.cloudflare.com/workers/configuration/versions-and-deployments/rollbacks/';

/** Deploy rules: stable ids, default severity, the fix, a docs link (report's own are in report/rules.ts). */
export const DEPLOY_RULES = {
  R001: {
    severity: 'note',
    title: 'preview deployed as a separate Worker',
    fix: 'Nothing to do: the preview Worker is deleted when the pull request closes.',
    docs: PREVIEWS_DOCS,
  },
  R002: {
    severity: 'warning',
    title: 'preview alias too long',
    fix: 'Shorten the Worker name: the alias `pr-N-<name>` must fit in a 63-character DNS label.',
    docs: PREVIEWS_DOCS,
  },
  R003: {
    severity: 'note',
    title: 'fork pull request not deployed',
    fix: 'A maintainer can deploy it by pushing the branch to this repository.',
    docs: 'https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections',
  },
  R004: {
    severity: 'note',
    title: 'Worker not deployable',
    fix: 'Resolve the plan’s errors (see MIGRATION.md), then deploy again.',
    docs: 'https://developers.cloudflare.com/workers/',
  },
  R010: {
    severity: 'error',
    title: 'wrangler failed',
    fix: 'Read wrangler’s message above; the hint says what usually causes it.',
    docs: 'https://developers.cloudflare.com/workers/wrangler/commands/',
  },
  R020: {
    severity: 'error',
    title: 'health check failed',
    fix: 'Open the URL and the Worker’s logs (`wrangler tail`) to see why it does not answer 2xx/3xx.',
    docs: 'https://developers.cloudflare.com/workers/observability/logs/real-time-logs/',
  },
  R023: {
    severity: 'warning',
    title: 'no URL to check the health of',
    fix: 'Keep `workers_dev` on (the default), or route the Worker to an https hostname, so the health check can reach it.',
    docs: 'https://developers.cloudflare.com/workers/configuration/routing/workers-dev/',
  },
  R021: {
    severity: 'error',
    title: 'rolled back after a failed health check',
    fix: 'Fix the failing version and deploy again; production serves the previous version meanwhile.',
    docs: ROLLBACK_DOCS,
  },
  R022: {
    severity: 'error',
    title: 'health check failed and nothing was rolled back',
    fix: 'Roll back by hand with `wrangler rollback <previous version id>` if production is broken.',
    docs: ROLLBACK_DOCS,
  },
  R030: {
    severity: 'warning',
    title: 'cleanup could not delete a resource',
    fix: 'Delete it in the Cloudflare dashboard; it is not used by production.',
    docs: 'https://developers.cloudflare.com/workers/wrangler/commands/#delete',
  },
  R050: {
    severity: 'note',
    title: 'rolled out gradually and promoted',
    fix: 'Nothing to do: the new version serves all traffic.',
    docs: GRADUAL_DOCS,
  },
  R051: {
    severity: 'error',
    title: 'rolled back during a gradual rollout',
    fix: 'Compare the two versions with `docker-to-workers monitor --since 1h` and the Worker’s logs (`wrangler tail`), fix the new version and deploy again; production serves the old version meanwhile.',
    docs: GRADUAL_DOCS,
  },
  R052: {
    severity: 'warning',
    title: 'too little traffic to judge a rollout step',
    fix: 'Lengthen --rollout-wait (rollout-wait) or lower --min-requests; the health check decided instead of the analytics.',
    docs: GRADUAL_DOCS,
  },
  R053: {
    severity: 'note',
    title: 'deployed at once instead of gradually',
    fix: 'Nothing to do; deploy Durable Object migrations separately from code changes to limit their reach.',
    docs: GRADUAL_DOCS,
  },
  R054: {
    severity: 'warning',
    title: 'an interrupted rollout was finished or reverted',
    fix: 'Nothing to do: traffic is no longer split. Check why the earlier run stopped (a cancelled job).',
    docs: GRADUAL_DOCS,
  },
} satisfies Record<string, { severity: Severity; title: string; fix: string; docs: string }>;

export type DeployRuleId = keyof typeof DEPLOY_RULES;

export function deployFinding(
  id: DeployRuleId,
  message: string,
  overrides: { fix?: string; severity?: Severity } = {},
): Diagnostic {
  const rule = DEPLOY_RULES[id];
  return {
    ruleId: id,
    severity: overrides.severity ?? rule.severity,
    message,
    fix: overrides.fix ?? rule.fix,
    docs: rule.docs,
  };
}
