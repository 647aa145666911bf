import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCloudflareApi, type CloudflareApi } from '../support/cloudflare-api/server.js';
import { eventPayload, fixtureWorkspace } from './fixture-workspace.js';
import { runAction } from './runner.js';

describe('an app that will not run on Workers, in a monorepo directory', () => {
  let api: CloudflareApi;
  let workspace: string;
  beforeAll(async () => {
    api = await startCloudflareApi();
    workspace = await fixtureWorkspace('blocker-eval', 'services/api');
  });
  afterAll(() => api.close());

  it('fails production before any Cloudflare call, annotating the finding at its repository path', async () => {
    const run = await runAction({
      with: {
        mode: 'production',
        apiToken: api.tokens.default.value,
        accountId: api.state.accountId,
        'working-directory': 'services/api',
        sarif: 'out/findings.sarif',
      },
      event: { name: 'push', payload: await eventPayload('push') },
      jobEnv: { CLOUDFLARE_API_BASE_URL: api.baseUrl },
      workspace,
      toolCache: await mkdtemp(join(tmpdir(), 'dtw-toolcache-')),
    });
    expect(run.failed).toBe(true);
    expect(run.outputs.verdict, run.stdout).toBe('needs-changes');
    expect(run.outputs['deployment-url']).toBe('');
    expect(run.stdout).toContain('::error title=W301,file=services/api/server.js,line=6,col=20::');
    expect(run.stdout).toContain("Check found problems at or above fail-on 'error'");
    expect(run.stdout).toContain('Nothing was deployed.');
    expect(api.requests).toEqual([]);
    // SARIF is still written (and uploaded: the upload step runs on failure) with repository paths.
    expect(run.steps.at(-1)).toMatchObject({ name: 'Upload SARIF', outcome: 'success' });
    const sarif = await readFile(join(workspace, 'out/findings.sarif'), 'utf8');
    expect(sarif).toContain('"uri": "services/api/server.js"');
    expect(run.summary).toMatch(/## docker-to-workers: needs\\?-changes/);
    expect(run.summary).toContain('W301');
  });
});
