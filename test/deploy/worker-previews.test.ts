import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanup, deploy } from '../../src/pipeline/index.js';
import { UserError } from '../../src/errors.js';
import type { Binding, CheckResult, Plan } from '../../src/model/index.js';
import { COMMENT_MARKER, parseCommentEntries } from '../../src/report/comment.js';
import { hasWorkerPreviews, resolveWrangler } from '../../src/toolchain/wrangler.js';
import { previewsOf } from '../support/cloudflare-api/routes/previews.js';
import { testContext } from '../support/context.js';
import { githubFor } from '../report/helpers.js';
import { handPlan, quickHealth, useDeployWorld, workerPlan } from './helpers.js';

// The project's wrangler (or DOCKER_TO_WORKERS_WRANGLER_DIR's): Worker Previews need wrangler ≥ 4.135.
const wrangler = await resolveWrangler(testContext({ env: { ...process.env } }));

const cache: Binding = { type: 'kv', binding: 'CACHE', reason: 'page cache', source: 'a.js:1' };

/** A "shop" Worker with a KV binding, a var and a JWT_SECRET, its entry written where provision expects it. */
async function shopPlan(): Promise<Plan> {
  const plan = await handPlan([
    workerPlan('shop', { bindings: [cache], secrets: ['JWT_SECRET'], vars: { MODE: 'web' } }),
  ]);
  await mkdir(join(plan.outDir, 'shop'), { recursive: true });
  await writeFile(
    join(plan.outDir, 'shop', 'entry.mjs'),
    'export default { fetch: () => new Response("ok") };\n',
  );
  return plan;
}

const t = useDeployWorld();

/** The same run's check of "shop": `wrangler preview` reports no start-up time or size of its own. */
const shopChecked: CheckResult = {
  worker: 'shop',
  verdict: 'ready',
  diagnostics: [],
  bundle: { rawBytes: 4096, gzipBytes: 2048, limitBytes: 64 * 1024 * 1024, topPackages: [] },
  smoke: null,
  startup: { cpuMs: 12, limitMs: 1000, method: 'wrangler check startup', profile: null },
};

/** The world's context with production's JWT_SECRET named for the workflow, plus `extra`. */
function withSecrets(extra: Record<string, string> = {}) {
  const env = { JWT_SECRET: 'production-jwt', DOCKER_TO_WORKERS_SECRETS: 'JWT_SECRET', ...extra };
  return { ...t.world.ctx, env: { ...t.world.ctx.env, ...env } };
}

describe.skipIf(!hasWorkerPreviews(wrangler))(
  `Worker Previews (wrangler ${wrangler.version})`,
  () => {
    it('creates the Preview pr-7, updates it, gives it its own secrets and bindings, and deletes it on cleanup', async () => {
      const plan = await shopPlan();
      const ctx = withSecrets({ PREVIEW_JWT_SECRET: 'preview-jwt' });
      const { github } = githubFor(t.fake);
      const options = {
        environment: 'preview' as const,
        health: quickHealth,
        github,
        wrangler,
        checks: [shopChecked],
      };
      const account = t.world.api.state.primary;

      const [first] = await deploy(plan, options, ctx);
      expect(first).toMatchObject({
        mode: 'worker-preview',
        status: 'ready',
        scriptName: 'shop',
      });
      expect(first?.previewAliasUrl).toBe('https://pr-7-shop.test-account.workers.dev');
      expect(first?.health).toMatchObject({
        ok: true,
        url: 'https://pr-7-shop.test-account.workers.dev/healthz',
      });
      const [preview] = previewsOf(account, 'shop');
      const latest = preview?.deployments.at(-1);
      // The Deployment URL is the deployment that has the secrets (preview secret bulk made it).
      expect(first?.previewUrl).toBe(latest?.urls[0]);
      expect(first?.versionId).toBe(latest?.id);
      const previewKv = account.kv.find((n) => n.title === 'shop-cache-preview');
      expect(latest?.env).toMatchObject({
        JWT_SECRET: { type: 'secret_text', text: 'preview-jwt' },
        MODE: { type: 'plain_text', text: 'web' },
        CACHE: { type: 'kv_namespace', namespace_id: previewKv?.id },
      });
      // Production's Worker got no secret and no deployment from the preview.
      const production = account.scripts.get('shop') as unknown as {
        bindings: { type: string }[];
        deployments?: unknown[];
      };
      expect(production.bindings.filter((b) => b.type === 'secret_text')).toEqual([]);
      expect(production.deployments ?? []).toEqual([]);

      const [second] = await deploy(plan, options, ctx);
      expect(previewsOf(account, 'shop')).toHaveLength(1);
      expect(second?.previewAliasUrl).toBe(first?.previewAliasUrl);
      expect(second?.previewUrl).not.toBe(first?.previewUrl);
      expect(previewsOf(account, 'shop')[0]?.deployments.at(-1)?.env.JWT_SECRET?.text).toBe(
        'preview-jwt',
      );

      const comments = (t.fake.comments.get(7) ?? []).filter((c) =>
        c.body.includes(COMMENT_MARKER),
      );
      const [row] = parseCommentEntries(comments[0]?.body ?? '');
      expect(row).toMatchObject({
        aliasUrl: first?.previewAliasUrl,
        previewUrl: second?.previewUrl,
        // Start-up and size from check, so the comment shows them rather than "—".
        health: { startupMs: 12, gzipBytes: 2048 },
      });
      expect(comments[0]?.body).toContain('12 ms');
      const deployments = t.fake.deployments.filter((d) => d.environment === 'preview/pr-7');
      expect(deployments.at(-1)?.statuses.at(-1)).toMatchObject({
        state: 'success',
        environment_url: 'https://pr-7-shop.test-account.workers.dev',
      });

      const result = await cleanup(plan, { pullRequest: 7, github, wrangler }, ctx);
      expect(result.deletedPreviews).toEqual(['shop/pr-7']);
      expect(previewsOf(account, 'shop')).toEqual([]);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });

    it('never gives a preview the production value of a secret unless the workflow names it', async () => {
      const plan = await shopPlan();
      const ctx = withSecrets();
      const options = {
        environment: 'preview' as const,
        pullRequest: 7,
        health: quickHealth,
        github: null,
        wrangler,
      };
      const refused = deploy(plan, options, ctx);
      await expect(refused).rejects.toThrow(UserError);
      await expect(refused).rejects.toThrow(/PREVIEW_JWT_SECRET not passed by the workflow/);
      expect(previewsOf(t.world.api.state.primary, 'shop')).toEqual([]);

      const allowed = { ...options, previewSecretsFromProduction: ['JWT_SECRET'] };
      const [result] = await deploy(plan, allowed, ctx);
      expect(result?.status).toBe('ready');
      const [preview] = previewsOf(t.world.api.state.primary, 'shop');
      expect(preview?.deployments.at(-1)?.env.JWT_SECRET?.text).toBe('production-jwt');
    });
  },
);
