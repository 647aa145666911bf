import { describe, expect, it } from 'vitest';
import { deploy } from '../../src/pipeline/index.js';
import { UserError } from '../../src/errors.js';
import { COMMENT_MARKER, parseCommentEntries } from '../../src/report/comment.js';
import { githubFor, pullRequestEvent } from '../report/helpers.js';
import {
  durableObject,
  handPlan,
  handProvisioner,
  legacyWrangler,
  quickHealth,
  workerPlan,
  useDeployWorld,
} from './helpers.js';

const t = useDeployWorld();

const markerComments = () =>
  (t.fake.comments.get(7) ?? []).filter((c) => c.body.includes(COMMENT_MARKER));

// Older wrangler (no Worker Previews): the fallback path, a `pr-N` alias or a separate `<name>-pr-N` Worker.
describe('preview deploy', () => {
  it('uploads a pr-7 alias version twice and keeps one comment, updated in place', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const push = githubFor(t.fake, { ref: 'refs/heads/main' });
    await deploy(
      plan,
      {
        environment: 'production',
        provisioner: handProvisioner,
        health: quickHealth,
        github: push.github,
      },
      t.world.ctx,
    );
    t.fake.seedComments(7, 120);
    const { github } = githubFor(t.fake);
    const options = {
      environment: 'preview' as const,
      provisioner: handProvisioner,
      health: quickHealth,
      github,
      wrangler: await legacyWrangler(t.world.ctx),
    };

    const [first] = await deploy(plan, options, t.world.ctx);
    expect(first?.mode).toBe('preview-alias');
    expect(first?.previewAliasUrl).toBe('https://pr-7-shop.test-account.workers.dev');
    expect(first?.previewUrl).toMatch(/^https:\/\/[0-9a-f]{8}-shop\.test-account\.workers\.dev$/);
    expect(first?.health).toMatchObject({
      ok: true,
      url: 'https://pr-7-shop.test-account.workers.dev/healthz',
    });
    // Start-up time and size are compared with production's, read from its GitHub deployment.
    expect(first?.migration.production).toEqual({
      startupMs: 7,
      gzipBytes: expect.any(Number) as number,
    });
    const [second] = await deploy(plan, options, t.world.ctx);
    expect(second?.versionId).not.toBe(first?.versionId);

    expect(markerComments()).toHaveLength(1);
    const [row] = parseCommentEntries(markerComments()[0]?.body ?? '');
    expect(row).toMatchObject({
      worker: 'shop',
      status: 'ready',
      aliasUrl: 'https://pr-7-shop.test-account.workers.dev',
    });
    expect(row?.previewUrl).toBe(second?.previewUrl);
    const previews = t.fake.deployments.filter((d) => d.environment === 'preview/pr-7');
    expect(previews).toHaveLength(2);
    expect(previews.every((d) => d.transient_environment)).toBe(true);
    expect(previews.map((d) => d.statuses.at(-1)?.state)).toEqual(['inactive', 'success']);
  });

  it('deploys a Worker with Durable Objects as a separate <name>-pr-7 Worker and says why', async () => {
    const plan = await handPlan([workerPlan('rooms', { bindings: [durableObject] })]);
    const { github } = githubFor(t.fake);
    const [result] = await deploy(
      plan,
      {
        environment: 'preview',
        provisioner: handProvisioner,
        health: quickHealth,
        github,
        wrangler: await legacyWrangler(t.world.ctx),
      },
      t.world.ctx,
    );
    expect(result?.status, JSON.stringify(result?.diagnostics)).toBe('ready');
    expect(result).toMatchObject({ mode: 'preview-worker', scriptName: 'rooms-pr-7' });
    expect(result?.deploymentUrl).toBe('https://rooms-pr-7.test-account.workers.dev');
    expect(result?.modeReason).toContain('Durable Object ROOMS');
    expect(t.world.api.state.primary.scripts.has('rooms')).toBe(false);
    expect(result?.diagnostics.map((d) => d.ruleId)).toContain('R001');
  });

  it('keeps both rows when two jobs (one per Worker) deploy the same pull request at once', async () => {
    const api = await handPlan([workerPlan('api')]);
    const web = await handPlan([workerPlan('web')]);
    const jobA = githubFor(t.fake);
    const jobB = githubFor(t.fake);
    const options = {
      environment: 'preview' as const,
      provisioner: handProvisioner,
      health: quickHealth,
    };
    await Promise.all([
      deploy(api, { ...options, github: jobA.github }, t.world.ctx),
      deploy(web, { ...options, github: jobB.github }, t.world.ctx),
    ]);
    expect(markerComments()).toHaveLength(1);
    const rows = parseCommentEntries(markerComments()[0]?.body ?? '');
    expect(rows.map((r) => `${r.worker}:${r.status}`).sort()).toEqual(['api:ready', 'web:ready']);
  });

  it('skips a fork pull request and reports "skipped (fork)" without calling Cloudflare', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const { github } = githubFor(
      t.fake,
      pullRequestEvent({ headRepo: 'mallory/shop', title: '@admin <b>pwn</b>' }),
    );
    const [result] = await deploy(
      plan,
      { environment: 'preview', provisioner: handProvisioner, github },
      t.world.ctx,
    );
    expect(result?.status).toBe('skipped (fork)');
    expect(t.world.api.requests).toEqual([]);
    expect(t.fake.deployments).toEqual([]);
    const body = markerComments()[0]?.body ?? '';
    expect(body).toContain('⏭️ skipped (fork)');
    expect(body).not.toContain('@admin');
    expect(body).not.toContain('<b>');
  });

  it('escapes a hostile wrangler error in the comment and gives the size hint', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    await deploy(
      plan,
      {
        environment: 'production',
        provisioner: handProvisioner,
        health: quickHealth,
        github: null,
      },
      t.world.ctx,
    );
    t.world.settings.rejectUpload = {
      status: 400,
      code: 10027,
      message:
        'Script too large <img src=x onerror=alert(1)> cc @admin | `rm -rf` [x](javascript:alert(1))',
    };
    const { github } = githubFor(t.fake);
    const [result] = await deploy(
      plan,
      { environment: 'preview', provisioner: handProvisioner, health: quickHealth, github },
      t.world.ctx,
    );
    expect(result?.status).toBe('failed');
    const error = result?.diagnostics.find((d) => d.ruleId === 'R010');
    expect(error?.message).toContain('Script too large');
    expect(error?.fix).toContain('size limit');
    const body = markerComments()[0]?.body ?? '';
    const visible = body.slice(0, body.indexOf('<!-- docker-to-workers:data'));
    expect(visible).toContain('❌ failed');
    expect(visible).toContain('Script too large');
    expect(visible).not.toContain('<img');
    expect(visible).not.toContain('@admin');
    expect(visible).not.toContain('](javascript');
    const row = visible.split('\n').find((line) => line.startsWith('| ❌'));
    expect(row?.split(' | ')).toHaveLength(6);
    expect(t.fake.deployments.at(-1)?.statuses.map((s) => s.state)).toEqual([
      'in_progress',
      'failure',
    ]);
  });

  it('turns the building row into failed when provisioning fails, and rethrows', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const { github } = githubFor(t.fake);
    const provisioner = () => Promise.reject(new UserError('Missing permission D1 Edit.'));
    await expect(
      deploy(plan, { environment: 'preview', provisioner, github }, t.world.ctx),
    ).rejects.toThrow('Missing permission');
    const [row] = parseCommentEntries(markerComments()[0]?.body ?? '');
    expect(row).toMatchObject({
      status: 'failed',
      note: 'provisioning failed: Missing permission D1 Edit.',
    });
  });
});
