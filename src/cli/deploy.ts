import { parseArgs } from 'node:util';
import { defaultProvisioner, deploy } from '../deploy/index.js';
import { UserError } from '../errors.js';
import type { DeployResult } from '../model/index.js';
import { renderDiagnosticsText } from '../report/diagnostics.js';
import { printResult, type Command } from './command.js';
import {
  DETECT_FLAGS,
  DETECT_USAGE,
  PROVISION_FLAGS,
  detectOptionsFrom,
  parsePr,
} from './flags.js';
import { planFor } from './planning.js';

function human(results: DeployResult[]): string {
  const lines = results.map((r) => {
    const url = r.previewAliasUrl ?? r.deploymentUrl ?? r.previewUrl ?? '';
    const health = r.health
      ? ` health ${r.health.ok ? 'ok' : 'FAILED'} (${r.health.status ?? 'no answer'}, ${r.health.latencyMs ?? '?'} ms)`
      : '';
    const version = r.versionId ? ` version ${r.versionId}` : '';
    return `${r.status.padEnd(14)} ${r.worker} → ${r.scriptName} ${url}${version}${health}`;
  });
  const findings = results.flatMap((r) => r.diagnostics);
  return [...lines, ...(findings.length ? ['', renderDiagnosticsText(findings)] : [])].join('\n');
}

export const deployCommand: Command = {
  usage:
    'Usage: docker-to-workers deploy [DIR] [--env production|preview] [--pr N] [--json] [--no-rollback]\n' +
    '         [--no-health-check] [--no-comment] [--no-deployments] [--out DIR] [--per-pr-resources]\n' +
    `         [--location-hint HINT] [--preview-secrets-from-production NAME]… ${DETECT_USAGE}\n` +
    'Credentials: CLOUDFLARE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID. With GITHUB_TOKEN, GITHUB_REPOSITORY and\n' +
    'GITHUB_EVENT_PATH set (GITHUB_API_URL for GitHub Enterprise Server) it also updates the PR comment\n' +
    'and GitHub Deployments.',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...PROVISION_FLAGS,
        'no-rollback': { type: 'boolean' },
        'no-health-check': { type: 'boolean' },
        'no-comment': { type: 'boolean' },
        'no-deployments': { type: 'boolean' },
        ...DETECT_FLAGS,
      },
    });
    const pr = parsePr(values.pr);
    const environment = values.env ?? (pr !== null ? 'preview' : 'production');
    if (environment !== 'production' && environment !== 'preview') {
      throw new UserError(`--env is '${environment}'; deploy knows production and preview.`, {
        fix: 'Pass --env production, or --env preview with --pr N.',
      });
    }
    const plan = await planFor(positionals[0] ?? '.', detectOptionsFrom(values), values.out, ctx);
    const results = await deploy(
      plan,
      {
        environment,
        pullRequest: pr ?? undefined,
        rollback: !values['no-rollback'],
        healthCheck: !values['no-health-check'],
        provisioner: defaultProvisioner({
          perPrResources: values['per-pr-resources'],
          locationHint: values['location-hint'],
          previewSecretsFromProduction: values['preview-secrets-from-production'],
        }),
        previewSecretsFromProduction: values['preview-secrets-from-production'],
        report: { comment: !values['no-comment'], deployments: !values['no-deployments'] },
      },
      ctx,
    );
    printResult(values.json ?? false, results, () => human(results));
    return results.some((r) => r.status === 'failed') ? 1 : 0;
  },
};
