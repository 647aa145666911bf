import type { DetectOptions } from '../detect/index.js';
import { UserError } from '../errors.js';

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

/** Flags provision and deploy share: where the Workers go and how their resources are named. */
export const PROVISION_FLAGS = {
  env: { type: 'string' },
  pr: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  'per-pr-resources': { type: 'boolean' },
  'location-hint': { type: 'string' },
  /** A secret whose production value previews may use (repeatable); otherwise they read PREVIEW_<NAME>. */
  'preview-secrets-from-production': { type: 'string', multiple: true },
} as const;

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
