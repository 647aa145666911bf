import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planCommand } from '../../src/cli/plan.js';
import { UserError } from '../../src/errors.js';
import type { Plan } from '../../src/model/index.js';
import { testContext } from '../support/context.js';
import { FIXTURES, tempOut } from './support.js';

let stdout: string[];
beforeEach(() => {
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('docker-to-workers plan', () => {
  it('detects, plans and writes; --json prints the plan alone', async () => {
    const out = await tempOut();
    const code = await planCommand.run(
      [join(FIXTURES, 'koa'), '--out', out, '--json'],
      testContext(),
    );
    expect(code).toBe(0);
    const plan = JSON.parse(stdout.join('')) as Plan;
    expect(plan.outDir).toBe(out);
    expect(plan.workers.map((w) => [w.target, w.verdict])).toEqual([['worker', 'ready']]);
  });

  it('exits 1 in CI when the repository config and the generated one compete', async () => {
    const args = [join(FIXTURES, 'existing-wrangler'), '--out', await tempOut()];
    expect(await planCommand.run(args, testContext({ ci: true }))).toBe(1);
    expect(stdout.join('')).toContain('--use-existing');
    expect(await planCommand.run(args, testContext())).toBe(0);
  });

  it('rejects an unknown --target', async () => {
    await expect(
      planCommand.run(['.', '--target', 'lambda'], testContext()),
    ).rejects.toBeInstanceOf(UserError);
  });
});
