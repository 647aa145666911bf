// Local and CI limits agree: the CLI and the action default to the same Workers plan, and both say
// which plan check applied and who chose it.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseInputs } from '../../src/action/inputs.js';
import { tierFromFlag } from '../../src/cli/flags.js';
import { main } from '../../src/cli/main.js';
import { renderTier } from '../../src/report/tier.js';
import { ACTION_ROOT } from './runner.js';

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

  it('defaults to the action’s plan and says so in the text and the plan', async () => {
    const text = await checkExpress();
    expect(text.code).toBe(0);
    expect(stdout).toContain(DEFAULT_LINE);
    // The plan (deploy's and monitor's thresholds read it) has the same tier.
    expect(text.plan.tier).toBe('free');
  });

  it('--plan paid: the flag is named as the source', async () => {
    const run = await checkExpress('--plan', 'paid', '--json');
    expect(JSON.parse(stdout)).toMatchObject({ tier: { tier: 'paid', source: 'flag' } });
    expect(run.plan.tier).toBe('paid');
  });
});

describe('the default plan', () => {
  it('is the same choice, said the same way, in the CLI (no --plan) and the action (no `plan` input)', () => {
    const action = parseInputs({ GITHUB_WORKSPACE: '/work/repo' }, () => {}).plan;
    expect(action).toEqual({ tier: 'free', source: 'default' });
    expect(tierFromFlag(undefined)).toEqual(action);
    expect(renderTier(action)).toBe(DEFAULT_LINE);
  });
});

// The action's `plan` input (named as the source in the log and the summary, written to plan.json) is
// asserted on the warm-cache run of check-mode.test.ts: no action run of its own.
