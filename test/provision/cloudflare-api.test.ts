import Cloudflare from 'cloudflare';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCloudflareApi, type CloudflareApi } from '../support/cloudflare-api/server.js';

let api: CloudflareApi;
beforeEach(async () => {
  api = await startCloudflareApi();
});
afterEach(() => api.close());

function sdk(token = api.tokens.default.value): Cloudflare {
  return new Cloudflare({ apiToken: token, baseURL: api.baseUrl, maxRetries: 0 });
}

describe('loopback Cloudflare API', () => {
  it('pages KV namespaces the way the SDK iterates them', async () => {
    for (let i = 0; i < 250; i++) api.state.primary.kv.push({ id: `id${i}`, title: `ns-${i}` });
    const titles: string[] = [];
    for await (const ns of sdk().kv.namespaces.list({
      account_id: api.state.accountId,
      per_page: 100,
    })) {
      titles.push(ns.title);
    }
    expect(titles).toHaveLength(250);
    expect(api.callCounts()['kv.namespaces.list']).toBe(4); // three pages and the empty one that ends iteration
  });

  it('refuses a duplicate name with the resource error code', async () => {
    const client = sdk();
    await client.d1.database.create({ account_id: api.state.accountId, name: 'db' });
    const error = await client.d1.database
      .create({ account_id: api.state.accountId, name: 'db' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Cloudflare.APIError);
    expect((error as InstanceType<typeof Cloudflare.APIError>).errors[0]?.code).toBe(7502);
  });

  it('answers 403 for a route the token lacks and verifies user and account tokens', async () => {
    const noD1 = api.tokens.without('D1');
    const error = await sdk(noD1.value)
      .d1.database.list({ account_id: api.state.accountId })
      .catch((e: unknown) => e);
    expect((error as InstanceType<typeof Cloudflare.APIError>).status).toBe(403);
    expect(await sdk(noD1.value).user.tokens.verify()).toMatchObject({ status: 'active' });
    const accountToken = api.tokens.create({ kind: 'account' });
    expect(
      await sdk(accountToken.value).accounts.tokens.verify({ account_id: api.state.accountId }),
    ).toMatchObject({
      status: 'active',
    });
    await expect(sdk(accountToken.value).user.tokens.verify()).rejects.toMatchObject({
      status: 401,
    });
  });

  it('injects faults per route and call', async () => {
    api.faults.add(
      { route: 'kv.namespaces.create', fault: { type: 'rate-limit', retryAfterSeconds: 0 } },
      { route: 'kv.namespaces.list', calls: [2], fault: { type: 'malformed-json' } },
      { route: 'queues.list', fault: { type: 'reset' } },
    );
    const client = sdk();
    const account_id = api.state.accountId;
    await expect(client.kv.namespaces.create({ account_id, title: 'a' })).rejects.toMatchObject({
      status: 429,
    });
    expect(await client.kv.namespaces.create({ account_id, title: 'a' })).toMatchObject({
      title: 'a',
    });
    await client.kv.namespaces.list({ account_id });
    await expect(client.kv.namespaces.list({ account_id })).rejects.toThrow();
    await expect(client.queues.list({ account_id })).rejects.toThrow();
    expect(
      api.requests.filter((r) => r.route === 'kv.namespaces.create').map((r) => r.status),
    ).toEqual([429, 200]);
  });

  it('pages R2 buckets by cursor, per jurisdiction', async () => {
    const client = sdk();
    const account_id = api.state.accountId;
    await client.r2.buckets.create({ account_id, name: 'eu-one', 'cf-r2-jurisdiction': 'eu' });
    for (let i = 0; i < 30; i++) await client.r2.buckets.create({ account_id, name: `b${i}` });
    const first = await client.r2.buckets.list({ account_id, per_page: 20 });
    expect(first.buckets).toHaveLength(20);
    const eu = await client.r2.buckets.list({ account_id, 'cf-r2-jurisdiction': 'eu' });
    expect(eu.buckets?.map((b) => b.name)).toEqual(['eu-one']);
  });
});
