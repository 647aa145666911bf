import type { GitHubClient } from './client.js';

/** The account our token writes as: only its comments are ours to read, merge, update or delete. */
export interface Identity {
  login: string;
  /** The GitHub App slug when the token is an installation token (`GITHUB_TOKEN`: `github-actions`). */
  app: string | null;
}

/** The workflow's `GITHUB_TOKEN` writes as this bot (the GitHub Actions app). */
export const ACTIONS_BOT: Identity = { login: 'github-actions[bot]', app: 'github-actions' };

/** The author fields of a REST comment (`user`, `performed_via_github_app`). */
export interface Authored {
  user?: { login?: string; type?: string } | null;
  performed_via_github_app?: { slug?: string } | null;
}

function botIdentity(login: string): Identity {
  const app = /^(.+)\[bot\]$/.exec(login)?.[1];
  return { login, app: app ?? null };
}

/**
 * Who the token is. A personal token answers `GET /user`; an installation token (`GITHUB_TOKEN`, an
 * app's token) is refused there ("Resource not accessible by integration") but answers GraphQL
 * `viewer { login }` with `<app-slug>[bot]`. When neither answers, it is the workflow's token.
 */
export async function resolveIdentity(github: GitHubClient): Promise<Identity> {
  try {
    const { data } = await github.octokit.rest.users.getAuthenticated();
    if (data.type !== 'Bot') return { login: data.login, app: null };
    return botIdentity(data.login);
  } catch {
    // An installation token: ask GraphQL below.
  }
  try {
    const { viewer } = await github.octokit.graphql<{ viewer: { login: string } }>(
      'query { viewer { login } }',
    );
    if (viewer.login) return botIdentity(viewer.login);
  } catch {
    // Neither answered: the default token.
  }
  return ACTIONS_BOT;
}

/** The identity a comment we just created was written as (the API's word beats our guess). */
export function authorOf(comment: Authored, guess: Identity): Identity {
  const login = comment.user?.login;
  if (!login || login === guess.login) return guess;
  return comment.user?.type === 'Bot'
    ? { login, app: comment.performed_via_github_app?.slug ?? botIdentity(login).app }
    : { login, app: null };
}

/**
 * Whether a comment was written by us. A login ending in `[bot]` cannot be registered by a person; an
 * app's comment must also say it was performed via that app (a person using an app's user token has
 * their own login, so it never matches).
 */
export function writtenBy(comment: Authored, identity: Identity): boolean {
  if (comment.user?.login !== identity.login) return false;
  if (identity.app === null) return comment.user.type !== 'Bot';
  if (comment.user.type !== undefined && comment.user.type !== 'Bot') return false;
  const via = comment.performed_via_github_app?.slug;
  return via === undefined || via === identity.app;
}
