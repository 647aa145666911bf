import type { Context } from '../context.js';
import type { WorkerPlan } from '../model/index.js';
import { runWrangler, type Wrangler } from '../toolchain/wrangler.js';
import { provisionError } from './rules.js';

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
 * The values of a Worker's required secrets (and Hyperdrive connection strings), from the
 * explicitly provided map first, then the environment. A preview gets `PREVIEW_<NAME>` values (so a
 * preview never receives a production secret or database unless the workflow says so). Every value is
 * registered with ctx.setSecret before anything else sees it. Missing ones fail the run, by name, before
 * any change.
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
    const value = sources.map((source) => provided[source] ?? ctx.env[source]).find(Boolean);
    if (value === undefined || value === '') missing.push(sources[0]!);
    else {
      ctx.setSecret(value);
      values.set(name, value);
    }
  }
  if (missing.length > 0) {
    const previewNote = scope.preview
      ? ` Previews read ${PREVIEW_PREFIX}<NAME> so that they never get production values; to let a preview use the production value, name the secret in \`preview-secrets-from-production\` (CLI: --preview-secrets-from-production NAME).`
      : '';
    throw provisionError(
      'C020',
      `Required secret${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not set; nothing was changed.`,
      `Set ${missing.join(', ')} in the environment (in the action, pass them through the secrets input from GitHub secrets).${previewNote}`,
    );
  }
  return values;
}

/** Removes every secret value from text that is about to leave this module (an error message). */
function scrub(text: string, values: Iterable<string>): string {
  let out = text;
  for (const value of values) if (value.length > 0) out = out.split(value).join('***');
  return out;
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
  const run = await runWrangler(ctx, wrangler, ['secret', 'bulk'], {
    config: configPath,
    cwd: configPath.replace(/[/\\][^/\\]*$/, ''),
    input: JSON.stringify(values),
    env: credentials,
  });
  if (run.exitCode !== 0) {
    const failed = run.records.find((r) => r.type === 'command-failed');
    const reason =
      failed && 'message' in failed
        ? String(failed.message)
        : run.stderr.trim().split('\n').slice(-3).join(' ');
    throw provisionError(
      'C041',
      `wrangler secret bulk failed for ${Object.keys(values).join(', ')}: ${scrub(reason, Object.values(values))}`,
      'Check the token has "Account › Workers Scripts › Edit" and run again.',
    );
  }
}
