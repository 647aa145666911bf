import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planRepository } from '../../src/plan/repository.js';
import { provision } from '../../src/provision/index.js';
import { startCloudflareApi, type CloudflareApi } from '../support/cloudflare-api/server.js';
import { FAST, provisionContext, resourceCounts } from '../support/provision-env.js';
import { useTempDirs } from '../support/temp-dirs.js';

let api: CloudflareApi;
beforeEach(async () => {
  api = await startCloudflareApi();
});
afterEach(() => api.close());
const temps = useTempDirs('dtw-credentials-');

/** A small Node app whose repository file asks for secrets (what a pull request can change). */
async function planAsking(overrides: string) {
  const dir = await temps.repo({
    'package.json': JSON.stringify({ name: 'shop', scripts: { start: 'node server.js' } }),
    'server.js':
      "require('node:http').createServer((q, s) => s.end('ok')).listen(process.env.PORT || 3000);\n",
    Dockerfile: 'FROM node:20-alpine\nCOPY . .\nEXPOSE 3000\nCMD ["node", "server.js"]\n',
    'docker-to-workers.yml': overrides,
  });
  const ctx = provisionContext(api);
  return { plan: await planRepository(dir, {}, {}, ctx), ctx };
}

const nothingChanged = (api: CloudflareApi) => {
  expect(resourceCounts(api)).toEqual({ kv: 0, d1: 0, r2: 0, queues: 0, hyperdrive: 0 });
  expect(api.state.primary.scripts.size).toBe(0);
};

describe('a repository file can ask for a secret, never supply or select one', () => {
  it('refuses a docker-to-workers.yml that asks for the API token and the GitHub token', async () => {
    const { plan, ctx } = await planAsking('secrets: [CLOUDFLARE_API_TOKEN, GITHUB_TOKEN]\n');
    expect(plan.workers[0]?.secrets).toContain('CLOUDFLARE_API_TOKEN');
    const error = await provision(plan, FAST, ctx).catch((e: unknown) => e);
    expect(String(error)).toMatch(/Worker secret CLOUDFLARE_API_TOKEN.*never uploaded.*\[C022\]/);
    expect(String(error)).not.toContain(String(ctx.env.CLOUDFLARE_API_TOKEN));
    nothingChanged(api);
  });

  it('refuses the token under another name, as a secret or as a var', async () => {
    const { plan, ctx } = await planAsking('secrets: [HARMLESS]\n');
    const token = String(ctx.env.CLOUDFLARE_API_TOKEN);
    const error = await provision(plan, { ...FAST, secrets: { HARMLESS: token } }, ctx).catch(
      (e: unknown) => e,
    );
    expect(String(error)).toMatch(/HARMLESS, which carries the value of CLOUDFLARE_API_TOKEN/);
    plan.workers[0]!.secrets = [];
    plan.workers[0]!.vars.LOOKS_FINE = `Bearer ${token}`;
    await expect(provision(plan, { ...FAST, secrets: {} }, ctx)).rejects.toThrow(
      /Worker var LOOKS_FINE, which carries the value of CLOUDFLARE_API_TOKEN/,
    );
    nothingChanged(api);
  });

  it('does not read a secret the workflow did not pass, even when the environment has it', async () => {
    const { plan, ctx } = await planAsking('secrets: [AWS_SECRET_ACCESS_KEY]\n');
    const withAws = { ...ctx, env: { ...ctx.env, AWS_SECRET_ACCESS_KEY: 'aws-secret-0123456789' } };
    await expect(provision(plan, FAST, withAws)).rejects.toThrow(
      /AWS_SECRET_ACCESS_KEY not passed by the workflow.*\[C020\]/,
    );
    nothingChanged(api);
  });
});
