import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/model/index.js';
import { check } from '../../src/validate/index.js';
import { testContext } from '../support/context.js';
import { plannedFixture } from './support.js';

const clean: {
  fixture: string;
  entry: string;
  framework: Framework;
  port: number;
  health: string;
  /** The start-up profile runs for one app, as check runs it by default; it adds nothing asserted here. */
  profile?: boolean;
}[] = [
  {
    fixture: 'express',
    entry: 'server.js',
    framework: 'express',
    port: 3000,
    health: '/health',
    profile: true,
  },
  { fixture: 'hono', entry: 'src/index.ts', framework: 'hono', port: 8787, health: '/health' },
  { fixture: 'koa', entry: 'src/app.js', framework: 'koa', port: 4000, health: '/healthz' },
];

describe('clean apps', () => {
  // Also the false-positive test: no rule may fire on an app that runs as a Worker.
  it.each(clean)('$fixture is ready, answers 200 in workerd, and no rule fires', async (app) => {
    const ctx = testContext();
    const plan = await plannedFixture(app.fixture, app.entry, {
      framework: app.framework,
      port: app.port,
      healthcheck: app.health,
      ctx,
    });
    const [result] = await check(plan, { tier: 'free', startupProfile: app.profile ?? false }, ctx);
    // W903 (slow start-up) measures time on this shared machine, so it is left out here.
    expect(result!.diagnostics.filter((d) => d.ruleId !== 'W903')).toEqual([]);
    expect(result!.verdict).toBe('ready');
    expect(result!.smoke).toMatchObject({ status: 200, error: null, path: app.health });
    expect(result!.bundle!.gzipBytes).toBeLessThan(result!.bundle!.limitBytes);
    // The profile runs unless check is told to skip it.
    expect(result!.startup?.method ?? null).toBe(app.profile ? 'wrangler check startup' : null);
  });

  it('reports the express 4 iconv-lite start-up crash with its fix when remedies are off', async () => {
    const ctx = testContext();
    const plan = await plannedFixture('express', 'server.js', {
      healthcheck: '/health',
      noRemedies: true,
      ctx,
    });
    const [result] = await check(plan, { remedies: false, startupProfile: false }, ctx);
    expect(result!.verdict).toBe('needs-changes');
    const crash = result!.diagnostics.find((d) => d.ruleId === 'W901');
    expect(crash?.message).toContain('require_streams(...) is not a function');
    expect(crash?.fix).toMatch(/iconv-lite@\^0\.6\.3/);
    const pitfall = result!.diagnostics.find((d) => d.ruleId === 'W501');
    expect(pitfall).toMatchObject({ package: 'iconv-lite', file: 'package.json' });
    expect(result!.smoke?.error).toContain('require_streams');
  });
});
