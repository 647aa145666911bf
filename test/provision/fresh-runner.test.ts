import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { provisionCommand } from '../../src/cli/provision.js';
import { chooseTarget } from '../../src/deploy/target.js';
import { cleanupPreviewResources, provision } from '../../src/provision/index.js';
import { draftScriptRoutes } from '../support/cloudflare-api/draft-script.js';
import { startCloudflareApi, type CloudflareApi } from '../support/cloudflare-api/server.js';
import { ALL_PERMISSION_GROUPS } from '../support/cloudflare-api/tokens.js';
import {
  FAST,
  PREVIEW_VALUES,
  provisionContext,
  resourceCounts,
} from '../support/provision-env.js';
import { fivePlan } from '../support/provision-plan.js';

/**
 * CI runners start empty: every run here gets a plan in a fresh directory (`fivePlan` makes one), so
 * nothing a previous run wrote to disk (provision-state.json) is there.
 */
let api: CloudflareApi;
beforeEach(async () => {
  api = await startCloudflareApi({ routes: [draftScriptRoutes] });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await api.close();
});

const NONE = { kv: 0, d1: 0, r2: 0, queues: 0, hyperdrive: 0 };
const ONE_OF_EACH = { kv: 1, d1: 1, r2: 1, queues: 1, hyperdrive: 1 };

describe('no state is lost on a fresh runner', () => {
  it('a rotated DATABASE_URL password reaches Hyperdrive on the next run from a fresh checkout', async () => {
    await provision(await fivePlan({ secrets: [] }), FAST, provisionContext(api));
    expect(api.state.primary.hyperdrive[0]?.password).toBe('s3cret-pg-pass');
    const [rotated] = await provision(
      await fivePlan({ secrets: [] }),
      FAST,
      provisionContext(api, { DATABASE_URL: 'postgres://shop:r0tated@db.example.com:5432/shop' }),
    );
    expect(rotated!.resources.find((r) => r.type === 'hyperdrive')?.outcome).toBe('updated');
    expect(api.state.primary.hyperdrive).toHaveLength(1);
    expect(api.state.primary.hyperdrive[0]?.password).toBe('r0tated');
  });

  it('adopts what a killed run created and cleanup removes it, each from a fresh runner', async () => {
    const pr = { ...FAST, environment: 'preview', pr: 12, perPrResources: true };
    // The third create reaches Cloudflare, but the runner never hears back (it was killed).
    api.faults.add({
      route: /\.create$/,
      calls: [3],
      fault: { type: 'reset', afterHandling: true },
    });
    await expect(
      provision(
        await fivePlan({ secrets: [] }),
        { ...pr, client: { retryBaseMs: 1, maxAttempts: 1 } },
        provisionContext(api, PREVIEW_VALUES),
      ),
    ).rejects.toThrow(/could not reach/);
    const orphans = Object.values(resourceCounts(api)).reduce((a, b) => a + b, 0);
    expect(orphans).toBe(1);

    const [next] = await provision(
      await fivePlan({ secrets: [] }),
      pr,
      provisionContext(api, PREVIEW_VALUES),
    );
    expect(next!.resources.filter((r) => r.outcome === 'found')).toHaveLength(1);
    expect(resourceCounts(api)).toEqual(ONE_OF_EACH);

    const rows = await cleanupPreviewResources(
      await fivePlan({ secrets: [] }),
      { ...FAST, pr: 12 },
      provisionContext(api, PREVIEW_VALUES),
    );
    expect(rows).toHaveLength(5);
    expect(resourceCounts(api)).toEqual(NONE);
  });

  it('a token that can read but not write leaves nothing half-provisioned', async () => {
    // Edit on KV only: the KV namespace is created before the D1 create is refused.
    const token = api.tokens.create({
      permissions: ALL_PERMISSION_GROUPS.map((group) => ({
        group,
        level: group === 'Workers KV Storage' ? 'Edit' : 'Read',
      })),
    });
    const error = await provision(
      await fivePlan({ secrets: [] }),
      FAST,
      provisionContext(api, { CLOUDFLARE_API_TOKEN: token.value }),
    ).catch((e: unknown) => e);
    expect(String(error)).toMatch(/HTTP 403/);
    expect(api.requests.some((r) => r.route === 'kv.namespaces.create')).toBe(true);
    expect(resourceCounts(api)).toEqual(NONE);
  });

  it('`provision --env preview --pr N` sets secrets on the Worker `deploy --pr N` uploads to', async () => {
    const plan = await fivePlan({ secrets: ['SESSION_KEY'] });
    await writeFile(join(plan.outDir, 'plan.json'), JSON.stringify(plan));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const code = await provisionCommand.run(
      [plan.root, '--env', 'preview', '--pr', '7', '--secret', 'SESSION_KEY'],
      provisionContext(api, { ...PREVIEW_VALUES, DOCKER_TO_WORKERS_SECRETS: 'DATABASE_URL' }),
    );
    expect(code).toBe(0);
    const target = chooseTarget(plan.workers[0]!, 'preview', 7).scriptName;
    expect([...api.state.primary.scripts.keys()]).toEqual([target]);
  });
});

describe('an unreachable API is a network error naming its base URL, not a rejected token', () => {
  it('refused connection', async () => {
    const closed = await closedPort();
    const base = `http://127.0.0.1:${closed}/client/v4`;
    const ctx = provisionContext(api, { CLOUDFLARE_API_BASE_URL: base });
    const error = await provision(
      await fivePlan({ secrets: [] }),
      { client: { retryBaseMs: 1, maxAttempts: 2 } },
      ctx,
    ).catch((e: unknown) => e);
    expect(String(error)).toContain(`could not reach ${base} (network error: connect ECONNREFUSED`);
    expect(String(error)).not.toMatch(/not accepted|C001/);
  });

  it('DNS failure', async () => {
    const ctx = provisionContext(api, {
      CLOUDFLARE_API_BASE_URL: 'https://api.cloudflare.invalid/client/v4',
    });
    // What undici throws when the name does not resolve.
    ctx.fetch = () =>
      Promise.reject(
        new TypeError('fetch failed', {
          cause: Object.assign(new Error('getaddrinfo ENOTFOUND api.cloudflare.invalid'), {
            code: 'ENOTFOUND',
          }),
        }),
      );
    const error = await provision(
      await fivePlan({ secrets: [] }),
      { client: { retryBaseMs: 1, maxAttempts: 2 } },
      ctx,
    ).catch((e: unknown) => e);
    expect(String(error)).toMatch(
      /could not reach https:\/\/api\.cloudflare\.invalid\/client\/v4 \(network error: .*ENOTFOUND/,
    );
    expect(String(error)).not.toMatch(/not accepted|C001/);
  });

  it('timeout', async () => {
    api.faults.add({
      route: 'user.tokens.verify',
      calls: 'every',
      fault: { type: 'delay', ms: 500 },
    });
    const error = await provision(
      await fivePlan({ secrets: [] }),
      { client: { retryBaseMs: 1, maxAttempts: 2, timeoutMs: 100 } },
      provisionContext(api),
    ).catch((e: unknown) => e);
    expect(String(error)).toMatch(
      /"verify API token" could not reach .*\(network error: timed out\)/,
    );
    expect(String(error)).not.toMatch(/not accepted|C001/);
  });
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
