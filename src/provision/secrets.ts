import type { Context } from '../context.js';
import type { WorkerPlan } from '../model/index.js';
import { runWranglerRetrying, type Wrangler } from '../toolchain/wrangler.js';
import { explainFailure } from '../toolchain/wrangler-errors.js';
import { credentialsIn, isToolCredential } from '../util/credentials.js';
import { scrubValues } from '../util/redact.js';
import { provisionError } from './rules.js';

/** Names listed in `DOCKER_TO_WORKERS_SECRETS` (comma, space or newline separated): the CLI's env list. */
export const SECRETS_LIST_VARIABLE = 'DOCKER_TO_WORKERS_SECRETS';

/**
 * The secret values the workflow passes: the named variables of the environment (`--secret NAME` plus
 * the `DOCKER_TO_WORKERS_SECRETS` list), each with its preview value `PREVIEW_<NAME>` when set.
 * Nothing else of the environment can become a secret.
 */
export function secretsFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  names: string[] = [],
): Record<string, string> {
  const listed = (env[SECRETS_LIST_VARIABLE] ?? '').split(/[\s,]+/).filter(Boolean);
  const values: Record<string, string> = {};
  for (const name of [...names, ...listed]) {
    for (const variable of [name, PREVIEW_PREFIX + name]) {
      const value = env[variable];
      if (value !== undefined && value !== '') values[variable] = value;
    }
  }
  return values;
}

/**
 * The repository may ask for a secret but never for the tool's own credentials, under any name; a var
 * is checked the same way (its value is written into the Worker's config).
 */
function refuseToolCredentials(
  workers: WorkerPlan[],
  values: Map<string, string>,
  ctx: Context,
): void {
  const uploads = [
    ...[...values].map(([name, value]) => ({ kind: 'secret', name, value })),
    ...workers.flatMap((w) =>
      Object.entries(w.vars).map(([name, value]) => ({ kind: 'var', name, value })),
    ),
  ];
  for (const { kind, name, value } of uploads) {
    const carried = isToolCredential(name) ? [name] : credentialsIn(ctx.env, value);
    if (carried.length === 0) continue;
    throw provisionError(
      'C022',
      `The plan asks for the Worker ${kind} ${name}, which ${carried[0] === name ? 'is' : 'carries the value of'} ${carried.join(', ')}: the tool's own credentials are never uploaded to a Worker; nothing was changed.`,
      `Remove ${name} from docker-to-workers.yml, x-cloudflare or the workflow (the Worker's code must not hold the deploy credentials), or give the Worker a separate, narrower credential under its own name.`,
    );
  }
}

/** The prefix of a secret's preview value: `PREVIEW_DATABASE_URL` is `DATABASE_URL` in previews. */
export const PREVIEW_PREFIX = 'PREVIEW_';

/** Where a run's secret values come from. */
export interface SecretScope {
  /** A preview reads `PREVIEW_<NAME>`; production values only for the names in `fromProduction`. */
  preview: boolean;
  /** Secrets whose production value the workflow explicitly lets previews use. */
  fromProduction?: readonly string[];
}

/** The variable that holds a secret's value in this scope, tried in order. */
function sourcesOf(name: string, scope: SecretScope): string[] {
  if (!scope.preview) return [name];
  return scope.fromProduction?.includes(name)
    ? [PREVIEW_PREFIX + name, name]
    : [PREVIEW_PREFIX + name];
}

/**
 * The values of a Worker's required secrets (and Hyperdrive connection strings), taken only from the
 * map the workflow passed (the action's `secrets` input, the CLI's `--secret`): a repository file can
 * ask for a secret by name but never supply or select its value. A preview gets `PREVIEW_<NAME>`
 * values (so a preview never receives a production secret or database unless the workflow says so).
 * Every value is registered with ctx.setSecret before anything else sees it. Missing ones fail the
 * run, by name, before any change.
 */
export function readSecretValues(
  workers: WorkerPlan[],
  provided: Record<string, string>,
  ctx: Context,
  scope: SecretScope = { preview: false },
): Map<string, string> {
  const names = new Set<string>();
  for (const worker of workers) {
    for (const name of worker.secrets) names.add(name);
    for (const b of worker.bindings) if (b.type === 'hyperdrive') names.add(b.connectionSecret);
  }
  const values = new Map<string, string>();
  const missing: string[] = [];
  for (const name of names) {
    const sources = sourcesOf(name, scope);
    const value = sources
      .map((source) => (Object.hasOwn(provided, source) ? provided[source] : undefined))
      .find(Boolean);
    if (isToolCredential(name) || (value !== undefined && value !== ''))
      values.set(name, value ?? '');
    else missing.push(sources[0]!);
  }
  refuseToolCredentials(workers, values, ctx);
  for (const value of values.values()) ctx.setSecret(value);
  if (missing.length > 0) {
    const previewNote = scope.preview
      ? ` Previews read ${PREVIEW_PREFIX}<NAME> so that they never get production values; to let a preview use the production value, name the secret in \`preview-secrets-from-production\` (CLI: --preview-secrets-from-production NAME).`
      : '';
    throw provisionError(
      'C020',
      `Required secret${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not passed by the workflow; nothing was changed.`,
      `In the action, list ${missing.join(', ')} in the secrets input and set ${missing.length > 1 ? 'their values' : 'its value'} in the step's env; on the command line, pass --secret ${missing.join(' --secret ')} (or list the names in ${SECRETS_LIST_VARIABLE}) with the values in the environment.${previewNote}`,
    );
  }
  return values;
}

/**
 * Sets the Worker's secrets for one environment with `wrangler secret bulk` (values on stdin,
 * never in a file or argv), against the environment's own config, so each environment's Worker
 * gets its own values and a preview never touches production's.
 */
export async function uploadSecrets(
  ctx: Context,
  wrangler: Wrangler,
  configPath: string,
  values: Record<string, string>,
  credentials: Record<string, string | undefined>,
): Promise<void> {
  const run = await runWranglerRetrying(ctx, wrangler, ['secret', 'bulk'], {
    config: configPath,
    cwd: configPath.replace(/[/\\][^/\\]*$/, ''),
    input: JSON.stringify(values),
    env: credentials,
  });
  if (run.exitCode !== 0) {
    const failure = explainFailure(run);
    throw provisionError(
      'C041',
      `wrangler secret bulk failed for ${Object.keys(values).join(', ')}: ${scrubValues(failure.message, Object.values(values))}`,
      failure.fix,
    );
  }
}
