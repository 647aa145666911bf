import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { WorkerNames } from '../deploy/index.js';
import { UserError } from '../errors.js';
import type { Plan } from '../model/index.js';
import { cleanup } from '../pipeline/index.js';
import { loadPlan } from '../plan/index.js';
import { renderDiagnosticsText } from '../report/diagnostics.js';
import { printResult, type Command } from './command.js';
import { parsePr } from './flags.js';

/** The saved plan, or the Worker names given: cleanup never needs the pull request's code. */
async function cleanupSource(
  dir: string,
  out: string | undefined,
  workers: string[],
): Promise<Plan | WorkerNames> {
  if (workers.length > 0) return { workers };
  const outDir = resolve(out ?? join(dir, '.docker-to-workers'));
  const saved = await access(join(outDir, 'plan.json')).then(
    () => true,
    () => false,
  );
  if (saved) return loadPlan(outDir);
  throw new UserError(`No saved plan in ${outDir} and no --worker given.`, {
    fix: 'Pass --out with the directory holding plan.json, or name the Workers with --worker NAME.',
  });
}

export const cleanupCommand: Command = {
  usage:
    'Usage: docker-to-workers cleanup [DIR] --pr N [--worker NAME]... [--out DIR] [--json]\n' +
    'Uses the saved plan (<out>/plan.json) or the --worker names; the PR’s code is not needed.',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        pr: { type: 'string' },
        worker: { type: 'string', multiple: true },
        out: { type: 'string' },
        json: { type: 'boolean' },
        ci: { type: 'boolean' },
        verbose: { type: 'boolean' },
      },
    });
    const pr = parsePr(values.pr);
    if (pr === null) throw new UserError('cleanup needs --pr N.', { fix: 'Pass --pr 123.' });
    const source = await cleanupSource(positionals[0] ?? '.', values.out, values.worker ?? []);
    const result = await cleanup(source, { pullRequest: pr }, ctx);
    printResult(values.json ?? false, result, () =>
      [
        `pull request #${pr}: deleted Worker Previews: ${result.deletedPreviews.join(', ') || 'none'}`,
        `deleted Workers: ${result.deletedWorkers.join(', ') || 'none'}`,
        `deleted resources: ${result.deletedResources.map((r) => r.name).join(', ') || 'none'}`,
        `deployments marked inactive: ${result.deactivatedDeployments}`,
        ...(result.diagnostics.length ? ['', renderDiagnosticsText(result.diagnostics)] : []),
      ].join('\n'),
    );
    return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  },
};
