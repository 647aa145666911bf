import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, parseCommentEntries } from '../../src/report/comment.js';
import { upsertComment } from '../../src/report/comment-poster.js';
import { createFakeGitHub } from '../support/github-api/index.js';
import { entry, githubFor } from './helpers.js';

const post = { pullRequest: 7, title: 'Add checkout', branch: 'feature/checkout' };

describe('sticky PR comment poster', () => {
  it('creates the comment once and updates it in place on the next run', async () => {
    const fake = createFakeGitHub();
    const { ctx, github } = githubFor(fake);
    const first = await upsertComment(
      github,
      { ...post, entries: [entry({ status: 'building' })] },
      ctx,
    );
    const second = await upsertComment(
      github,
      { ...post, entries: [entry({ status: 'ready', updatedAt: '2026-11-25T12:01:00.000Z' })] },
      ctx,
    );
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.id).toBe(first.id);
    const comments = fake.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(parseCommentEntries(comments[0]?.body ?? '').map((e) => e.status)).toEqual(['ready']);
    fake.assertAllHandled();
  });

  it('finds the marker beyond the first page of comments', async () => {
    const fake = createFakeGitHub();
    const { ctx, github } = githubFor(fake);
    fake.seedComments(7, 150);
    const first = await upsertComment(github, { ...post, entries: [entry()] }, ctx);
    fake.seedComments(7, 120); // our comment is now on page 2 of 3
    const second = await upsertComment(
      github,
      { ...post, entries: [entry({ worker: 'api' })] },
      ctx,
    );
    expect(second.id).toBe(first.id);
    const ours = (fake.comments.get(7) ?? []).filter((c) => c.body.includes(COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    expect(fake.requests.some((r) => r.includes('page=3'))).toBe(true);
    fake.assertAllHandled();
  });

  it('keeps both rows when two jobs post at the same time', async () => {
    const fake = createFakeGitHub();
    const { ctx, github } = githubFor(fake);
    await upsertComment(
      github,
      { ...post, entries: [entry({ worker: 'seed', status: 'building' })] },
      ctx,
    );
    await Promise.all([
      upsertComment(github, { ...post, entries: [entry({ worker: 'api' })] }, ctx),
      upsertComment(github, { ...post, entries: [entry({ worker: 'web' })] }, ctx),
    ]);
    const comments = fake.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(
      parseCommentEntries(comments[0]?.body ?? '')
        .map((e) => e.worker)
        .sort(),
    ).toEqual(['api', 'seed', 'web']);
  });

  it('ends with one comment holding both rows when two first jobs race to create it', async () => {
    const fake = createFakeGitHub();
    const { ctx, github } = githubFor(fake);
    await Promise.all([
      upsertComment(github, { ...post, entries: [entry({ worker: 'api' })] }, ctx),
      upsertComment(github, { ...post, entries: [entry({ worker: 'web' })] }, ctx),
    ]);
    const comments = (fake.comments.get(7) ?? []).filter((c) => c.body.includes(COMMENT_MARKER));
    expect(comments).toHaveLength(1);
    expect(
      parseCommentEntries(comments[0]?.body ?? '')
        .map((e) => e.worker)
        .sort(),
    ).toEqual(['api', 'web']);
  });

  it('fails on a GitHub request the fake does not handle', async () => {
    const fake = createFakeGitHub();
    const { github } = githubFor(fake);
    await expect(
      github.octokit.rest.issues.lock({ owner: 'acme', repo: 'shop', issue_number: 7 }),
    ).rejects.toThrow(/Unmocked GitHub request/);
    expect(() => fake.assertAllHandled()).toThrow(/PUT \/repos\/acme\/shop\/issues\/7\/lock/);
  });
});
