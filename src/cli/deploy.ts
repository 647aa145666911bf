import { parseArgs } from 'node:util';
import { defaultProvisioner, parseRolloutSteps } from '../deploy/index.js';
import { UserError } from '../errors.js';
import { deploy } from '../pipeline/index.js';
import { secretsFromEnvironment } from '../provision/index.js';
import type { DeployResult } from '../model/index.js';
import { renderDiagnosticsText } from '../report/diagnostics.js';
import { printResult, type Command } from './command.js';
import {
  BUILD_ENV_USAGE,
  DETECT_FLAGS,
  DETECT_USAGE,
  PROVISION_FLAGS,
  THRESHOLD_FLAGS,
  THRESHOLD_USAGE,
  buildEnvFrom,
  detectOptionsFrom,
  parseNumber,
  parsePr,
  thresholdsFrom,
} from './flags.js';
import { planFor } from './planning.js';

function human(results: DeployResult[]): string {
  const lines = results.map((r) => {
    const url = r.previewAliasUrl ?? r.deploymentUrl ?? r.previewUrl ?? '';
    const health = r.health
      ? ` health ${r.health.ok ? 'ok' : 'FAILED'} (${r.health.status ?? 'no answer'}, ${r.health.latencyMs ?? '?'} ms)`
      : '';
    const version = r.versionId ? ` version ${r.versionId}` : '';
    const rollout = r.rollout
      ? `\n  rollout: ${r.rollout.decision} at ${r.rollout.finalPercentage} %: ${r.rollout.reason}`
      : '';
    return `${r.status.padEnd(14)} ${r.worker} → ${r.scriptName} ${url}${version}${health}${rollout}`;
  });
  const findings = results.flatMap((r) => r.diagnostics);
  return [...lines, ...(findings.length ? ['', renderDiagnosticsText(findings)] : [])].join('\n');
}

export const deployCommand: Command = {
  usage:
    'Usage: docker-to-workers deploy [DIR] [--env production|preview] [--pr N] [--json] [--no-rollback]\n' +
    '         [--no-health-check] [--no-comment] [--no-deployments] [--out DIR] [--per-pr-resources]\n' +
    `         [--location-hint HINT] [--secret NAME]... [--preview-secrets-from-production NAME]...\n` +
    `         ${BUILD_ENV_USAGE}\n` +
    `         ${DETECT_USAGE}\n` +
    `         [--rollout 10,50,100] [--rollout-wait SECONDS] ${THRESHOLD_USAGE}\n` +
    'With --rollout (production): upload a version, shift traffic step by step, and after each step\n' +
    'compare the new version with the old on Cloudflare analytics; promote or roll back.\n' +
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
        rollout: { type: 'string' },
        'rollout-wait': { type: 'string' },
        ...THRESHOLD_FLAGS,
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
    if (values.rollout !== undefined && environment !== 'production') {
      throw new UserError('--rollout is for production deploys.', {
        fix: 'Pass --env production with --rollout, or drop --rollout for a preview.',
      });
    }
    const rollout =
      values.rollout === undefined
        ? null
        : {
            steps: parseRolloutSteps(values.rollout, '--rollout'),
            waitSeconds: parseNumber(values['rollout-wait'] ?? '300', '--rollout-wait', 0, 86_400),
            thresholds: thresholdsFrom(values),
          };
    const buildEnv = buildEnvFrom(values['build-env'], 'deploy', ctx);
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
          secrets: secretsFromEnvironment(ctx.env, values.secret),
          previewSecretsFromProduction: values['preview-secrets-from-production'],
          buildEnv,
        }),
        previewSecretsFromProduction: values['preview-secrets-from-production'],
        report: { comment: !values['no-comment'], deployments: !values['no-deployments'] },
        rollout,
      },
      ctx,
    );
    printResult(values.json ?? false, results, () => human(results));
    return results.some((r) => r.status === 'failed') ? 1 : 0;
  },
};
