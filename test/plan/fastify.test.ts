// Fastify loads its plugins (avvio) as the Worker starts, where workerd refuses timers; the generated
// entry holds them until the first event. Real wrangler bundles the fixture, real workerd serves it.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { HELD_TIMERS, START_HELD_TIMERS } from '../../src/plan/held-timers.js';
import { findPitfalls } from '../../src/plan/pitfalls.js';
import { planRemedies } from '../../src/plan/remedies.js';
import { boot, dryRun, planned } from './workers.js';

/** The prelude's held-timers lines run against timers that, like workerd's, refuse to run at start-up. */
function heldTimers() {
  const set: unknown[][] = [];
  const cleared: unknown[] = [];
  let allowed = false;
  const refuse = () => {
    if (!allowed) throw new Error('Disallowed operation called within global scope');
  };
  const own =
    (kind: string) =>
    (...args: unknown[]) => {
      refuse();
      set.push([kind, ...args]);
      return { id: set.length };
    };
  const sandbox: Record<string, unknown> = {
    setTimeout: own('setTimeout'),
    setInterval: own('setInterval'),
    setImmediate: own('setImmediate'),
    clearTimeout: (t: unknown) => cleared.push(t),
    clearInterval: (t: unknown) => cleared.push(t),
    clearImmediate: (t: unknown) => cleared.push(t),
  };
  const code = HELD_TIMERS.join('\n').replace(/^export /m, '');
  runInNewContext(`${code}\nglobalThis.start = ${START_HELD_TIMERS};`, sandbox);
  const call = (name: string, ...args: unknown[]) =>
    (sandbox[name] as (...a: unknown[]) => unknown)(...args);
  return {
    set,
    cleared,
    call,
    start() {
      allowed = true;
      call('start');
    },
  };
}

describe('timers held while the Worker starts', () => {
  it('are set on the first event; one cleared before then is dropped; later ones pass straight through', () => {
    const timers = heldTimers();
    const watchdog = timers.call('setTimeout', () => {}, 10_000);
    const kept = timers.call('setInterval', () => {}, 500);
    timers.call('clearTimeout', watchdog);
    expect(timers.set).toEqual([]);
    timers.start();
    expect(timers.set).toEqual([['setInterval', expect.any(Function), 500]]);
    // The app's handle now clears the real timer.
    timers.call('clearInterval', kept);
    expect(timers.cleared).toEqual([{ id: 1 }]);
    expect(timers.call('setTimeout', () => {}, 5)).toEqual({ id: 2 });
  });
});

describe('Fastify before 4.22', () => {
  it("gets `require.cache` defined as an object (its plugin names read it; the bundle's require has none)", () => {
    const remedies = (fastify: string) =>
      planRemedies(findPitfalls({ installed: [], dependencies: { fastify }, sources: [] }), false);
    expect(remedies('^4.12.0').define).toEqual({ 'require.cache': '{}' });
    expect(remedies('^4.12.0').holdStartupTimers).toBe(true);
    expect(remedies('^4.22.0').define).toEqual({});
    expect(remedies('^5.0.0').define).toEqual({});
  });
});

describe('Fastify', () => {
  it('with a plugin and the pino logger, plans as a Worker whose entry holds start-up timers; in workerd its routes answer, schemas validated and serialised, and avvio logs nothing', async () => {
    const plan = await planned('fastify-plugins');
    const [worker] = plan.workers;
    if (!worker) throw new Error('no worker');
    expect(worker.target).toBe('worker');
    expect(worker.remedies.map((r) => r.pitfallId).sort()).toEqual([
      'fastify-timers',
      'pino-browser-build',
      'sonic-boom-write-sync',
    ]);
    expect(worker.generated?.modules['entry.mjs']).toMatch(
      new RegExp(`fetch\\(request, env, ctx\\) \\{\\n    ${START_HELD_TIMERS}\\(\\);`),
    );
    // The plugin's routes and their schemas compiled with new Function, allowed only at start-up.
    let output = '';
    const booted = await boot(worker, await dryRun(plan, worker), (chunk) => (output += chunk));
    try {
      const post = (body: object) =>
        booted.fetch('/', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      expect((await post({ text: 'first' })).status).toBe(201);
      // ajv's validator: the body lacks `text`.
      expect((await post({})).status).toBe(400);
      const listed = await booted.fetch('/');
      expect(listed.status).toBe(200);
      expect(JSON.parse(listed.body)).toEqual({ notes: [{ id: 1, text: 'first' }] });
      expect((await booted.fetch('/health')).status).toBe(200);
      // avvio's util.debuglog('avvio') stays quiet without NODE_DEBUG, as in Node.
      expect(output).not.toContain('AVVIO');
    } finally {
      await booted.dispose();
    }
  });
});
