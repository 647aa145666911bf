import { access, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';
import type { CheckResult, Diagnostic, Plan, TierChoice } from '../model/index.js';
import { prefixPaths, renderCheckText } from '../report/diagnostics.js';
import { renderPlanText } from '../report/plan-text.js';
import { sarifLog } from '../report/sarif.js';
import { renderTier } from '../report/tier.js';
import { check, exitCode, overallVerdict, type FailOn } from '../validate/index.js';
import type { Command } from './command.js';
import {
  BUILD_ENV_USAGE,
  DETECT_FLAGS,
  DETECT_USAGE,
  buildEnvFrom,
  detectOptionsFrom,
  tierFromFlag,
} from './flags.js';
import { preparePlan } from './planning.js';

/** The `--json` shape: the main Worker's result at the top, every Worker under `workers`. */
export function checkJson(results: CheckResult[], planDiagnostics: Diagnostic[], tier: TierChoice) {
  const main = results[0];
  const diagnostics = [...planDiagnostics, ...results.flatMap((r) => r.diagnostics)].map((d) => ({
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    file: d.file ?? null,
    line: d.line ?? null,
    column: d.column ?? null,
    package: d.package ?? null,
    fix: d.fix ?? null,
  }));
  return {
    verdict: overallVerdict(results),
    tier,
    diagnostics,
    bundle: main?.bundle ?? null,
    smoke: main?.smoke ?? null,
    workers: results,
  };
}

async function repositoryRoot(dir: string): Promise<string> {
  for (let current = dir; ; current = dirname(current)) {
    const found = await access(join(current, '.git')).then(
      () => true,
      () => false,
    );
    if (found) return current;
    if (dirname(current) === current) return dir;
  }
}

/** SARIF with locations relative to the repository root (GitHub code scanning needs that). */
async function writeSarif(file: string, plan: Plan, diagnostics: Diagnostic[]): Promise<void> {
  const prefix = relative(await repositoryRoot(plan.root), plan.root);
  await writeFile(file, sarifLog(prefixPaths(diagnostics, prefix), join(prefix, 'package.json')));
}

const FAIL_ON = ['error', 'warning', 'never'];

export const checkCommand: Command = {
  usage:
    'Usage: docker-to-workers check [DIR] [--json] [--sarif FILE] [--plan free|paid] [--no-smoke] [--no-remedies]\n' +
    '         [--fail-on error|warning|never] [--local-db URL] [--allow W704,W302:ajv] [--out DIR]\n' +
    `         ${BUILD_ENV_USAGE}\n` +
    `         ${DETECT_USAGE}`,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        sarif: { type: 'string' },
        plan: { type: 'string' },
        'no-smoke': { type: 'boolean' },
        'no-remedies': { type: 'boolean' },
        'fail-on': { type: 'string', default: 'error' },
        'local-db': { type: 'string' },
        allow: { type: 'string' },
        out: { type: 'string' },
        'build-env': { type: 'string', multiple: true },
        ...DETECT_FLAGS,
      },
    });
    const tier = tierFromFlag(values.plan);
    if (!FAIL_ON.includes(values['fail-on'])) {
      throw new UserError(
        `--fail-on must be one of ${FAIL_ON.join(', ')}, not '${values['fail-on']}'.`,
      );
    }
    if (values['local-db']) ctx.setSecret(values['local-db']);
    const buildEnv = buildEnvFrom(values['build-env'], 'check', ctx);
    const plan = await preparePlan(
      resolve(positionals[0] ?? '.'),
      detectOptionsFrom(values),
      { noRemedies: values['no-remedies'], out: values.out, tier: tier.tier },
      ctx,
    );
    const results = await check(
      plan,
      {
        tier: tier.tier,
        smoke: !values['no-smoke'],
        remedies: !values['no-remedies'],
        localDb: values['local-db'],
        buildEnv,
        allow: values.allow
          ?.split(',')
          .map((a) => a.trim())
          .filter(Boolean),
      },
      ctx,
    );
    const all = [...plan.diagnostics, ...results.flatMap((r) => r.diagnostics)];
    if (values.sarif) await writeSarif(resolve(values.sarif), plan, all);
    if (values.json) {
      process.stdout.write(
        `${JSON.stringify(checkJson(results, plan.diagnostics, tier), null, 2)}\n`,
      );
    } else {
      const parts = [renderPlanText(plan), renderTier(tier), renderCheckText(results)];
      parts.push(
        `Verdict: ${overallVerdict(results)}  (plan and generated files in ${relative(process.cwd(), plan.outDir) || '.'})`,
      );
      process.stdout.write(`${parts.join('\n\n')}\n`);
    }
    return exitCode(all, values['fail-on'] as FailOn);
  },
};
