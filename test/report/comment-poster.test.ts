import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, parseCommentEntries, renderComment } from '../../src/report/comment.js';
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

  it('writes once when the read-back holds our row, whatever order its fields were built in', async () => {
    const fake = createFakeGitHub();
    const { ctx, github } = githubFor(fake);
    await upsertComment(github, { ...post, entries: [entry({ status: 'building' })] }, ctx);
    // Fields in another order than the read-back rebuilds them: equal rows, not equal JSON text.
    const health = {
      kvReadYourWrites: [],
      production: { gzipBytes: 190, startupMs: 20 },
      gzipBytes: 200,
      startupMs: 40,
      productionLive: null,
    };
    const updatedAt = '2026-11-25T12:01:00.000Z';
    await upsertComment(github, { ...post, entries: [entry({ health, updatedAt })] }, ctx);
    expect(fake.requests.filter((r) => r.startsWith('PATCH'))).toHaveLength(1);
    expect(ctx.logs.join('\n')).not.toContain('kept changing');
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

  /** A comment body with our marker and hidden data, as anyone could paste it. */
  const forgedBody = renderComment({
    ...post,
    entries: [
      entry({
        status: 'ready',
        previewUrl: 'https://login-cloudflare.example.net/phish',
        updatedAt: '2099-01-01T00:00:00.000Z',
      }),
    ],
  });

  it('ignores a marker comment forged by another user and never deletes it', async () => {
    const fake = createFakeGitHub();
    const { ctx, github } = githubFor(fake);
    const forged = fake.addComment(7, forgedBody, { login: 'mallory' });
    const posted = await upsertComment(
      github,
      { ...post, entries: [entry({ status: 'building' })] },
      ctx,
    );
    expect(posted.created).toBe(true);
    expect(posted.id).not.toBe(forged.id);
    const comments = fake.comments.get(7) ?? [];
    expect(comments.find((c) => c.id === forged.id)?.body).toBe(forgedBody);
    const ours = comments.find((c) => c.id === posted.id);
    expect(ours?.user.login).toBe('github-actions[bot]');
    expect(ours?.body).not.toContain('phish');
    expect(parseCommentEntries(ours?.body ?? '').map((e) => e.status)).toEqual(['building']);
    expect(fake.requests.filter((r) => r.startsWith('DELETE'))).toEqual([]);
    fake.assertAllHandled();
  });

  it("ignores a person's comment made through our app's user token", async () => {
    const fake = createFakeGitHub({ viewer: { kind: 'installation', app: 'acme-deployer' } });
    const { ctx, github } = githubFor(fake);
    const forged = fake.addComment(7, forgedBody, { login: 'mallory', app: 'acme-deployer' });
    forged.user.type = 'User';
    const posted = await upsertComment(github, { ...post, entries: [entry()] }, ctx);
    expect(posted.created).toBe(true);
    expect(fake.comments.get(7)?.find((c) => c.id === posted.id)?.user.login).toBe(
      'acme-deployer[bot]',
    );
    const again = await upsertComment(github, { ...post, entries: [entry()] }, ctx);
    expect(again.id).toBe(posted.id);
    expect(fake.comments.get(7)).toHaveLength(2);
  });

  it("a personal token's comments are found by its login (GET /user), a bot's marker is not", async () => {
    const fake = createFakeGitHub({ viewer: { kind: 'user', login: 'release-robot' } });
    const { ctx, github } = githubFor(fake);
    const bots = fake.addComment(7, forgedBody, {
      login: 'github-actions[bot]',
      app: 'github-actions',
    });
    const first = await upsertComment(github, { ...post, entries: [entry()] }, ctx);
    const second = await upsertComment(github, { ...post, entries: [entry()] }, ctx);
    expect(first.id).not.toBe(bots.id);
    expect(second.id).toBe(first.id);
    expect(fake.requests).toContain('GET /user');
  });

  it('clamps a row from the future in our own comment and drops rows with bad fields', async () => {
    const fake = createFakeGitHub();
    const { ctx, github } = githubFor(fake);
    const first = await upsertComment(github, { ...post, entries: [entry()] }, ctx);
    const stored = fake.comments.get(7)?.find((c) => c.id === first.id);
    if (!stored) throw new Error('no comment');
    // Someone with write access edits our comment's hidden data.
    const bad = (fields: object) => ({ ...entry({ worker: 'x' }), ...fields });
    const rows = [
      entry({ updatedAt: '2099-01-01T00:00:00.000Z', status: 'failed' }),
      bad({ worker: 'js', previewUrl: 'javascript:alert(1)' }),
      bad({ worker: 'n', findings: [{ ruleId: 'X', severity: 'fatal', message: 'm' }] }),
      bad({ worker: 'c', commit: '<img src=x>' }),
      bad({ worker: 'h', health: { startupMs: 'fast' } }),
    ];
    stored.body = stored.body.replace(
      /<!-- docker-to-workers:data [^ ]+ -->/,
      `<!-- docker-to-workers:data ${Buffer.from(JSON.stringify(rows)).toString('base64')} -->`,
    );
    expect(parseCommentEntries(stored.body, ctx.now()).map((e) => e.worker)).toEqual(['shop']);
    await upsertComment(
      github,
      { ...post, entries: [entry({ status: 'ready', updatedAt: ctx.now().toISOString() })] },
      ctx,
    );
    const [row, ...others] = parseCommentEntries(stored.body, ctx.now());
    expect(others).toEqual([]);
    expect(row?.status).toBe('ready');
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
