import { describe, expect, it } from 'vitest';
import { cleanup, deploy } from '../../src/pipeline/index.js';
import type { Binding } from '../../src/model/index.js';
import { parseCommentEntries } from '../../src/report/comment.js';
import { newId } from '../support/cloudflare-api/server.js';
import { githubFor, pullRequestEvent } from '../report/helpers.js';
import {
  deployRoomsPreview,
  durableObject,
  handPlan,
  handProvisioner,
  legacyWrangler,
  quickHealth,
  workerPlan,
  useDeployWorld,
} from './helpers.js';

const t = useDeployWorld();

const cache: Binding = {
  type: 'kv',
  binding: 'CACHE',
  reason: 'page cache',
  source: 'src/cache.js:1',
};

describe('cleanup', () => {
  it('deletes only the closed pull request’s preview Worker and resources, deactivates its deployments and marks its row', async () => {
    const plan = await handPlan([workerPlan('rooms', { bindings: [durableObject, cache] })]);
    // An older wrangler's previews (separate `rooms-pr-N` Workers); cleanup runs with the pinned one.
    const wrangler = await legacyWrangler(t.world.ctx);
    const base = { provisioner: handProvisioner, health: quickHealth, wrangler };
    await deploy(plan, { ...base, environment: 'production', github: null }, t.world.ctx);
    const pr7 = githubFor(t.fake, pullRequestEvent({ number: 7 }));
    await deploy(plan, { ...base, environment: 'preview', github: pr7.github }, t.world.ctx);
    const pr8 = githubFor(t.fake, pullRequestEvent({ number: 8 }));
    await deploy(plan, { ...base, environment: 'preview', github: pr8.github }, t.world.ctx);
    const kv = t.world.api.state.primary.kv;
    for (const title of ['rooms-cache-production', 'rooms-cache-pr-7', 'rooms-cache-pr-8']) {
      kv.push({ id: newId(), title, supports_url_encoding: true });
    }

    const closed = githubFor(t.fake, pullRequestEvent({ number: 7 }));
    const result = await cleanup(plan, { pullRequest: 7, github: closed.github }, t.world.ctx);

    expect(result.deletedWorkers).toEqual(['rooms-pr-7']);
    expect([...t.world.api.state.primary.scripts.keys()].sort()).toEqual(['rooms', 'rooms-pr-8']);
    expect(result.deletedResources.map((r) => r.name)).toEqual(['rooms-cache-pr-7']);
    expect(kv.map((n) => n.title).sort()).toEqual(['rooms-cache-pr-8', 'rooms-cache-production']);
    expect(result.deactivatedDeployments).toBe(1);
    const pr7Deployments = t.fake.deployments.filter((d) => d.environment === 'preview/pr-7');
    expect(pr7Deployments.map((d) => d.statuses.at(-1)?.state)).toEqual(['inactive']);
    const pr8Deployments = t.fake.deployments.filter((d) => d.environment === 'preview/pr-8');
    expect(pr8Deployments.map((d) => d.statuses.at(-1)?.state)).toEqual(['success']);
    const [row] = parseCommentEntries(t.fake.comments.get(7)?.[0]?.body ?? '');
    expect(row?.status).toBe('cleaned up');
    expect(parseCommentEntries(t.fake.comments.get(8)?.[0]?.body ?? '')[0]?.status).toBe('ready');
  });

  it('works from Worker names alone, and finds nothing to delete for an alias preview', async () => {
    await deployRoomsPreview(t.world.ctx);
    const result = await cleanup(
      { workers: ['rooms', 'shop'] },
      { pullRequest: 7, github: null },
      t.world.ctx,
    );
    expect(result.deletedWorkers).toEqual(['rooms-pr-7']);
    expect(result.diagnostics).toEqual([]);
    expect(t.world.api.state.primary.scripts.size).toBe(0);
  });
});
