import type { DetectOptions } from '../detect/index.js';

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
