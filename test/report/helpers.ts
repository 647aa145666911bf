import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { parseGitHubContext } from '../../src/github/context.js';
import type { CommentEntry } from '../../src/report/comment.js';
import { testContext, type TestContext } from '../support/context.js';
import type { FakeGitHub } from '../support/github-api/index.js';

export function entry(overrides: Partial<CommentEntry> = {}): CommentEntry {
  return {
    worker: 'shop',
    status: 'ready',
    commit: '0123456789abcdef',
    previewUrl: 'https://abc123-shop.acme.workers.dev',
    aliasUrl: 'https://pr-7-shop.acme.workers.dev',
    updatedAt: '2026-11-25T12:00:00.000Z',
    note: null,
    findings: [],
    migration: null,
    health: null,
    ...overrides,
  };
}

export function pullRequestEvent(
  options: { number?: number; title?: string; headRepo?: string; headRef?: string } = {},
) {
  return {
    number: options.number ?? 7,
    pull_request: {
      number: options.number ?? 7,
      title: options.title ?? 'Add checkout',
      state: 'open',
      merged: false,
      head: {
        ref: options.headRef ?? 'feature/checkout',
        sha: '0123456789abcdef0123456789abcdef01234567',
        repo: { full_name: options.headRepo ?? 'acme/shop' },
      },
      base: { repo: { full_name: 'acme/shop' } },
    },
  };
}

/** A context plus a GitHub client whose every request goes to the fake. */
export function githubFor(
  fake: FakeGitHub,
  event: unknown = pullRequestEvent(),
): { ctx: TestContext; github: GitHubClient } {
  const ctx = testContext({
    env: {
      GITHUB_TOKEN: 'ghs_faketoken123',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_API_URL: fake.apiUrl,
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    },
    fetch: fake.fetch,
  });
  const github = createGitHubClient(ctx, parseGitHubContext(ctx.env, event));
  if (!github) throw new Error('no client');
  return { ctx, github };
}
