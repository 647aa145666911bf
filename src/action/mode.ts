import { UserError } from '../errors.js';
import type { GitHubContext } from '../github/context.js';
import type { Mode } from './inputs.js';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** The explicit `mode` input wins; otherwise: PR closed → cleanup, PR → preview, push → production. */
export function modeFor(explicit: Mode | null, github: GitHubContext | null): Mode {
  if (explicit) return explicit;
  const event = github?.eventName ?? '';
  if (PULL_REQUEST_EVENTS.has(event)) return github?.pullRequest?.closed ? 'cleanup' : 'preview';
  if (event === 'push') return 'production';
  throw new UserError(
    `Input 'mode' is empty and the event '${event || '(none)'}' does not imply one.`,
    {
      fix: "Set 'mode' to check, preview, production or cleanup (only pull_request and push choose one by themselves).",
    },
  );
}
