// Every name plan writes into wrangler.jsonc is one Cloudflare accepts, whatever compose called things.
import { describe, expect, it } from 'vitest';
import {
  isValidResourceName,
  isValidWorkerName,
  MAX_WORKER_NAME,
  resourceName,
  workerName,
} from '../../src/plan/naming.js';
import { bootAndGet, planned } from './workers.js';

describe('resource names', () => {
  it.each([
    ['api', 'UPLOADS'],
    ['a', 'B'],
    ['', '_'],
    ['Storefront_API.v2', 'Customer_Uploads.And_Generated_Thumbnails_For_Every_Product_Variant_v2'],
    ['x'.repeat(54), 'y'.repeat(40)],
  ])('%s + %s → a valid bucket/queue/database name', (worker, what) => {
    const name = resourceName(worker, what);
    expect(isValidResourceName(name), name).toBe(true);
  });

  it('cut names keep a hash of the whole, so two long names differ', () => {
    const long = 'storefront-'.repeat(6);
    expect(resourceName(long, 'uploads-a')).not.toBe(resourceName(long, 'uploads-b'));
    expect(workerName(long, 'api')).not.toBe(workerName(long, 'web'));
    expect(workerName(long, 'api').length).toBeLessThanOrEqual(MAX_WORKER_NAME);
    expect(isValidWorkerName(workerName('@Acme_Retail/Store.Front', 'API'))).toBe(true);
  });
});

describe('a compose file with underscores, dots, uppercase and long names', () => {
  it('gives a config real wrangler bundles, and the Worker boots', async () => {
    const plan = await planned('compose-odd-names');
    const [worker] = plan.workers;
    if (!worker) throw new Error('no worker');
    const config = worker.generated!.config;
    expect(isValidWorkerName(config.name!), config.name).toBe(true);
    const names = [
      ...(config.r2_buckets as { bucket_name: string }[]).map((b) => b.bucket_name),
      ...config.queues!.producers!.map((q) => q.queue),
      ...(config.queues!.consumers ?? []).map((q) => q.queue),
    ];
    // Two buckets and a producer; no consumer is declared until the entry exports a queue() handler.
    expect(names).toHaveLength(3);
    for (const name of names) expect(isValidResourceName(name), name).toBe(true);
    expect(await bootAndGet(plan, worker, ['/'])).toEqual([200]);
  });
});
