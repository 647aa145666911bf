import { readFile } from 'node:fs/promises';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';

export interface PullRequestInfo {
  number: number;
  title: string;
  headRef: string;
  headSha: string;
  /** `owner/name` of the head repository; null when it was deleted. */
  headRepo: string | null;
  baseRepo: string;
  /** The head lives in another repository: secrets are not available and the code is untrusted. */
  fork: boolean;
  /** Who opened it (`dependabot[bot]` for Dependabot's). */
  author: string;
  closed: boolean;
  merged: boolean;
}

/** What we need from the GitHub Actions environment, typed once. */
export interface GitHubContext {
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  eventName: string;
  apiUrl: string;
  serverUrl: string;
  runId: string | null;
  /** The account that triggered the run (`GITHUB_ACTOR`). */
  actor: string;
  pullRequest: PullRequestInfo | null;
}

interface PullRequestEvent {
  number?: number;
  pull_request?: {
    number: number;
    title?: string;
    state?: string;
    merged?: boolean;
    user?: { login?: string };
    head?: { ref?: string; sha?: string; repo?: { full_name?: string } | null };
    base?: { repo?: { full_name?: string } };
  };
}

function pullRequestFrom(event: PullRequestEvent, repository: string): PullRequestInfo | null {
  const pr = event.pull_request;
  if (!pr) return null;
  const headRepo = pr.head?.repo?.full_name ?? null;
  const baseRepo = pr.base?.repo?.full_name ?? repository;
  return {
    number: pr.number,
    title: pr.title ?? '',
    headRef: pr.head?.ref ?? '',
    headSha: pr.head?.sha ?? '',
    headRepo,
    baseRepo,
    // A deleted head repository is treated as a fork: we cannot tell it was trusted.
    fork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    author: pr.user?.login ?? '',
    closed: pr.state === 'closed',
    merged: pr.merged === true,
  };
}

/** Pure: the GitHub context from environment variables and the parsed event payload. */
export function parseGitHubContext(
  env: Readonly<Record<string, string | undefined>>,
  event: unknown,
): GitHubContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) {
    throw new UserError(`GITHUB_REPOSITORY is '${repository}', expected 'owner/name'.`, {
      fix: 'Run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/name.',
    });
  }
  const pullRequest =
    typeof event === 'object' && event !== null
      ? pullRequestFrom(event as PullRequestEvent, repository)
      : null;
  return {
    owner,
    repo,
    sha: pullRequest?.headSha || env.GITHUB_SHA || '',
    ref: pullRequest?.headRef || env.GITHUB_REF || '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID ?? null,
    actor: env.GITHUB_ACTOR ?? '',
    pullRequest,
  };
}

/**
 * The GitHub context when the environment has one (`GITHUB_REPOSITORY` set), else null.
 * Reads the event payload from `GITHUB_EVENT_PATH`.
 */
export async function loadGitHubContext(ctx: Context): Promise<GitHubContext | null> {
  if (!ctx.env.GITHUB_REPOSITORY) return null;
  const eventPath = ctx.env.GITHUB_EVENT_PATH;
  let event: unknown = null;
  if (eventPath) {
    const text = await readFile(eventPath, 'utf8').catch((cause: unknown) => {
      throw new UserError(`Cannot read the GitHub event payload ${eventPath}.`, {
        fix: 'GITHUB_EVENT_PATH must name the event JSON file the runner wrote.',
        cause,
      });
    });
    try {
      event = JSON.parse(text);
    } catch (cause) {
      throw new UserError(`The GitHub event payload ${eventPath} is not JSON.`, { cause });
    }
  }
  return parseGitHubContext(ctx.env, event);
}

/** The pull request number for this run: `--pr` wins over the event. */
export function pullRequestNumber(gh: GitHubContext | null, explicit?: number): number | null {
  return explicit ?? gh?.pullRequest?.number ?? null;
}
