import { describe, expect, it } from 'vitest';
import {
  deactivateEnvironment,
  deploymentEnvironment,
  finishDeployment,
  latestSuccessfulMetrics,
  startDeployment,
} from '../../src/report/deployments.js';
import { createFakeGitHub } from '../support/github-api/index.js';
import { githubFor } from './helpers.js';

const metrics = { worker: 'shop', versionId: 'v1', startupMs: 12, gzipBytes: 1000 };

describe('GitHub Deployments', () => {
  it('names environments per pull request, and per Worker in a monorepo', () => {
    expect(deploymentEnvironment('preview', 7, 'shop', 1)).toBe('preview/pr-7');
    expect(deploymentEnvironment('production', null, 'api', 2)).toBe('production/api');
  });

  it('goes in_progress → success with the URL and marks earlier deployments inactive', async () => {
    const fake = createFakeGitHub();
    const { github } = githubFor(fake);
    const target = {
      environment: 'preview/pr-7',
      ref: 'abc',
      transient: true,
      production: false,
      description: 'Preview of shop',
      metrics,
    };
    const first = await startDeployment(github, target);
    await finishDeployment(github, first, 'preview/pr-7', {
      ok: true,
      environmentUrl: 'https://pr-7-shop.acme.workers.dev',
      description: 'ready',
    });
    const second = await startDeployment(github, target);
    await finishDeployment(github, second, 'preview/pr-7', {
      ok: false,
      environmentUrl: null,
      description: 'health check failed',
    });
    const third = await startDeployment(github, target);
    await finishDeployment(github, third, 'preview/pr-7', {
      ok: true,
      environmentUrl: 'https://pr-7-shop.acme.workers.dev',
      description: 'ready',
    });

    const states = fake.deployments.map((d) => d.statuses.map((s) => s.state));
    expect(states).toEqual([
      ['in_progress', 'success', 'inactive'],
      ['in_progress', 'failure', 'inactive'],
      ['in_progress', 'success'],
    ]);
    expect(fake.deployments[0]?.transient_environment).toBe(true);
    expect(fake.deployments[2]?.statuses[1]?.environment_url).toBe(
      'https://pr-7-shop.acme.workers.dev',
    );
    fake.assertAllHandled();
  });

  it('reads production metrics from the newest successful deployment and deactivates a PR environment', async () => {
    const fake = createFakeGitHub();
    const { github } = githubFor(fake);
    const production = {
      environment: 'production',
      ref: 'main',
      transient: false,
      production: true,
      description: 'shop',
      metrics,
    };
    const ok = await startDeployment(github, production);
    await finishDeployment(github, ok, 'production', {
      ok: true,
      environmentUrl: null,
      description: 'ok',
    });
    const failed = await startDeployment(github, {
      ...production,
      metrics: { ...metrics, startupMs: 999 },
    });
    await finishDeployment(github, failed, 'production', {
      ok: false,
      environmentUrl: null,
      description: 'failed',
    });
    expect(await latestSuccessfulMetrics(github, 'production')).toMatchObject({ startupMs: 12 });

    const preview = await startDeployment(github, {
      ...production,
      environment: 'preview/pr-7',
      production: false,
    });
    expect(await deactivateEnvironment(github, 'preview/pr-7')).toBe(1);
    expect(fake.deployments.find((d) => d.id === preview)?.statuses.at(-1)?.state).toBe('inactive');
    expect(fake.deployments.find((d) => d.id === ok)?.statuses.at(-1)?.state).toBe('success');
    fake.assertAllHandled();
  });
});
