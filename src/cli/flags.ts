import type { Context } from '../context.js';
import type { DetectOptions } from '../detect/index.js';
import { UserError } from '../errors.js';
import {
  DEFAULT_TIER,
  WORKERS_PLAN_TIERS,
  type MonitorThresholds,
  type TierChoice,
} from '../model/index.js';
import { buildEnvNames, readBuildEnv } from '../validate/build-env.js';

/** Flags every command that runs detect accepts, parsed the same way everywhere. */
export const DETECT_FLAGS = {
  dockerfile: { type: 'string' },
  compose: { type: 'string' },
  service: { type: 'string' },
  'docker-target': { type: 'string' },
  ci: { type: 'boolean' },
  verbose: { type: 'boolean' },
} as const;

export const DETECT_USAGE =
  '[--dockerfile F] [--compose F] [--service S] [--docker-target T] [--ci]';

export function detectOptionsFrom(values: {
  dockerfile?: string;
  compose?: string;
  service?: string;
  'docker-target'?: string;
}): DetectOptions {
  return {
    dockerfile: values.dockerfile,
    compose: values.compose,
    service: values.service,
    dockerTarget: values['docker-target'],
  };
}

/**
 * `--plan free|paid` (check and plan; plan also takes its older name `--tier`): the tier the limits are
 * checked against, and whether the flag or the default (the action's too) chose it.
 */
export function tierFromFlag(value: string | undefined, flag = '--plan'): TierChoice {
  if (value === undefined) return { tier: DEFAULT_TIER, source: 'default' };
  const tier = WORKERS_PLAN_TIERS.find((t) => t === value);
  if (!tier) {
    throw new UserError(`Unknown ${flag} '${value}'.`, {
      fix: `Use ${flag} free or ${flag} paid (default ${DEFAULT_TIER}, as in the action).`,
    });
  }
  return { tier, source: 'flag' };
}

/** Flags provision and deploy share: where the Workers go and how their resources are named. */
export const PROVISION_FLAGS = {
  env: { type: 'string' },
  pr: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  'per-pr-resources': { type: 'boolean' },
  'location-hint': { type: 'string' },
  /** A variable of the environment to upload as a Worker secret (repeatable). */
  secret: { type: 'string', multiple: true },
  /** A secret whose production value previews may use (repeatable); otherwise they read PREVIEW_<NAME>. */
  'preview-secrets-from-production': { type: 'string', multiple: true },
  /** Variables of the environment for the app's build only (repeatable, comma separated). */
  'build-env': { type: 'string', multiple: true },
} as const;

export const BUILD_ENV_USAGE =
  "[--build-env NAME[,NAME]]... (variables of the environment given only to the app's build)";

/**
 * The values of the variables `--build-env` names, from the command's environment, registered as secrets
 * (check's build and the build before deploy get them; nothing prints them).
 */
export function buildEnvFrom(
  names: readonly string[] | undefined,
  command: string,
  ctx: Context,
): Record<string, string> {
  const values = readBuildEnv(buildEnvNames(names ?? []), (name) => ctx.env[name], {
    what: '--build-env',
    setValue: (unset) =>
      `Set ${unset.join(', ')} in the environment of the command (e.g. \`${unset[0]}=… docker-to-workers ${command} …\`), or drop ${unset.length > 1 ? 'them' : 'it'} from --build-env.`,
  });
  for (const value of Object.values(values)) ctx.setSecret(value);
  return values;
}

export function parsePr(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const pr = Number(raw);
  if (!Number.isInteger(pr) || pr <= 0) {
    throw new UserError(`--pr must be a pull request number, not '${raw}'.`, {
      fix: 'Pass --pr 123.',
    });
  }
  return pr;
}

/** Flags monitor and a gradual deploy share: the limits production's metrics are judged against. */
export const THRESHOLD_FLAGS = {
  'max-error-rate': { type: 'string' },
  'max-cpu-p99-ms': { type: 'string' },
  'min-requests': { type: 'string' },
} as const;

export const THRESHOLD_USAGE = '[--max-error-rate R] [--max-cpu-p99-ms N] [--min-requests N]';

/** A number in `[min, max]`; `R%` is read as a rate for rates. */
export function parseNumber(raw: string, flag: string, min: number, max: number): number {
  const value = raw.trim().endsWith('%') ? Number(raw.trim().slice(0, -1)) / 100 : Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new UserError(`${flag} is '${raw}'; expected a number from ${min} to ${max}.`, {
      fix: `Pass ${flag} with a value such as ${flag === '--max-error-rate' ? '0.01 (or 1%)' : String(Math.max(min, 1) * 100)}.`,
    });
  }
  return value;
}

export function thresholdsFrom(values: {
  'max-error-rate'?: string;
  'max-cpu-p99-ms'?: string;
  'min-requests'?: string;
}): Partial<MonitorThresholds> {
  const read = (key: keyof typeof values, min: number, max: number) => {
    const raw = values[key];
    return raw === undefined ? undefined : parseNumber(raw, `--${key}`, min, max);
  };
  return {
    maxErrorRate: read('max-error-rate', 0, 1),
    maxCpuP99Ms: read('max-cpu-p99-ms', 0, 300_000),
    minRequests: read('min-requests', 0, Number.MAX_SAFE_INTEGER),
  };
}
