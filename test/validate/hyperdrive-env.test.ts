import { describe, expect, it } from 'vitest';
import { planApp, writePlan } from '../../src/plan/index.js';
import { check } from '../../src/validate/index.js';
import { COMPOSE_POSTGRES, nodeAppModel } from '../support/app-model.js';
import { testContext } from '../support/context.js';
import { fixture } from './support.js';

describe('module-scope reads of a value that becomes a binding', () => {
  it('a module-scope pg Pool gets the Hyperdrive connection string, not the compose value (booted)', async () => {
    const ctx = testContext();
    const app = nodeAppModel(fixture('hyperdrive-module-scope'), 'server.js', {
      ...COMPOSE_POSTGRES,
      packageJson: { dependencies: { pg: '^8.11.0' } },
    });
    const plan = await planApp(app, {}, ctx);
    const [worker] = plan.workers;
    expect(worker!.bindings.map((b) => b.type)).toEqual(['hyperdrive']);
    expect(worker!.generated!.modules['entry.mjs']).toContain('import("../../server.js")');
    await writePlan(plan, ctx);
    const [result] = await check(
      plan,
      { localDb: 'postgres://smoke:smoke@127.0.0.1:9/smoke', install: false },
      ctx,
    );
    expect(result!.smoke?.error ?? null).toBeNull();
    expect(result!.smoke?.status).toBe(200);
  });
});
