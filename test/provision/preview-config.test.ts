import { describe, expect, it } from 'vitest';
import type { WranglerConfig } from '../../src/model/index.js';
import { environmentConfig } from '../../src/provision/config.js';
import type { ConfigEntry } from '../../src/provision/handlers/index.js';

/** A production config with every setting that acts on production traffic or infrastructure. */
const base: WranglerConfig = {
  name: 'shop',
  main: 'entry.mjs',
  compatibility_date: '2026-05-03',
  vars: { MODE: 'web' },
  routes: [
    { pattern: 'shop.example.com/*', zone_name: 'example.com' },
    { pattern: 'api.example.com', custom_domain: true },
  ],
  route: 'old.example.com/*',
  triggers: { crons: ['0 3 * * *'] },
  queues: {
    producers: [{ binding: 'JOBS', queue: 'shop-jobs' }],
    consumers: [{ queue: 'shop-jobs' }],
  },
  tail_consumers: [{ service: 'audit-tail' }],
  logpush: true,
  kv_namespaces: [{ binding: 'CACHE', id: '0'.repeat(32) }],
  previews: { vars: { MODE: 'preview' }, kv_namespaces: [{ binding: 'CACHE' }] },
};

const kvEntry: ConfigEntry = {
  section: ['kv_namespaces'],
  key: 'binding',
  entry: { binding: 'CACHE', id: 'a'.repeat(32) },
};

const PRODUCTION_ONLY: [string, (config: WranglerConfig) => unknown][] = [
  ['routes (zone routes and custom domains)', (c) => c.routes],
  ['route', (c) => c.route],
  ['triggers.crons', (c) => (c.triggers as WranglerConfig | undefined)?.crons],
  ['queue consumers', (c) => c.queues?.consumers],
  ['tail_consumers', (c) => c.tail_consumers],
  ['logpush', (c) => c.logpush],
];

describe('preview configs never carry production-only settings', () => {
  const production = environmentConfig(base, 'production', 'shop', [kvEntry]);
  const separate = environmentConfig(base, 'preview', 'shop-pr-7', [kvEntry], {
    preview: true,
    workerPreview: false,
  });
  const workerPreview = environmentConfig(base, 'preview', 'shop', [kvEntry], {
    preview: true,
    workerPreview: true,
  });
  const previewsBlock = workerPreview.previews!;

  it.each(PRODUCTION_ONLY)('%s: kept in production, stripped from every preview', (_, read) => {
    expect(read(production)).toBeDefined();
    expect(read(separate)).toBeUndefined();
    expect(read(workerPreview)).toBeUndefined();
    expect(read(previewsBlock)).toBeUndefined();
  });

  it('keeps the queue producer, and gives a Worker Preview its previews block with the preview resources', () => {
    expect(separate.queues).toEqual({ producers: [{ binding: 'JOBS', queue: 'shop-jobs' }] });
    expect(previewsBlock).toEqual({
      vars: { MODE: 'preview' },
      kv_namespaces: [{ binding: 'CACHE', id: 'a'.repeat(32) }],
    });
    // Only `wrangler preview` reads the block: other configs go without it.
    expect(production).not.toHaveProperty('previews');
    expect(separate).not.toHaveProperty('previews');
  });

  it('derives the block from the (preview) bindings when the base has none', () => {
    const withoutBlock = structuredClone(base);
    delete withoutBlock.previews;
    const config = environmentConfig(withoutBlock, 'preview', 'shop', [kvEntry], {
      preview: true,
      workerPreview: true,
    });
    expect(config.previews).toEqual({
      vars: { MODE: 'web' },
      kv_namespaces: [{ binding: 'CACHE', id: 'a'.repeat(32) }],
      queues: { producers: [{ binding: 'JOBS', queue: 'shop-jobs' }] },
    });
  });
});
