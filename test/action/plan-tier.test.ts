// Local and CI limits agree: the CLI and the action default to the same Workers plan, and both say
// which plan check applied and who chose it.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { eventPayload, fixtureWorkspace } from './fixture-workspace.js';
import { ACTION_ROOT, runAction } from './runner.js';

const DEFAULT_LINE =
  'Limits: Workers free plan (the default of the CLI and the action; `--plan paid` or the `plan` input changes it)';

describe('the CLI’s check', () => {
  let stdout: string;
  beforeEach(() => {
    stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      stdout += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => vi.restoreAllMocks());

  const checkExpress = async (...flags: string[]) => {
    const out = await mkdtemp(join(tmpdir(), 'dtw-tier-'));
    const code = await main([
      'check',
      join(ACTION_ROOT, 'test/fixtures/express'),
      '--no-smoke',
      '--out',
      out,
      ...flags,
    ]);
    const plan = JSON.parse(await readFile(join(out, 'plan.json'), 'utf8')) as { tier: string };
    return { code, plan };
  };

  it('defaults to the action’s plan and says so in the text and the JSON', async () => {
    const text = await checkExpress();
    expect(text.code).toBe(0);
    expect(stdout).toContain(DEFAULT_LINE);
    // The plan (deploy's and monitor's thresholds read it) has the same tier.
    expect(text.plan.tier).toBe('free');

    stdout = '';
    const json = await checkExpress('--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ tier: { tier: 'free', source: 'default' } });
  });

  it('--plan paid: the flag is named as the source', async () => {
    const run = await checkExpress('--plan', 'paid', '--json');
    expect(JSON.parse(stdout)).toMatchObject({ tier: { tier: 'paid', source: 'flag' } });
    expect(run.plan.tier).toBe('paid');
  });
});

describe('the action', () => {
  it('defaults to the CLI’s plan, and names the input when it is set, in the log and the summary', async () => {
    const workspace = await fixtureWorkspace('express');
    const toolCache = await mkdtemp(join(tmpdir(), 'dtw-toolcache-'));
    const event = { name: 'push', payload: await eventPayload('push') };

    const byDefault = await runAction({ with: { mode: 'check' }, event, workspace, toolCache });
    expect(byDefault.failed, byDefault.stdout).toBe(false);
    expect(byDefault.stdout).toContain(DEFAULT_LINE);
    expect(byDefault.summary).toContain(`### Check\n\n${DEFAULT_LINE}`);

    const paid = await runAction({
      with: { mode: 'check', plan: 'paid' },
      event,
      workspace,
      toolCache,
    });
    expect(paid.failed, paid.stdout).toBe(false);
    const line = 'Limits: Workers paid plan (from the `plan` input)';
    expect(paid.stdout).toContain(line);
    expect(paid.summary).toContain(line);
    const plan = JSON.parse(
      await readFile(join(workspace, '.docker-to-workers', 'plan.json'), 'utf8'),
    ) as { tier: string };
    expect(plan.tier).toBe('paid');
  });
});
