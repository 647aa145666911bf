import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { parseGitHubContext, pullRequestNumber } from '../../src/github/context.js';
import { createFakeGitHub } from '../support/github-api/index.js';
import { testContext } from '../support/context.js';
import { pullRequestEvent } from './helpers.js';

const env = { GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'abc', GITHUB_REF: 'refs/heads/main' };

describe('GitHub context', () => {
  it('reads a same-repository pull request', () => {
    const gh = parseGitHubContext(
      { ...env, GITHUB_EVENT_NAME: 'pull_request' },
      pullRequestEvent(),
    );
    expect(gh).toMatchObject({
      owner: 'acme',
      repo: 'shop',
      apiUrl: 'https://api.github.com',
      eventName: 'pull_request',
    });
    expect(gh.pullRequest).toMatchObject({
      number: 7,
      fork: false,
      closed: false,
      merged: false,
      headRef: 'feature/checkout',
    });
    expect(gh.sha).toBe('0123456789abcdef0123456789abcdef01234567'); // the PR head, not the merge commit
    expect(pullRequestNumber(gh)).toBe(7);
    expect(pullRequestNumber(gh, 9)).toBe(9);
  });

  it('flags forks (and deleted head repositories) and closed/merged pull requests', () => {
    const fork = parseGitHubContext(env, pullRequestEvent({ headRepo: 'mallory/shop' }));
    expect(fork.pullRequest?.fork).toBe(true);
    const event = pullRequestEvent();
    const closed = {
      ...event,
      pull_request: {
        ...event.pull_request,
        state: 'closed',
        merged: true,
        head: { ...event.pull_request.head, repo: null },
      },
    };
    expect(parseGitHubContext(env, closed).pullRequest).toMatchObject({
      fork: true,
      closed: true,
      merged: true,
    });
  });

  it('reads a push, honours GITHUB_API_URL (GHES) and rejects a bad GITHUB_REPOSITORY', () => {
    const push = parseGitHubContext(
      { ...env, GITHUB_API_URL: 'https://ghe.example.com/api/v3/' },
      { ref: 'refs/heads/main' },
    );
    expect(push.pullRequest).toBeNull();
    expect(push.apiUrl).toBe('https://ghe.example.com/api/v3');
    expect(push.sha).toBe('abc');
    expect(() => parseGitHubContext({ GITHUB_REPOSITORY: 'nope' }, null)).toThrow(/owner\/name/);
  });

  it('builds no client without a token, and sends requests through the injected fetch to the base URL', async () => {
    const fake = createFakeGitHub();
    expect(createGitHubClient(testContext(), parseGitHubContext(env, null))).toBeNull();
    const ctx = testContext({ env: { GITHUB_TOKEN: 'ghs_abcdef' }, fetch: fake.fetch });
    const client = createGitHubClient(
      ctx,
      parseGitHubContext({ ...env, GITHUB_API_URL: fake.apiUrl }, null),
    );
    await client?.octokit.rest.issues.listComments({
      owner: 'acme',
      repo: 'shop',
      issue_number: 1,
    });
    expect(fake.requests).toEqual(['GET /repos/acme/shop/issues/1/comments']);
    fake.assertAllHandled();
  });
});
