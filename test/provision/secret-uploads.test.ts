import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deploy } from '../../src/pipeline/index.js';
import type { DeployResult } from '../../src/model/index.js';
import { SECRET_DIGESTS_VAR } from '../../src/provision/secret-digests.js';
import { previewsOf } from '../support/cloudflare-api/routes/previews.js';
import {
  handPlan,
  quickHealth,
  useDeployWorld,
  workerPlan,
  type DeployTest,
} from '../deploy/helpers.js';

/**
 * "Deploying twice with no change makes no new secret uploads" (#14): each deploy is the whole path,
 * provision (real `wrangler secret bulk`) then real `wrangler deploy`, against the loopback API, and each
 * runs from a fresh plan directory, as a CI runner does (no provision-state.json, no earlier config).
 */

/** What `wrangler secret bulk` calls (wrangler 4.164: `secrets-bulk`; older releases: `settings`). */
const UPLOAD = /^workers\.scripts\.(settings\.edit|secrets\.bulk)$/;
const VALUES = { API_KEY: 'api-key-0123456789', SESSION_KEY: 'session-key-abcdef98765' };

/** Secret names without the `PREVIEW_` prefix previews read their values from. */
const namesOf = (values: Record<string, string>) =>
  Object.keys(values).map((name) => name.replace(/^PREVIEW_/, ''));

async function deployOnFreshRunner(
  values: Record<string, string>,
  t: DeployTest,
  target: { environment: 'production' | 'preview'; pullRequest?: number } = {
    environment: 'production',
  },
): Promise<DeployResult> {
  const plan = await handPlan([workerPlan('vault', { secrets: namesOf(values) })]);
  await mkdir(join(plan.outDir, 'vault'), { recursive: true });
  await writeFile(
    join(plan.outDir, 'vault', 'entry.mjs'),
    "export default { fetch: () => new Response('ok') };\n",
  );
  const [result] = await deploy(
    plan,
    { ...target, health: quickHealth, github: null, secrets: values },
    t.world.ctx,
  );
  expect(result?.status, JSON.stringify(result?.diagnostics)).toBe('ready');
  return result!;
}

function uploads(t: DeployTest): number {
  return t.world.api.requests.filter((r) => UPLOAD.test(r.route ?? '')).length;
}

function storedSecrets(t: DeployTest): Record<string, string | undefined> {
  const script = t.world.api.state.primary.scripts.get('vault');
  return Object.fromEntries(
    (script?.bindings ?? []).filter((b) => b.type === 'secret_text').map((b) => [b.name, b.text]),
  );
}

// One Worker's life: each test deploys again onto what the one before left (the first deploy is shared).
describe('secret uploads on a rerun', () => {
  const shared = useDeployWorld({ shared: true });
  const logsSince = (from: number) => shared.world.ctx.logs.slice(from).join('\n');

  it('uploads nothing when no value changed, even from a fresh runner', async () => {
    await deployOnFreshRunner(VALUES, shared);
    // The first upload finds no Worker (10007): wrangler creates a draft one and sends it again.
    expect(uploads(shared)).toBeGreaterThan(0);
    expect(storedSecrets(shared)).toEqual(VALUES);

    const before = uploads(shared);
    await deployOnFreshRunner(VALUES, shared);
    expect(uploads(shared) - before).toBe(0);
    expect(logsSince(0)).toMatch(
      /vault: secrets unchanged at Cloudflare, not uploaded: API_KEY, SESSION_KEY/,
    );
    // What Cloudflare shows of the digests reveals no value.
    const settings = await fetch(
      `${shared.world.api.baseUrl}/accounts/${shared.world.api.state.accountId}/workers/scripts/vault/settings`,
      { headers: { authorization: `Bearer ${shared.world.api.tokens.default.value}` } },
    );
    const text = await settings.text();
    expect(text).toContain(SECRET_DIGESTS_VAR);
    for (const value of Object.values(VALUES)) expect(text).not.toContain(value);
  });

  const ROTATED = { ...VALUES, SESSION_KEY: 'rotated-session-key-4242' };

  it('uploads exactly the secret whose value changed', async () => {
    const before = uploads(shared);
    const from = shared.world.ctx.logs.length;
    await deployOnFreshRunner(ROTATED, shared);
    expect(uploads(shared) - before).toBe(1);
    expect(storedSecrets(shared)).toEqual(ROTATED);
    expect(logsSince(from)).toMatch(/secrets unchanged at Cloudflare, not uploaded: API_KEY$/m);
  });

  it('uploads again a secret someone deleted at Cloudflare', async () => {
    const script = shared.world.api.state.primary.scripts.get('vault')!;
    script.bindings = script.bindings.filter((b) => b.name !== 'API_KEY');
    const before = uploads(shared);
    const from = shared.world.ctx.logs.length;
    await deployOnFreshRunner(ROTATED, shared);
    expect(uploads(shared) - before).toBe(1);
    expect(storedSecrets(shared)).toEqual(ROTATED);
    expect(logsSince(from)).toMatch(/not uploaded: SESSION_KEY$/m);
  });
});

describe('Worker Preview secret uploads on a rerun', () => {
  const t = useDeployWorld();
  const PREVIEW = {
    PREVIEW_API_KEY: 'preview-api-key-77',
    PREVIEW_SESSION_KEY: 'preview-session-55',
  };
  const patches = () =>
    t.world.api.requests.filter((r) => r.route === 'workers.previews.deployments.patch').length;
  const previewSecrets = () =>
    Object.fromEntries(
      Object.entries(
        previewsOf(t.world.api.state.primary, 'vault')[0]?.deployments.at(-1)?.env ?? {},
      )
        .filter(([, b]) => b.type === 'secret_text')
        .map(([name, b]) => [name, b.text]),
    );
  const deployPr = (values: Record<string, string>) =>
    deployOnFreshRunner(values, t, { environment: 'preview', pullRequest: 7 });

  it('sets only new or changed secrets of the Preview pr-7; an unchanged rerun sets none', async () => {
    const first = await deployPr(PREVIEW);
    expect(first.mode).toBe('worker-preview');
    expect(previewSecrets()).toEqual({
      API_KEY: 'preview-api-key-77',
      SESSION_KEY: 'preview-session-55',
    });
    expect(patches()).toBe(1);

    await deployPr(PREVIEW);
    expect(patches()).toBe(1);
    expect(previewSecrets()).toEqual({
      API_KEY: 'preview-api-key-77',
      SESSION_KEY: 'preview-session-55',
    });
    expect(t.world.ctx.logs.join('\n')).toMatch(
      /Preview pr-7: secrets unchanged, not uploaded: API_KEY, SESSION_KEY/,
    );

    await deployPr({ ...PREVIEW, PREVIEW_SESSION_KEY: 'rotated-preview-session' });
    expect(patches()).toBe(2);
    expect(previewSecrets()).toEqual({
      API_KEY: 'preview-api-key-77',
      SESSION_KEY: 'rotated-preview-session',
    });
    expect(t.world.ctx.logs.join('\n')).toMatch(
      /Preview pr-7: secrets unchanged, not uploaded: API_KEY$/m,
    );
  });
});
