import { describe, expect, it } from 'vitest';
import { checkHealth, healthUrl } from '../../src/deploy/health.js';
import { chooseTarget, MAX_LABEL, previewWorkerName } from '../../src/deploy/target.js';
import { durableObject, workerPlan } from './helpers.js';

describe('deploy target', () => {
  it.each([
    ['a plain Worker', workerPlan('shop'), 'preview-alias', 'shop'],
    [
      'Durable Objects',
      workerPlan('shop', { bindings: [durableObject] }),
      'preview-worker',
      'shop-pr-7',
    ],
    ['a Container', workerPlan('shop', { target: 'container' }), 'preview-worker', 'shop-pr-7'],
    ['secrets', workerPlan('shop', { secrets: ['STRIPE_KEY'] }), 'preview-worker', 'shop-pr-7'],
  ])('previews %s as %s', (_name, worker, mode, script) => {
    const target = chooseTarget(worker, 'preview', 7);
    expect(target.mode).toBe(mode);
    expect(target.scriptName).toBe(script);
    expect(target.alias).toBe(mode === 'preview-alias' ? 'pr-7' : null);
  });

  it('deploys production to the Worker itself', () => {
    expect(
      chooseTarget(workerPlan('shop', { bindings: [durableObject] }), 'production', 7),
    ).toMatchObject({
      mode: 'production',
      scriptName: 'shop',
    });
  });

  it('falls back to a separate Worker when alias + name exceed 63 characters, and keeps that name ≤ 63', () => {
    const name = 'a'.repeat(60);
    const target = chooseTarget(workerPlan(name), 'preview', 12345);
    expect(target.mode).toBe('preview-worker');
    expect(target.diagnostics.map((d) => d.ruleId)).toEqual(['R002', 'R001']);
    expect(target.scriptName.length).toBeLessThanOrEqual(MAX_LABEL);
    expect(target.scriptName).toMatch(/^a+-[0-9a-f]{6}-pr-12345$/);
    expect(previewWorkerName(name, 1)).not.toBe(previewWorkerName(`${name}b`, 1));
  });
});

describe('health check', () => {
  it('retries until the Worker answers, with bounded attempts', async () => {
    const statuses = [503, 502, 200];
    const seen: string[] = [];
    const fetch = (async (url: string) => {
      seen.push(url);
      return new Response('x', { status: statuses.shift() ?? 500 });
    }) as unknown as typeof globalThis.fetch;
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const url = healthUrl('https://shop.acme.workers.dev', 'healthz');
    const ok = await checkHealth(url, { fetch, attempts: 5, delayMs: 100, sleep });
    expect(ok).toMatchObject({
      ok: true,
      status: 200,
      attempts: 3,
      url: 'https://shop.acme.workers.dev/healthz',
    });
    expect(waits).toEqual([100, 200]);
    const failing = await checkHealth(url, { fetch, attempts: 2, delayMs: 0, sleep });
    expect(failing).toMatchObject({ ok: false, status: 500, attempts: 2 });
    const unreachable = await checkHealth(url, {
      fetch: (async () => {
        throw new Error('connect ECONNREFUSED');
      }) as unknown as typeof globalThis.fetch,
      attempts: 1,
    });
    expect(unreachable).toMatchObject({ ok: false, status: null, error: 'connect ECONNREFUSED' });
  });
});
