import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';
import type { Target } from '../model/index.js';
import { writePlan } from '../plan/index.js';
import { planRepository } from '../plan/repository.js';
import { renderPlanText } from '../report/plan-text.js';
import { printResult, type Command } from './command.js';
import { gitRepository } from './repository.js';
import { DETECT_FLAGS, DETECT_USAGE, detectOptionsFrom, tierFromFlag } from './flags.js';

const TARGETS: readonly Target[] = ['worker', 'python-worker', 'container'];

export const planCommand: Command = {
  usage:
    'Usage: docker-to-workers plan [DIR] [--out DIR] [--json] [--write] [--target worker|python-worker|container]\n' +
    '         [--compatibility-date YYYY-MM-DD] [--use-existing] [--no-remedies] [--plan free|paid]\n' +
    `         ${DETECT_USAGE}`,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        json: { type: 'boolean' },
        write: { type: 'boolean' },
        target: { type: 'string' },
        'compatibility-date': { type: 'string' },
        'use-existing': { type: 'boolean' },
        'no-remedies': { type: 'boolean' },
        plan: { type: 'string' },
        tier: { type: 'string' },
        ...DETECT_FLAGS,
      },
    });
    const target = values.target as Target | undefined;
    if (target !== undefined && !TARGETS.includes(target)) {
      throw new UserError(`Unknown --target '${values.target}'.`, {
        fix: `Use one of: ${TARGETS.join(', ')}.`,
      });
    }
    const { tier } = tierFromFlag(
      values.plan ?? values.tier,
      values.plan === undefined && values.tier !== undefined ? '--tier' : '--plan',
    );
    const dir = positionals[0] ?? '.';
    const plan = await planRepository(
      dir,
      detectOptionsFrom(values),
      {
        outDir: values.out,
        target,
        compatibilityDate: values['compatibility-date'],
        useExisting: values['use-existing'],
        noRemedies: values['no-remedies'],
        tier,
        repository: await gitRepository(dir, ctx),
      },
      ctx,
    );
    await writePlan(plan, ctx, { intoRepo: values.write ?? false });
    printResult(values.json ?? false, plan, () => renderPlanText(plan));
    const findings = [...plan.app.diagnostics, ...plan.diagnostics];
    return findings.some((d) => d.severity === 'error') ? 1 : 0;
  },
};
