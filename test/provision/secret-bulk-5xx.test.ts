import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadSecrets } from '../../src/provision/secrets.js';
import { resolveWrangler } from '../../src/toolchain/wrangler.js';
import { draftScriptRoutes } from '../support/cloudflare-api/draft-script.js';
import {
  apiEnv,
  startCloudflareApi,
  type CloudflareApi,
} from '../support/cloudflare-api/server.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';

/**
 * #14: `wrangler secret bulk` failing with a 5xx is run again with backoff, like our own API calls,
 * and what a lasting one leaves is Cloudflare's side, never the token's (real wrangler, loopback API;
 * wrangler 4.164 does not retry this PATCH itself, so each request is one run).
 */
const temps = useTempDirs('dtw-secret-bulk-5xx-');
let api: CloudflareApi;
beforeAll(async () => {
  api = await startCloudflareApi({ routes: [draftScriptRoutes] });
});
afterAll(() => api.close());

describe('wrangler secret bulk against a Cloudflare that fails on its side', () => {
  it('is run three times with backoff, then blames Cloudflare, not the token', async () => {
    const ctx = testContext();
    const wrangler = await resolveWrangler(ctx);
    const config = join(await temps.dir(), 'wrangler.jsonc');
    await writeFile(config, JSON.stringify({ name: 'shop', main: 'index.js' }));
    api.faults.add({
      route: 'workers.scripts.secrets.bulk',
      calls: 'every',
      fault: { type: 'server-error', status: 503 },
    });

    const upload = uploadSecrets(ctx, wrangler, config, { JWT_SECRET: 'v' }, apiEnv(api));
    const error = await upload.then(
      () => null,
      (e: unknown) => e as { message: string; fix?: string },
    );

    expect(api.requests.filter((r) => r.route === 'workers.scripts.secrets.bulk')).toHaveLength(3);
    expect(ctx.logs.join('\n')).toMatch(
      /wrangler secret bulk: Cloudflare failed on its side; retrying/,
    );
    expect(error?.message).toContain('wrangler secret bulk failed for JWT_SECRET');
    expect(error?.fix).toMatch(/Cloudflare failed on its side/);
    expect(error?.fix).not.toMatch(/token was refused|permission/);
  });
});
