// The health check's failure paths, as GitHub sees them: a Deployment is never left `in_progress`.
// (Production's rollback on a failed check, and its Deployments, are in production.test.ts.)
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Provisioner } from '../../src/deploy/index.js';
import { firstHttpsUrl } from '../../src/deploy/health.js';
import { deploy } from '../../src/pipeline/index.js';
import { githubFor, pullRequestEvent } from '../report/helpers.js';
import type { FakeGitHub } from '../support/github-api/index.js';
import { handPlan, handProvisioner, quickHealth, useDeployWorld, workerPlan } from './helpers.js';

const t = useDeployWorld();

/** Each GitHub Deployment's statuses, oldest first. */
function states(fake: FakeGitHub): string[][] {
  return fake.deployments.map((d) => d.statuses.map((s) => s.state));
}

/** As provision writes a Worker served only on its routes: workers.dev off, so no URL to check. */
const withoutWorkersDev: Provisioner = async (...args) => {
  const results = await handProvisioner(...args);
  for (const { configPath } of results) {
    const config = JSON.parse(await readFile(configPath, 'utf8')) as Record<string, unknown>;
    await writeFile(configPath, JSON.stringify({ ...config, workers_dev: false }));
  }
  return results;
};

const PUSH_EVENT = {};

describe('health check failures on GitHub Deployments', () => {
  it('preview: a failed check ends the Deployment as failure', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const { github } = githubFor(t.fake, pullRequestEvent());
    t.world.workersDev.status = 503;
    const [result] = await deploy(
      plan,
      { environment: 'preview', provisioner: handProvisioner, health: quickHealth, github },
      t.world.ctx,
    );
    expect(result?.status).toBe('failed');
    expect(result?.diagnostics.map((d) => d.ruleId)).toContain('R020');
    expect(states(t.fake)).toEqual([['in_progress', 'failure']]);
  });

  it('an error in the middle of the check still ends the Deployment as failure, then deploy rethrows it', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const { github } = githubFor(t.fake, PUSH_EVENT);
    t.world.workersDev.status = 500;
    const cancelled = {
      ...quickHealth,
      sleep: () => Promise.reject(new Error('the job was cancelled')),
    };
    await expect(
      deploy(
        plan,
        { environment: 'production', provisioner: handProvisioner, health: cancelled, github },
        t.world.ctx,
      ),
    ).rejects.toThrow('the job was cancelled');
    expect(states(t.fake)).toEqual([['in_progress', 'failure']]);
    expect(t.fake.deployments[0]?.statuses.at(-1)?.description).toBe('the job was cancelled');
  });

  it('R023: with no URL to check, the result says so as a warning and the Deployment still finishes', async () => {
    const plan = await handPlan([workerPlan('shop')]);
    const { github } = githubFor(t.fake, PUSH_EVENT);
    const [result] = await deploy(
      plan,
      { environment: 'production', provisioner: withoutWorkersDev, health: quickHealth, github },
      t.world.ctx,
    );
    expect(result?.status).toBe('ready');
    expect(result?.health).toBeNull();
    expect(result?.deploymentUrl).toBeNull();
    const r023 = result?.diagnostics.find((d) => d.ruleId === 'R023');
    expect(r023?.severity).toBe('warning');
    expect(r023?.message).toContain('not health-checked');
    expect(t.world.workersDev.hosts).toEqual([]);
    expect(states(t.fake)).toEqual([['in_progress', 'success']]);
  });
});

describe('routes and custom domains are never taken for a URL', () => {
  // wrangler's deploy record lists every target: scheme-less routes and custom domains beside workers.dev.
  it.each<[string, (string | null)[], string | null]>([
    [
      'workers.dev beside routes',
      ['shop.example.com/*', 'api.example.com (custom domain)', 'https://shop.acme.workers.dev'],
      'https://shop.acme.workers.dev',
    ],
    ['a zone route only', ['shop.example.com/*'], null],
    ['a custom domain only', ['api.example.com', 'api.example.com (custom domain)'], null],
    ['an https route with a wildcard', ['https://*.example.com/*'], null],
    ['nothing', [], null],
    // deploy's own candidates: the alias, the version URL, the deployment URL (null when absent).
    [
      'a scheme-less alias before an https URL',
      [null, 'pr-7-shop.example.com', 'https://shop.acme.workers.dev'],
      'https://shop.acme.workers.dev',
    ],
  ])('%s', (_, targets, url) => {
    expect(firstHttpsUrl(targets)).toBe(url);
  });
});
