import { UserError } from '../errors.js';
import type { GitHubContext } from '../github/context.js';
import type { ActionConfig, Mode } from './inputs.js';

/** What the action does with a pull request whose code it cannot trust with the job's secrets. */
export type UntrustedDecision =
  /** Run the mode as asked. */
  | { kind: 'run'; mode: Mode }
  /** Run `check` only (no credentials needed) and say why in the summary. */
  | { kind: 'check-only'; note: string }
  /** Nothing to do (a fork's preview was never deployed), and say why. */
  | { kind: 'nothing'; note: string };

const SECRET_FREE_CHECK =
  "Run the action with 'mode: check' in a workflow triggered by 'pull_request' (not 'pull_request_target') and pass it no secrets: the reusable preview.yml's check job does exactly this.";

/** Dependabot's pull requests run without the repository's secrets (they get Dependabot secrets). */
function fromDependabot(github: GitHubContext): boolean {
  const pr = github.pullRequest;
  return pr?.author === 'dependabot[bot]' || github.actor === 'dependabot[bot]';
}

/**
 * A fork's head code never runs in a job that holds secrets: `pull_request_target` gives the job the
 * base repository's secrets and a write token, and any credential passed to this action would reach
 * the fork's install and build. Refused with the secret-free alternative. Closing a fork's pull
 * request has nothing to clean up (its previews are never deployed); a Dependabot pull request has no
 * secrets, so it gets the check and a note.
 */
export function decideUntrusted(
  mode: Mode,
  config: ActionConfig,
  github: GitHubContext | null,
): UntrustedDecision {
  const pr = github?.pullRequest;
  if (!github || !pr) return { kind: 'run', mode };
  const hasSecrets =
    github.eventName === 'pull_request_target' ||
    config.apiToken !== null ||
    Object.keys(config.secrets).length > 0;
  if (pr.fork && mode === 'cleanup') {
    return {
      kind: 'nothing',
      note: `Pull request #${pr.number} comes from a fork; its previews are never deployed, so there is nothing to clean up.`,
    };
  }
  if (pr.fork && hasSecrets) {
    throw new UserError(
      `Refusing to build pull request #${pr.number} from the fork ${pr.headRepo ?? '(deleted)'} in a job that has secrets (${github.eventName === 'pull_request_target' ? "event 'pull_request_target'" : 'credentials passed to the action'}): the fork's code would run next to them.`,
      { fix: SECRET_FREE_CHECK },
    );
  }
  if (mode === 'preview' && !hasSecrets && fromDependabot(github)) {
    return {
      kind: 'check-only',
      note: `Pull request #${pr.number} is from Dependabot, whose runs get no repository secrets: it was checked, not deployed. To deploy its preview, add CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID as Dependabot secrets (Settings → Secrets and variables → Dependabot).`,
    };
  }
  return { kind: 'run', mode };
}
