import { describe, expect, it } from 'vitest';
import { planApp, writePlan } from '../../src/plan/index.js';
import { check } from '../../src/validate/index.js';
import { testContext } from '../support/context.js';
import { fixture, nodeApp } from './support.js';

// The fixture's server reaches server.js → src/routes.js → src/greeting.js. Beside it: a seed script
// (child_process, top-level connect), a template initialiser (endless loop, __dirname), a WebSocket
// mock, a Cypress spec (disk write), a unit test (child_process, timer) and .eslintrc.js (__dirname):
// each would be an error or warning, and three would force the container target, if they counted.
const GRAPH = ['server.js', 'src/routes.js', 'src/greeting.js'];
const outside = (file: string | undefined) => file !== undefined && !GRAPH.includes(file);

describe('files the Worker never runs', () => {
  it('do not decide the target, give no finding, and the Worker boots', async () => {
    const ctx = testContext();
    const app = await nodeApp(fixture('outside-graph'), 'server.js', { framework: 'node-http' });
    const plan = await planApp(app, {}, ctx);
    const [worker] = plan.workers;
    expect(worker!.target, worker!.targetReason).toBe('worker');
    expect(worker!.sources).toEqual(GRAPH);
    expect(plan.diagnostics.filter((d) => outside(d.file))).toEqual([]);
    expect(worker!.codeChanges).toEqual([]);
    await writePlan(plan, ctx);
    const [result] = await check(plan, {}, ctx);
    expect(result!.diagnostics.filter((d) => outside(d.file))).toEqual([]);
    expect(result!.smoke?.status).toBe(200);
    expect(result!.verdict).toBe('ready');
  });

  it('are not scanned for a container target either', async () => {
    const ctx = testContext();
    const app = await nodeApp(fixture('outside-graph'), 'server.js', { framework: 'node-http' });
    const plan = await planApp(app, { target: 'container' }, ctx);
    const [result] = await check(plan, { smoke: false }, ctx);
    expect(result!.diagnostics.filter((d) => d.severity !== 'note')).toEqual([]);
  });
});
