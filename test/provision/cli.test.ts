import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { provisionCommand } from '../../src/cli/provision.js';
import type { ProvisionResult } from '../../src/model/index.js';
import { startCloudflareApi, type CloudflareApi } from '../support/cloudflare-api/server.js';
import { PREVIEW_VALUES, provisionContext } from '../support/provision-env.js';
import { fivePlan } from '../support/provision-plan.js';

let api: CloudflareApi;
beforeEach(async () => {
  api = await startCloudflareApi();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await api.close();
});

async function runCli(args: string[], env: Record<string, string | undefined> = {}) {
  const plan = await fivePlan({ secrets: [] });
  await writeFile(join(plan.outDir, 'plan.json'), JSON.stringify(plan));
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  const code = await provisionCommand.run([plan.root, ...args], provisionContext(api, env));
  return { code, stdout: out.join('') };
}

describe('provision CLI', () => {
  it('prints the least-privilege permissions for the saved plan', async () => {
    const { code, stdout } = await runCli(['--print-permissions'], {
      CLOUDFLARE_ACCOUNT_ID: undefined,
    });
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      'Account › Workers Scripts › Edit',
      'Account › Workers KV Storage › Edit',
      'Account › D1 › Edit',
      'Account › Workers R2 Storage › Edit',
      'Account › Queues › Edit',
      'Account › Hyperdrive › Edit',
      // The GraphQL Analytics API: the monitor stage and a gradual rollout's judgement.
      'Account › Account Analytics › Read',
      'Account › Account Settings › Read',
    ]);
    expect(api.requests).toEqual([]);
  });

  it('reports a dry run as JSON', async () => {
    const { code, stdout } = await runCli(
      ['--env', 'preview', '--pr', '9', '--per-pr-resources', '--dry-run', '--json'],
      PREVIEW_VALUES,
    );
    expect(code).toBe(0);
    const [result] = JSON.parse(stdout) as ProvisionResult[];
    expect(result!.resources.map((r) => `${r.outcome} ${r.name}`)).toContain(
      'would create shop-api-cache-pr-9',
    );
  });
});
