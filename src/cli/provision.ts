import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chooseTarget } from '../deploy/target.js';
import type { ProvisionResult, WorkerPlan } from '../model/index.js';
import {
  provision,
  requiredPermissions,
  scriptNameFor,
  secretsFromEnvironment,
} from '../provision/index.js';
import { printResult, type Command } from './command.js';
import {
  BUILD_ENV_USAGE,
  DETECT_FLAGS,
  DETECT_USAGE,
  PROVISION_FLAGS,
  buildEnvFrom,
  detectOptionsFrom,
  parsePr,
} from './flags.js';
import { planFor } from './planning.js';

function summary(results: ProvisionResult[]): string {
  return results
    .map((r) => {
      const rows = r.resources.map(
        (x) => `  ${x.outcome.padEnd(12)} ${x.type.padEnd(10)} ${x.binding} → ${x.name}`,
      );
      const extra = [
        r.migrationsApplied.length
          ? `  migrations applied: ${r.migrationsApplied.join(', ')}`
          : null,
        r.migrationsPending?.length
          ? `  migrations to apply: ${r.migrationsPending.join(', ')}`
          : null,
        r.secretsSet.length ? `  secrets set on ${r.scriptName}: ${r.secretsSet.join(', ')}` : null,
        r.dryRun
          ? '  dry run: nothing changed'
          : `  config: ${relative(process.cwd(), r.configPath)}`,
      ].filter((line): line is string => line !== null);
      return [`${r.worker} (${r.environment})`, ...rows, ...extra].join('\n');
    })
    .join('\n');
}

/**
 * The Worker that `deploy` with the same flags uploads to, so the secrets land where the code goes and
 * no other Worker is created: a pull request's preview is deploy's target, any other environment
 * `<name>-<env>` (production: the plan's name).
 */
function deployScriptName(environment: string, pr: number | null) {
  return (worker: WorkerPlan) =>
    environment === 'preview' && pr !== null
      ? chooseTarget(worker, 'preview', pr).scriptName
      : scriptNameFor(worker.name, environment);
}

export const provisionCommand: Command = {
  usage:
    'Usage: docker-to-workers provision [DIR] [--env production|preview|<name>] [--pr N] [--per-pr-resources]\n' +
    '         [--out DIR] [--dry-run] [--json] [--print-permissions] [--location-hint HINT] [--secret NAME]...\n' +
    '         [--preview-secrets-from-production NAME]...\n' +
    `         ${BUILD_ENV_USAGE}\n` +
    `         ${DETECT_USAGE}\n` +
    'Credentials: CLOUDFLARE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID (optional with a single-account token);\n' +
    'secret values (and Hyperdrive connection strings) come only from the variables named by --secret\n' +
    'or listed in DOCKER_TO_WORKERS_SECRETS.',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...PROVISION_FLAGS,
        'dry-run': { type: 'boolean' },
        'print-permissions': { type: 'boolean' },
        ...DETECT_FLAGS,
      },
    });
    const plan = await planFor(positionals[0] ?? '.', detectOptionsFrom(values), values.out, ctx);
    if (values['print-permissions']) {
      const permissions = requiredPermissions(plan, {
        accountGiven: Boolean(ctx.env.CLOUDFLARE_ACCOUNT_ID),
      });
      printResult(values.json ?? false, permissions, () => permissions.join('\n'));
      return 0;
    }
    const environment = values.env ?? 'production';
    const pr = parsePr(values.pr);
    const buildEnv = buildEnvFrom(values['build-env'], 'provision', ctx);
    const results = await provision(
      plan,
      {
        environment,
        pr,
        scriptName: deployScriptName(environment, pr),
        perPrResources: values['per-pr-resources'],
        dryRun: values['dry-run'],
        locationHint: values['location-hint'],
        secrets: secretsFromEnvironment(ctx.env, values.secret),
        previewSecretsFromProduction: values['preview-secrets-from-production'],
        buildEnv,
      },
      ctx,
    );
    printResult(values.json ?? false, results, () => summary(results));
    return 0;
  },
};
