import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson } from '../../src/cli/check.js';
import { sarifLog } from '../../src/report/sarif.js';
import { check } from '../../src/validate/index.js';
import {
  activeMs,
  hottestLine,
  measuredStartup,
  type CpuProfile,
} from '../../src/validate/startup.js';
import { testContext } from '../support/context.js';
import { plannedFixture } from './support.js';

// Never a wall-clock assertion: the machine is shared. The budget is what changes the outcome.
describe('start-up budget (wrangler check startup, real workerd)', () => {
  it('holds the global scope’s CPU time to the budget, at the line that burns it', async () => {
    const ctx = testContext();
    const plan = await plannedFixture('startup-cpu', 'server.js', { ctx });
    const [result] = await check(plan, { tier: 'free', startupBudgetMs: 1 }, ctx);
    const startup = result!.startup!;
    expect(startup).toMatchObject({ method: 'wrangler check startup', limitMs: 1 });
    expect(startup.cpuMs).toBeGreaterThan(1);
    const profile = JSON.parse(
      await readFile(resolve(plan.root, startup.profile!), 'utf8'),
    ) as CpuProfile;
    expect(profile.nodes.length).toBeGreaterThan(0);
    const w903 = result!.diagnostics.find((d) => d.ruleId === 'W903');
    expect(w903).toMatchObject({ severity: 'warning', file: 'server.js', line: 5 });
    expect(w903!.message).toContain(`limit is 1 ms`);
    expect(w903!.fix).toContain(startup.profile);
    // The same finding in the JSON and SARIF outputs.
    const json = checkJson([result!], [], { tier: 'free', source: 'flag' });
    expect(json.workers[0]!.startup).toEqual(startup);
    expect(json.diagnostics.find((d) => d.ruleId === 'W903')).toMatchObject({ line: 5 });
    const sarif = JSON.parse(sarifLog([w903!], 'package.json')) as {
      runs: { results: { ruleId: string; locations: unknown[] }[] }[];
    };
    expect(sarif.runs[0]!.results[0]).toMatchObject({
      ruleId: 'W903',
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'server.js' }, region: { startLine: 5 } } },
      ],
    });
  });

  it('finds nothing under a budget the global scope fits in', async () => {
    const ctx = testContext();
    const plan = await plannedFixture('startup-cpu', 'server.js', { ctx });
    const [result] = await check(plan, { tier: 'free', startupBudgetMs: 600_000 }, ctx);
    expect(result!.startup).toMatchObject({ method: 'wrangler check startup', limitMs: 600_000 });
    expect(result!.diagnostics.filter((d) => d.ruleId === 'W903')).toEqual([]);
  });
});

describe('reading a CPU profile', () => {
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '' } },
      { id: 2, callFrame: { functionName: '(idle)', url: '' } },
      {
        id: 3,
        callFrame: { functionName: '', url: 'file:///bundle/app/index.js' },
        positionTicks: [
          { line: 9, ticks: 2 },
          { line: 12, ticks: 5 },
        ],
      },
      {
        id: 4,
        callFrame: { functionName: 'startup', url: 'file:///bundle/app/5f0c-uuid' },
        positionTicks: [{ line: 3, ticks: 40 }],
      },
    ],
    samples: [2, 3, 3, 4],
    timeDeltas: [5000, 1000, 1500, 500],
  };

  it('counts active time as wrangler does (sampled less idle)', () => {
    expect(activeMs(profile)).toBe(3);
  });

  it('finds the hottest line among the bundle’s modules, not the profiler’s entry', () => {
    expect(hottestLine(profile, ['index.js'])).toEqual({ module: 'index.js', line: 12 });
    expect(hottestLine(profile, ['other.js'])).toBeNull();
  });
});

describe('when wrangler cannot profile', () => {
  it('holds the smoke boot’s time to the budget instead, saying so', async () => {
    const smoke = { status: 200, startupMs: 50, error: null, path: '/' };
    const options = { limitMs: 10, profile: 'p', bundle: { dir: '/b', modules: [] }, root: '/' };
    const measured = await measuredStartup({ error: 'Unknown arguments: check' }, smoke, options);
    expect(measured?.measure).toMatchObject({
      cpuMs: 50,
      method: 'workerd boot',
      profile: null,
      profileError: 'Unknown arguments: check',
    });
    expect(measured?.diagnostics.map((d) => d.ruleId)).toEqual(['W903']);
    expect(measured?.diagnostics[0]?.message).toContain('wall-clock, workerd boot');
    expect(await measuredStartup({ error: 'x' }, null, options)).toBeNull();
  });
});
