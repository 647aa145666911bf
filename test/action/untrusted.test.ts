import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionConfig } from '../../src/action/inputs.js';
import { decideUntrusted } from '../../src/action/untrusted.js';
import { parseGitHubContext } from '../../src/github/context.js';
import { startCloudflareApi, type CloudflareApi } from '../support/cloudflare-api/server.js';
import { createFakeGitHub } from '../support/github-api/index.js';
import { eventPayload, fixtureWorkspace, visibleLog } from './fixture-workspace.js';
import { runAction } from './runner.js';

type Payload = Record<string, unknown> & {
  action?: string;
  pull_request: Record<string, unknown> & { user: { login: string }; head: object };
};

async function payload(name: string, change: (p: Payload) => void = () => {}): Promise<Payload> {
  const event = (await eventPayload(name)) as Payload;
  change(event);
  return event;
}

describe('untrusted pull requests never steer a job that has secrets', () => {
  let api: CloudflareApi;
  let toolCache: string;
  beforeAll(async () => {
    api = await startCloudflareApi();
    toolCache = await mkdtemp(join(tmpdir(), 'dtw-toolcache-'));
  });
  afterAll(() => api.close());

  it("refuses to build a fork's head under pull_request_target, and says how to check it instead", async () => {
    const github = createFakeGitHub();
    const run = await runAction({
      with: { apiToken: api.tokens.default.value, accountId: api.state.accountId },
      event: { name: 'pull_request_target', payload: await payload('pull_request.fork') },
      jobEnv: { CLOUDFLARE_API_BASE_URL: api.baseUrl, GITHUB_API_URL: github.apiUrl },
      workspace: await fixtureWorkspace('express'),
      toolCache,
    });
    expect(run.failed).toBe(true);
    const log = visibleLog(run.stdout);
    expect(log).toContain(
      'Refusing to build pull request #7 from the fork mallory/shop in a job that has secrets',
    );
    expect(log).toContain("'mode: check' in a workflow triggered by 'pull_request'");
    expect(log).not.toMatch(/Installing|wrangler deploy/);
    expect(api.requests).toEqual([]);
    expect(github.requests).toEqual([]);
  });

  it('refuses a fork under pull_request when credentials were passed anyway', async () => {
    const run = await runAction({
      with: { mode: 'check', apiToken: api.tokens.default.value },
      event: { name: 'pull_request', payload: await payload('pull_request.fork') },
      workspace: await fixtureWorkspace('express'),
      toolCache,
    });
    expect(run.failed).toBe(true);
    expect(visibleLog(run.stdout)).toContain('credentials passed to the action');
  });

  it('closing a fork pull request passes: there is nothing to clean up', async () => {
    const run = await runAction({
      with: {},
      event: {
        name: 'pull_request',
        payload: await payload('pull_request.fork', (p) => {
          p.action = 'closed';
          p.pull_request.state = 'closed';
        }),
      },
      workspace: await fixtureWorkspace('express'),
      toolCache,
    });
    expect(run.failed, run.stdout + run.stderr).toBe(false);
    expect(run.summary).toContain('comes from a fork; its previews are never deployed');
    expect(api.requests).toEqual([]);
  });

  it('checks a Dependabot pull request without secrets instead of failing on missing credentials', async () => {
    const run = await runAction({
      with: {},
      event: {
        name: 'pull_request',
        payload: await payload('pull_request.opened', (p) => {
          p.pull_request.user = { login: 'dependabot[bot]' };
        }),
      },
      workspace: await fixtureWorkspace('express'),
      toolCache,
    });
    const log = visibleLog(run.stdout);
    expect(log).toContain(
      '::notice title=Preview not deployed::Pull request #7 is from Dependabot',
    );
    expect(log).toContain('docker-to-workers check for . (pull_request');
    expect(log).not.toContain("Input 'apiToken' is empty");
    expect(api.requests).toEqual([]);
  });
});

describe('the decision for untrusted pull requests', () => {
  const config = (fields: Partial<ActionConfig> = {}) =>
    ({ apiToken: null, secrets: {}, ...fields }) as ActionConfig;
  const context = async (name: string, event: string, change?: (p: Payload) => void) =>
    parseGitHubContext(
      { GITHUB_REPOSITORY: 'acme/shop', GITHUB_EVENT_NAME: event },
      await payload(name, change),
    );

  it('a Dependabot preview without secrets becomes a check with a note; with secrets it deploys', async () => {
    const dependabot = await context('pull_request.opened', 'pull_request', (p) => {
      p.pull_request.user = { login: 'dependabot[bot]' };
    });
    expect(decideUntrusted('preview', config(), dependabot)).toMatchObject({
      kind: 'check-only',
      note: expect.stringContaining(
        'add CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID as Dependabot secrets',
      ),
    });
    expect(decideUntrusted('preview', config({ apiToken: 't' }), dependabot)).toEqual({
      kind: 'run',
      mode: 'preview',
    });
  });

  it("a fork's preview without secrets runs as before (deploy skips it); with secrets it is refused", async () => {
    const fork = await context('pull_request.fork', 'pull_request');
    expect(decideUntrusted('preview', config(), fork)).toEqual({ kind: 'run', mode: 'preview' });
    expect(() => decideUntrusted('check', config({ secrets: { A: 'b' } }), fork)).toThrow(
      /Refusing to build pull request #7 from the fork mallory\/shop/,
    );
  });
});
