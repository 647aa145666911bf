import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import type { Mode } from './inputs.js';

/** The parts of the triggering event the action reads (the payload from `GITHUB_EVENT_PATH`). */
export interface GitHubEvent {
  name: string;
  action: string | null;
  pullRequest: PullRequestInfo | null;
  /** The commit being built: the PR head for pull requests, `GITHUB_SHA` otherwise. */
  sha: string | null;
  /** The branch being built (`feature/x` for a PR head, `main` for a push). */
  branch: string | null;
}

export interface PullRequestInfo {
  number: number;
  headSha: string;
  headRef: string;
  /** True when the head lives in another repository: no secrets reach such runs. */
  fromFork: boolean;
}

interface PullRequestPayload {
  number: number;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  base: { repo: { full_name: string } };
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

export async function readEvent(
  env: Readonly<Record<string, string | undefined>>,
): Promise<GitHubEvent> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const path = env.GITHUB_EVENT_PATH;
  const payload = path
    ? (JSON.parse(await readFile(path, 'utf8')) as {
        action?: string;
        pull_request?: PullRequestPayload;
      })
    : {};
  const pr = PULL_REQUEST_EVENTS.has(name) ? payload.pull_request : undefined;
  const pullRequest = pr
    ? {
        number: pr.number,
        headSha: pr.head.sha,
        headRef: pr.head.ref,
        fromFork: (pr.head.repo?.full_name ?? '') !== pr.base.repo.full_name,
      }
    : null;
  return {
    name,
    action: payload.action ?? null,
    pullRequest,
    sha: pullRequest?.headSha ?? env.GITHUB_SHA ?? null,
    branch: pullRequest?.headRef ?? env.GITHUB_REF_NAME ?? null,
  };
}

/** The explicit `mode` input wins; otherwise: PR closed → cleanup, PR → preview, push → production. */
export function modeFor(explicit: Mode | null, event: GitHubEvent): Mode {
  if (explicit) return explicit;
  if (PULL_REQUEST_EVENTS.has(event.name)) {
    return event.action === 'closed' ? 'cleanup' : 'preview';
  }
  if (event.name === 'push') return 'production';
  throw new UserError(
    `Input 'mode' is empty and the event '${event.name || '(none)'}' does not imply one.`,
    {
      fix: "Set 'mode' to check, preview, production or cleanup (only pull_request and push choose one by themselves).",
    },
  );
}
