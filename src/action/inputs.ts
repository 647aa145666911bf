import { isAbsolute, resolve } from 'node:path';
import { secretLike } from '../detect/env.js';
import { UserError } from '../errors.js';
import { parseRolloutSteps } from '../deploy/rollout.js';
import {
  DEFAULT_TIER,
  WORKERS_PLAN_TIERS,
  type MonitorThresholds,
  type TierChoice,
} from '../model/index.js';
import { parseDuration } from '../monitor/window.js';
import { PREVIEW_PREFIX } from '../provision/index.js';
import { PINNED_WRANGLER_VERSION } from '../toolchain/wrangler.js';
import { ENV_NAME, isToolCredential } from '../util/credentials.js';
import { buildEnvNames, readBuildEnv } from '../validate/build-env.js';
import type { FailOn } from '../validate/index.js';

export const MODES = ['check', 'preview', 'production', 'cleanup'] as const;
export type Mode = (typeof MODES)[number];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

/** Every input of action.yml, parsed and validated once. */
export interface ActionConfig {
  apiToken: string | null;
  accountId: string | null;
  /** The explicit `mode` input; null means "from the event" (see mode.ts). */
  mode: Mode | null;
  /** Absolute path of the app (or monorepo) directory. */
  workingDirectory: string;
  /** The rest are relative to `workingDirectory`, as the user wrote them. */
  dockerfile: string | undefined;
  composeFile: string | undefined;
  service: string | undefined;
  environment: string | null;
  /** The `plan` input, or the default the CLI shares when it is empty. */
  plan: TierChoice;
  compatibilityDate: string | undefined;
  wranglerVersion: string;
  /**
   * Secret names and their values (`NAME`, and `PREVIEW_NAME` for previews), read from the step's
   * environment or the `secret-values` JSON (already masked).
   */
  secrets: Record<string, string>;
  /** Secrets whose production value previews may use when no `PREVIEW_<NAME>` is given. */
  previewSecretsFromProduction: string[];
  vars: Record<string, string>;
  /** Variables for the app's build only (names in `build-env`, values from the step's env; masked). */
  buildEnv: Record<string, string>;
  githubToken: string | null;
  comment: boolean;
  deployments: boolean;
  failOn: FailOn;
  /** Absolute path where the SARIF file is written, or null. */
  sarif: string | null;
  /** action.yml's upload step reads this input itself; it is validated here with the rest. */
  uploadSarif: boolean;
  /** Production: the gradual rollout's steps and wait, or null to deploy at once. */
  rollout: { steps: number[]; waitSeconds: number } | null;
  thresholds: Partial<MonitorThresholds>;
  /** Window of the production health section (ms), or null for none. */
  monitorSinceMs: number | null;
}

/** The environment variable the runner (or our action.yml) sets for an input, as `@actions/core` reads it. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function invalid(name: string, why: string, fix: string): UserError {
  return new UserError(`Input '${name}' ${why}`, { fix });
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw invalid(
    name,
    `is '${value}', which is not one of ${allowed.join(', ')}.`,
    `Set '${name}' to one of: ${allowed.join(', ')}.`,
  );
}

function parseBoolean(name: string, value: string): boolean {
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw invalid(name, `is '${value}', which is not a boolean.`, `Set '${name}' to true or false.`);
}

/** Lines of a multi-line input, trimmed, without blanks and `#` comments. */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function parseVars(value: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of lines(value)) {
    const eq = line.indexOf('=');
    const name = eq === -1 ? line : line.slice(0, eq).trim();
    if (eq === -1 || !ENV_NAME.test(name)) {
      throw invalid(
        'vars',
        `has the line '${line}', which is not NAME=value.`,
        "Write one 'NAME=value' per line, e.g. 'LOG_LEVEL=info'.",
      );
    }
    const text = line.slice(eq + 1).trim();
    if (secretLike(name, text) || isToolCredential(name)) {
      throw invalid(
        'vars',
        `sets ${name}, which looks like a secret; vars are written in plain text into the Worker's config.`,
        `List ${name} in 'secrets' instead and set its value in the step's env from a GitHub secret.`,
      );
    }
    vars[name] = text;
  }
  return vars;
}

/**
 * The `secret-values` input: a JSON object of name → value, as a reusable workflow passes
 * `\${{ toJSON(secrets) }}` (with `secrets: inherit`). Only the names `secrets` lists are ever taken from it.
 */
function parseSecretValues(value: string): Record<string, unknown> {
  if (value === '') return {};
  try {
    const parsed = JSON.parse(value) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // reported below, without echoing the value
  }
  throw invalid(
    'secret-values',
    'is not a JSON object of secret names and values.',
    "Pass '${{ toJSON(secrets) }}', or leave it empty and set the values in the step's env.",
  );
}

/** A variable's value as the step gives it: its environment, else the `secret-values` JSON. */
function stepValues(
  env: Readonly<Record<string, string | undefined>>,
  json: string,
): (name: string) => string | undefined {
  const fromJson = parseSecretValues(json);
  return (name) => {
    const found = env[name] ?? fromJson[name];
    return typeof found === 'string' ? found : undefined;
  };
}

/**
 * The listed secrets' values, and their preview values (`PREVIEW_<NAME>`), from the step's environment or
 * the `secret-values` JSON. A name needs at least one of the two; which one an environment uses is
 * provision's decision (a preview reads `PREVIEW_<NAME>`).
 */
function parseSecrets(
  value: string,
  json: string,
  env: Readonly<Record<string, string | undefined>>,
  setSecret: (value: string) => void,
): Record<string, string> {
  const fromStep = stepValues(env, json);
  const valueOf = (name: string): string | undefined => fromStep(name) || undefined;
  const secrets: Record<string, string> = {};
  for (const name of lines(value)) {
    if (!ENV_NAME.test(name)) {
      throw invalid(
        'secrets',
        `lists '${name}', which is not an environment variable name.`,
        'List one variable name per line (the value comes from the step env), e.g. DATABASE_URL.',
      );
    }
    if (isToolCredential(name)) {
      throw invalid(
        'secrets',
        `lists ${name}, a credential of this action or the runner; it is never uploaded to a Worker.`,
        `Remove ${name}; give the Worker a separate, narrower credential under its own name.`,
      );
    }
    const found = [name, `${PREVIEW_PREFIX}${name}`].flatMap((key) => {
      const secret = valueOf(key);
      return secret === undefined ? [] : [[key, secret] as const];
    });
    if (found.length === 0) {
      throw invalid(
        'secrets',
        `lists ${name}, but the step has no ${name} (or ${PREVIEW_PREFIX}${name} for previews) in its environment or in 'secret-values'.`,
        `Add 'env: { ${name}: \${{ secrets.${name} }} }' to the step that uses the action, or pass 'secret-values: \${{ toJSON(secrets) }}'.`,
      );
    }
    for (const [key, secret] of found) {
      setSecret(secret);
      secrets[key] = secret;
    }
  }
  return secrets;
}

/** The `build-env` names' values, from the step's environment or the `secret-values` JSON, masked. */
function parseBuildEnv(
  value: string,
  json: string,
  env: Readonly<Record<string, string | undefined>>,
  setSecret: (value: string) => void,
): Record<string, string> {
  const values = readBuildEnv(buildEnvNames(value), stepValues(env, json), {
    what: "Input 'build-env'",
    setValue: (names) =>
      `Add 'env: { ${names.map((n) => `${n}: \${{ secrets.${n} }}`).join(', ')} }' to the step that uses the action, or pass 'secret-values: \${{ toJSON(secrets) }}'.`,
  });
  for (const secret of Object.values(values)) setSecret(secret);
  return values;
}

function parseDate(value: string): string | undefined {
  if (value === '') return undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  // Round-trips only for real calendar days (2026-02-31 would roll over to March).
  if (date && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) return value;
  throw invalid(
    'compatibility-date',
    `is '${value}', which is not a date.`,
    'Use YYYY-MM-DD, e.g. 2026-05-03, or leave it empty for the planned date.',
  );
}

function parseWranglerVersion(value: string): string {
  if (value === '') return PINNED_WRANGLER_VERSION;
  if (/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(value)) return value;
  throw invalid(
    'wrangler-version',
    `is '${value}', which is not an exact version.`,
    `Use an exact version such as ${PINNED_WRANGLER_VERSION} (ranges and tags would defeat the install cache).`,
  );
}

function parseNumberInput(
  name: string,
  value: string,
  min: number,
  max: number,
): number | undefined {
  if (value === '') return undefined;
  const number = value.endsWith('%') ? Number(value.slice(0, -1)) / 100 : Number(value);
  if (Number.isFinite(number) && number >= min && number <= max) return number;
  throw invalid(
    name,
    `is '${value}', which is not a number from ${min} to ${max}.`,
    `Set '${name}' to a number from ${min} to ${max}, or leave it empty for the default.`,
  );
}

/** `rollout` and `rollout-wait` (validated even when `rollout` is empty, so a typo never waits to surface). */
function parseRollout(steps: string, wait: string): ActionConfig['rollout'] {
  const waitSeconds = parseNumberInput('rollout-wait', wait, 0, 86_400) ?? 300;
  if (steps === '') return null;
  return { steps: parsedInput('rollout', () => parseRolloutSteps(steps, 'rollout')), waitSeconds };
}

/** Inputs that parse with a stage's own parser: its message is kept, the input named. */
function parsedInput<T>(name: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw invalid(name, error.message.replace(/^\S+ is /, 'is '), error.fix ?? '');
  }
}

/**
 * Reads every input from `INPUT_*` variables. Secrets (`apiToken`, `github-token`, the listed `secrets`)
 * go to `setSecret` the moment they are read, before anything can log them.
 */
export function parseInputs(
  env: Readonly<Record<string, string | undefined>>,
  setSecret: (value: string) => void,
): ActionConfig {
  const input = (name: string): string => (env[inputEnvName(name)] ?? '').trim();
  const secretInput = (name: string): string | null => {
    const value = input(name);
    if (value === '') return null;
    setSecret(value);
    return value;
  };

  const apiToken = secretInput('apiToken');
  const githubToken = secretInput('github-token');
  const accountId = input('accountId') || null;
  // Masked like a secret: it must not appear in the job log, and wrangler quotes it in its errors.
  if (accountId !== null) setSecret(accountId);
  if (accountId !== null && !/^[0-9a-f]{32}$/i.test(accountId)) {
    throw invalid(
      'accountId',
      'is not a Cloudflare account id (32 hexadecimal characters).',
      'Copy the Account ID from the Cloudflare dashboard (Workers & Pages → Overview) into the CLOUDFLARE_ACCOUNT_ID secret.',
    );
  }
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const workingDirectory = input('working-directory') || '.';
  const sarif = input('sarif');
  const mode = input('mode');
  return {
    apiToken,
    accountId,
    mode: mode === '' ? null : oneOf('mode', mode, MODES),
    workingDirectory: isAbsolute(workingDirectory)
      ? workingDirectory
      : resolve(workspace, workingDirectory),
    dockerfile: input('dockerfile') || undefined,
    composeFile: input('compose-file') || undefined,
    service: input('service') || undefined,
    environment: input('environment') || null,
    plan: input('plan')
      ? { tier: oneOf('plan', input('plan'), WORKERS_PLAN_TIERS), source: 'input' }
      : { tier: DEFAULT_TIER, source: 'default' },
    compatibilityDate: parseDate(input('compatibility-date')),
    wranglerVersion: parseWranglerVersion(input('wrangler-version')),
    secrets: parseSecrets(input('secrets'), input('secret-values'), env, setSecret),
    previewSecretsFromProduction: lines(input('preview-secrets-from-production')),
    vars: parseVars(input('vars')),
    buildEnv: parseBuildEnv(input('build-env'), input('secret-values'), env, setSecret),
    githubToken,
    comment: parseBoolean('comment', input('comment') || 'true'),
    deployments: parseBoolean('deployments', input('deployments') || 'true'),
    failOn: oneOf('fail-on', input('fail-on') || 'error', FAIL_ON),
    sarif: sarif === '' ? null : resolve(workspace, sarif),
    uploadSarif: parseBoolean('upload-sarif', input('upload-sarif') || 'true'),
    rollout: parseRollout(input('rollout'), input('rollout-wait')),
    thresholds: {
      maxErrorRate: parseNumberInput('max-error-rate', input('max-error-rate'), 0, 1),
      maxCpuP99Ms: parseNumberInput('max-cpu-p99-ms', input('max-cpu-p99-ms'), 0, 300_000),
      minRequests: parseNumberInput(
        'min-requests',
        input('min-requests'),
        0,
        Number.MAX_SAFE_INTEGER,
      ),
    },
    monitorSinceMs:
      input('monitor-since') === ''
        ? null
        : parsedInput('monitor-since', () =>
            parseDuration(input('monitor-since'), 'monitor-since'),
          ),
  };
}

/** Modes that talk to Cloudflare need the credentials; `check` runs without any. */
export function requireCredentials(config: ActionConfig, mode: Mode): void {
  if (mode === 'check') return;
  for (const [name, value] of [
    ['apiToken', config.apiToken],
    ['accountId', config.accountId],
  ] as const) {
    if (value === null) {
      throw invalid(
        name,
        `is empty, and mode '${mode}' needs it.`,
        `Pass '${name}: \${{ secrets.${name === 'apiToken' ? 'CLOUDFLARE_API_TOKEN' : 'CLOUDFLARE_ACCOUNT_ID'} }}'. Fork pull requests get no secrets: run mode 'check' for them.`,
      );
    }
  }
}
