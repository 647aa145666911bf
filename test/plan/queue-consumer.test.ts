// Cloudflare delivers a consumer's batches only to the Worker's `queue()` handler: a consumer declared
// without one drops every message (https://developers.cloudflare.com/queues/configuration/javascript-apis/#consumer).
import { describe, expect, it } from 'vitest';
import type { Binding, WorkerPlan, WranglerConfig } from '../../src/model/index.js';
import { environmentConfig } from '../../src/provision/config.js';
import { queueHandler } from '../../src/provision/handlers/queue.js';
import { planned } from './workers.js';

type QueueBinding = Extract<Binding, { type: 'queue' }>;

/** Whether the generated entry module (`main`) exports a `queue` handler. */
function entryExportsQueue(worker: WorkerPlan): boolean {
  const config = worker.generated!.config;
  const entry = worker.generated!.modules[String(config.main)] ?? '';
  return /\bqueue\s*\(|\bqueue\s*:/.test(entry.slice(entry.indexOf('export default')));
}

function consumers(config: WranglerConfig): string[] {
  return (config.queues?.consumers ?? []).map((c) => c.queue);
}

const jobs: QueueBinding = {
  type: 'queue',
  binding: 'QUEUE',
  queue: 'jobs',
  consumer: false,
  reason: 'rabbitmq messages → Cloudflare Queues',
  source: 'compose.yaml:12',
};

describe('queue consumers', () => {
  it('are never declared without a queue() handler exported by the generated entry; the user is told what to write', async () => {
    const plan = await planned('compose-odd-names');
    const [worker] = plan.workers;
    if (!worker?.generated) throw new Error('no generated worker');
    const config = worker.generated.config;
    expect(config.queues?.producers).toHaveLength(1);
    expect(entryExportsQueue(worker)).toBe(false);
    expect(consumers(config)).toEqual([]);
    expect(worker.bindings.find((b) => b.type === 'queue')).toMatchObject({ consumer: false });
    const change = worker.codeChanges.find((c) => c.change.includes('queue('));
    expect(change?.change).toMatch(/export `async queue\(batch, env\)` from the entry/);
    expect(change?.change).toContain('"consumers"');
  });

  it('provision adds a consumer only for a binding whose entry handles it', () => {
    const resource = { name: 'shop-jobs-production', id: 'q1' };
    const producerOnly = queueHandler.configEntries(jobs, resource);
    const withHandler = queueHandler.configEntries({ ...jobs, consumer: true }, resource);
    const base: WranglerConfig = { name: 'shop', main: 'entry.mjs' };
    expect(consumers(environmentConfig(base, 'production', 'shop', producerOnly))).toEqual([]);
    expect(consumers(environmentConfig(base, 'production', 'shop', withHandler))).toEqual([
      'shop-jobs-production',
    ]);
  });

  it('are stripped from every preview, even when provision resolved one (a queue allows one consumer)', () => {
    const resource = { name: 'shop-jobs-preview', id: 'q2' };
    const entries = queueHandler.configEntries({ ...jobs, consumer: true }, resource);
    const base: WranglerConfig = { name: 'shop', main: 'entry.mjs' };
    for (const workerPreview of [false, true]) {
      const config = environmentConfig(base, 'preview', 'shop', entries, {
        preview: true,
        workerPreview,
      });
      expect(consumers(config)).toEqual([]);
      expect(config.queues?.producers).toEqual([{ binding: 'QUEUE', queue: 'shop-jobs-preview' }]);
      if (workerPreview) expect(consumers(config.previews!)).toEqual([]);
    }
  });
});
