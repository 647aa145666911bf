import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommentEntries } from '../../src/report/comment.js';
import { hourlyRows, liveTraffic } from '../support/analytics.js';
import { createPreviewRoutes, previewsOf } from '../support/cloudflare-api/routes/previews.js';
import {
  createWorkerRoutes,
  defaultWorkerSettings,
  type DeployedScript,
} from '../support/cloudflare-api/routes/workers.js';
import { startCloudflareApi, type CloudflareApi } from '../support/cloudflare-api/server.js';
import { createFakeGitHub, type FakeGitHub } from '../support/github-api/index.js';
import {
  eventPayload,
  fixtureWorkspace,
  loopbackNodeOptions,
  startWorkersDev,
  visibleLog,
} from './fixture-workspace.js';
import { runAction, type ActionRun } from './runner.js';

/**
 * One pull request's life, as the runner runs our composite action with real wrangler: preview on open,
 * update on synchronize, production on push, cleanup on close — against the loopback Cloudflare API and
 * the fake GitHub API. The steps share one Cloudflare account, one GitHub repository and one tool cache.
 */
/** With wrangler ≥ 4.135 a pull request deploys as the Worker Preview `pr-7` of the Worker; this is its stable URL. */
const PREVIEW_URL = 'https://pr-7-express-todos.test-account.workers.dev';

describe('the composite action through a pull request’s life', () => {
  let api: CloudflareApi;
  let github: FakeGitHub;
  let githubServer: { url: string; close: () => Promise<void> };
  let workersDev: Awaited<ReturnType<typeof startWorkersDev>>;
  let workspace: string;
  let toolCache: string;

  beforeAll(async () => {
    // wrangler ≥ 4.135 deploys a pull request as a Worker Preview; both route sets share one workers.dev subdomain.
    const settings = defaultWorkerSettings();
    api = await startCloudflareApi({
      routes: [createWorkerRoutes(settings), createPreviewRoutes(settings)],
    });
    github = createFakeGitHub();
    githubServer = await github.listen();
    workersDev = await startWorkersDev();
    workspace = await fixtureWorkspace('express');
    toolCache = await mkdtemp(join(tmpdir(), 'dtw-toolcache-'));
  });
  afterAll(async () => {
    await Promise.all([api.close(), githubServer.close(), workersDev.close()]);
    github.assertAllHandled();
  });

  async function act(
    event: string,
    eventName: string,
    sha: string,
    inputs: Record<string, string> = {},
  ): Promise<ActionRun> {
    const run = await runAction({
      with: {
        apiToken: api.tokens.default.value,
        accountId: api.state.accountId,
        vars: 'GREETING=hello',
        ...inputs,
      },
      event: { name: eventName, payload: await eventPayload(event) },
      jobEnv: {
        CLOUDFLARE_API_BASE_URL: api.baseUrl,
        GITHUB_API_URL: githubServer.url,
        NODE_OPTIONS: loopbackNodeOptions(),
        DTW_TEST_WORKERS_DEV: workersDev.url,
      },
      sha,
      workspace,
      toolCache,
    });
    const token = api.tokens.default.value;
    for (const text of [
      visibleLog(run.stdout),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
    ]) {
      expect(text).not.toContain(token);
    }
    for (const comment of github.comments.get(7) ?? []) expect(comment.body).not.toContain(token);
    return run;
  }

  function ourComments() {
    return (github.comments.get(7) ?? []).filter((c) =>
      c.body.includes('<!-- docker-to-workers:pr-comment -->'),
    );
  }

  it('deploys a preview when the pull request opens: outputs, one comment, a deployment, the summary', async () => {
    const run = await act('pull_request.opened', 'pull_request', 'a'.repeat(40));
    expect(run.failed, run.stdout + run.stderr).toBe(false);
    expect(run.outputs).toMatchObject({ verdict: 'ready', environment: 'preview' });
    // No production Worker exists yet: `wrangler preview` creates the Worker and its Preview `pr-7`.
    expect(run.outputs['deployment-url']).toBe(PREVIEW_URL);
    expect(api.state.primary.scripts.has('express-todos-pr-7')).toBe(false);
    const previews = previewsOf(api.state.primary, 'express-todos');
    expect(previews.map((p) => p.name)).toEqual(['pr-7']);
    // The `vars` input reached the Preview's bindings.
    expect(previews[0]!.deployments.at(-1)?.env.GREETING).toMatchObject({ text: 'hello' });

    const comments = ourComments();
    expect(comments).toHaveLength(1);
    const [row] = parseCommentEntries(comments[0]!.body);
    expect(row).toMatchObject({ worker: 'express-todos', status: 'ready' });
    expect(comments[0]!.body).toContain(PREVIEW_URL);
    // The PR title is escaped: no raw HTML and no mention reaches the comment.
    expect(comments[0]!.body).not.toContain('<b>');
    expect(comments[0]!.body).not.toMatch(/(^|\s)@everyone/);

    expect(github.deployments.map((d) => [d.environment, d.statuses.map((s) => s.state)])).toEqual([
      ['preview/pr-7', ['in_progress', 'success']],
    ]);
    expect(run.summary).toContain('## docker-to-workers: ready');
    expect(run.summary).toContain('Environment: preview for pull request #7');
    expect(run.summary).toContain('### Deployments');
  });

  it('updates the same comment and adds a deployment on synchronize', async () => {
    const before = ourComments()[0]!;
    const run = await act('pull_request.synchronize', 'pull_request', 'b'.repeat(40));
    expect(run.failed, run.stdout + run.stderr).toBe(false);
    const comments = ourComments();
    expect(comments.map((c) => c.id)).toEqual([before.id]);
    expect(parseCommentEntries(comments[0]!.body)[0]?.commit).toMatch(/^b+/);
    expect(run.outputs['deployment-url']).toBe(PREVIEW_URL);
    expect(github.deployments.filter((d) => d.environment === 'preview/pr-7')).toHaveLength(2);
  });

  it('deploys production on push to main', async () => {
    const run = await act('push', 'push', 'c'.repeat(40));
    expect(run.failed, run.stdout + run.stderr).toBe(false);
    expect(run.outputs).toMatchObject({ verdict: 'ready', environment: 'production' });
    expect(run.outputs['deployment-url']).toMatch(/^https:\/\/express-todos\..*workers\.dev$/);
    expect(
      workersDev.hosts.some((h) => h.startsWith(new URL(run.outputs['deployment-url']!).host)),
    ).toBe(true);
    const production = github.deployments.filter((d) => d.environment === 'production');
    expect(production.map((d) => d.statuses.at(-1)?.state)).toEqual(['success']);
    expect(production[0]?.statuses.at(-1)?.environment_url).toBe(run.outputs['deployment-url']);
    expect(run.summary).toContain('## docker-to-workers: ready');
    expect(run.summary).toContain('Environment: production');
    expect(run.summary).toContain(run.outputs['deployment-url']!);
  });

  it('gives the pull request a stable alias URL on the production Worker once that exists', async () => {
    const live = api.state.primary.scripts.get('express-todos') as DeployedScript;
    api.state.analytics.rows.push(
      ...hourlyRows('express-todos', live.versions.at(-1)!.id, new Date(), 1, {
        requests: 1200,
        errorRate: 0.005,
        cpuP50Ms: 1.5,
        cpuP99Ms: 6,
      }),
    );
    const run = await act('pull_request.synchronize', 'pull_request', 'd'.repeat(40));
    expect(run.failed, run.stdout + run.stderr).toBe(false);
    expect(run.outputs['preview-alias-url']).toBe(
      'https://pr-7-express-todos.test-account.workers.dev',
    );
    expect(run.outputs['preview-url']).toMatch(
      /^https:\/\/[0-9a-f]+-express-todos\..*workers\.dev$/,
    );
    const [row] = parseCommentEntries(ourComments()[0]!.body);
    expect(row?.aliasUrl).toBe(run.outputs['preview-alias-url']);
    expect(ourComments()).toHaveLength(1);
    // Production's last hour beside the preview's own figures.
    expect(ourComments()[0]!.body).toContain('**Production, last hour**');
    // `wrangler preview` reports no start-up time: the preview's comes from this run's check.
    expect(ourComments()[0]!.body).toMatch(
      /\| express\\-todos \| \d+ ms \| 1200 \| 0\.50 % \| 1\.5 ms \/ 6 ms \|/,
    );
  });

  it('rolls production out gradually, judged on analytics, with outputs and the summary', async () => {
    api.state.analytics.live = liveTraffic({
      total: 2000,
      newest: { errorRate: 0, cpuP99Ms: 3 },
      older: { errorRate: 0, cpuP99Ms: 3 },
    });
    const run = await act('push', 'push', 'e'.repeat(40), {
      rollout: '50,100',
      'rollout-wait': '0',
    });
    api.state.analytics.live = undefined;
    expect(run.failed, run.stdout + run.stderr).toBe(false);
    expect(run.outputs).toMatchObject({
      'rollout-decision': 'promoted',
      'rollout-percentage': '100',
    });
    const figures = JSON.parse(run.outputs['rollout-figures'] ?? '[]') as {
      percentage: number;
      new: { requests: number } | null;
    }[];
    expect(figures.map((f) => [f.percentage, f.new?.requests ?? null])).toEqual([
      [50, 1000],
      [100, null],
    ]);
    expect(run.summary).toContain('### Gradual rollout');
    expect(run.summary).toContain('## Production health');
    expect(run.summary).toContain('xychart-beta');
    const production = github.deployments.filter((d) => d.environment === 'production');
    expect(production.at(-1)?.statuses.map((s) => s.description)).toContain(
      'express-todos: 50 % promoted (analytics)',
    );
  });

  it('skips a fork’s preview without credentials, saying why, and still checks it', async () => {
    const payload = await eventPayload('pull_request.fork');
    const pr = payload.pull_request as Record<string, unknown>;
    payload.number = pr.number = 8;
    const run = await runAction({
      with: {},
      event: { name: 'pull_request', payload },
      jobEnv: {
        CLOUDFLARE_API_BASE_URL: api.baseUrl,
        GITHUB_API_URL: githubServer.url,
        NODE_OPTIONS: loopbackNodeOptions(),
        DTW_TEST_WORKERS_DEV: workersDev.url,
      },
      workspace,
      toolCache,
    });
    expect(run.failed, run.stdout + run.stderr).toBe(false);
    expect(run.outputs.verdict).toBe('ready');
    expect(run.outputs['deployment-url']).toBe('');
    expect(run.stdout).toContain('comes from a fork');
    const [row] = parseCommentEntries(
      (github.comments.get(8) ?? []).find((c) => c.body.includes('docker-to-workers:pr-comment'))!
        .body,
    );
    expect(row?.status).toBe('skipped (fork)');
    expect(api.state.primary.scripts.has('express-todos-pr-8')).toBe(false);
  });

  it('cleans up when the pull request closes', async () => {
    const run = await act('pull_request.closed', 'pull_request', 'b'.repeat(40));
    expect(run.failed, run.stdout + run.stderr).toBe(false);
    const [row] = parseCommentEntries(ourComments()[0]!.body);
    expect(row?.status).toBe('cleaned up');
    expect(previewsOf(api.state.primary, 'express-todos')).toEqual([]);
    expect(api.state.primary.scripts.has('express-todos')).toBe(true);
    expect(run.summary).toContain('Worker Previews deleted: express-todos/pr-7');
    const previews = github.deployments.filter((d) => d.environment === 'preview/pr-7');
    expect(previews.every((d) => d.statuses.at(-1)?.state === 'inactive')).toBe(true);
    // Production's latest deployment stays live (the rollout run made the earlier one inactive).
    expect(
      github.deployments
        .filter((d) => d.environment === 'production')
        .at(-1)
        ?.statuses.at(-1)?.state,
    ).toBe('success');
  });
});
