import { getOctokit } from '@actions/github';
import type { Context } from '../context.js';
import { loadGitHubContext, type GitHubContext } from './context.js';

export type Octokit = ReturnType<typeof getOctokit>;

/** The GitHub API client plus the repository it reports to. */
export interface GitHubClient {
  octokit: Octokit;
  context: GitHubContext;
}

/**
 * An Octokit for this run, or null without `GITHUB_TOKEN`. The base URL comes from the context
 * (`GITHUB_API_URL`, so GitHub Enterprise Server works) and requests go through `ctx.fetch`, so tests
 * (and proxies) see every call.
 */
export function createGitHubClient(ctx: Context, context: GitHubContext): GitHubClient | null {
  const token = ctx.env.GITHUB_TOKEN;
  if (!token) return null;
  ctx.setSecret(token);
  const octokit = getOctokit(token, {
    baseUrl: context.apiUrl,
    request: { fetch: ctx.fetch, retries: 0 },
    log: {
      debug: (message: string) => ctx.log.debug(message),
      info: (message: string) => ctx.log.debug(message),
      warn: (message: string) => ctx.log.warn(message),
      error: (message: string) => ctx.log.debug(message),
    },
  });
  return { octokit, context };
}

/** The client for the GitHub context in the environment, or null outside GitHub Actions / without a token. */
export async function githubFromEnvironment(ctx: Context): Promise<GitHubClient | null> {
  const context = await loadGitHubContext(ctx);
  return context ? createGitHubClient(ctx, context) : null;
}
