// Apps that call listen only after an awaited start-up: the entry holds each request until the
// app's server listens on the planned port, and names the port when it never does.
import { describe, it } from 'vitest';
import { planApp, writePlan } from '../../src/plan/index.js';
import { check } from '../../src/validate/index.js';
import { COMPOSE_POSTGRES, nodeAppModel } from '../support/app-model.js';
import { testContext } from '../support/context.js';
import { fixture } from './support.js';

async function checked(app: Parameters<typeof planApp>[0], localDb?: string) {
  const ctx = testContext();
  const plan = await planApp(app, {}, ctx);
  await writePlan(plan, ctx);
  const [result] = await check(
    plan,
    // The boot is what these tests read, not the start-up measure.
    { install: false, startupProfile: false, ...(localDb ? { localDb } : {}) },
    ctx,
  );
  if (!result) throw new Error('no check result');
  return { plan, result };
}

// Concurrent: two of these wait out the entry's 10 s listen timeout, idle time the others can use.
describe.concurrent('the entry waits for the app to listen', () => {
  it('a server that listens after awaited steps and a timer answers the first request 200 (booted)', async ({
    expect,
  }) => {
    // With Hyperdrive the app is imported by the first request, so its start-up timer surely ends
    // after that request arrived: without the wait it answered "Http server with port 3000 not found".
    const { plan, result } = await checked(
      nodeAppModel(fixture('listen-after-start'), 'server.js', COMPOSE_POSTGRES),
      'postgres://smoke:smoke@127.0.0.1:9/smoke',
    );
    expect(result.smoke?.error ?? null).toBeNull();
    expect(result.smoke?.status).toBe(200);
    expect(plan.workers[0]!.generated!.modules['entry.mjs']).toContain(
      'await serverListening(3000, 10000);',
    );
  });

  it('a server that never listens: a start-up failure (W901) naming the port, the last start-up log lines and what to check, not a hang', async ({
    expect,
  }) => {
    const { result } = await checked(nodeAppModel(fixture('never-listens'), 'server.js'));
    expect(result.smoke?.status).toBe(503);
    expect(result.diagnostics.some((d) => d.ruleId === 'W902')).toBe(false);
    const finding = result.diagnostics.find((d) => d.ruleId === 'W901');
    // One line from console.log, one from process.stderr.write (its colour codes dropped).
    expect(finding?.message).toContain(
      'GET / answered 503: The app did not listen on port 3000 within 10 s. Its last log lines: «Starting the orders service» «ERROR [PackageLoader] No driver (HTTP) has been selected.». Check that it calls listen(3000)',
    );
  });

  it('a server on another port: the finding names the port it listens on', async ({ expect }) => {
    const { result } = await checked(nodeAppModel(fixture('listens-elsewhere'), 'server.js'));
    expect(result.smoke?.status).toBe(503);
    expect(result.diagnostics.find((d) => d.ruleId === 'W902')?.message).toMatch(
      /did not listen on port 3000 within 10 s: it listens on 8080 instead/,
    );
  });
});
