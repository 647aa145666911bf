import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';
import { resolveWrangler, runWrangler } from '../toolchain/wrangler.js';
import { preparePlan } from './planning.js';
import type { Command } from './command.js';
import { DETECT_FLAGS, DETECT_USAGE, detectOptionsFrom } from './flags.js';

export const devCommand: Command = {
  usage:
    `Usage: docker-to-workers dev [DIR] [--port 8787] [--no-remedies] [--out DIR] ${DETECT_USAGE}\n` +
    '  Runs detect and plan, then `wrangler dev` on the generated config: local bindings (KV/D1/R2/DO\n' +
    '  simulated on disk under the output directory), no Cloudflare account needed.',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        port: { type: 'string', default: '8787' },
        'no-remedies': { type: 'boolean' },
        out: { type: 'string' },
        ...DETECT_FLAGS,
      },
    });
    if (!/^\d+$/.test(values.port))
      throw new UserError(`--port must be a number, not '${values.port}'.`);
    const plan = await preparePlan(
      resolve(positionals[0] ?? '.'),
      detectOptionsFrom(values),
      { noRemedies: values['no-remedies'], out: values.out },
      ctx,
    );
    const worker = plan.workers.find((w) => w.target === 'worker');
    if (!worker) {
      throw new UserError(
        `The plan has no Worker to serve (targets: ${plan.workers.map((w) => w.target).join(', ')}).`,
        {
          fix: 'dev serves `worker` targets; containers need Docker (`wrangler dev` with containers enabled).',
        },
      );
    }
    const config = join(plan.outDir, worker.files.wranglerConfig);
    ctx.log.info(`Serving ${worker.name} on http://localhost:${values.port} (Ctrl-C to stop)`);
    const wrangler = await resolveWrangler(ctx);
    // wrangler dev watches every module of the bundle (the app's sources included) and reloads on change.
    const run = await runWrangler(
      ctx,
      wrangler,
      [
        'dev',
        '--port',
        values.port,
        '--ip',
        '127.0.0.1',
        '--persist-to',
        join(plan.outDir, worker.name, 'state'),
        '--show-interactive-dev-session=false',
      ],
      {
        config,
        cwd: plan.root,
        env: { CI: '' },
        onStdout: (chunk) => process.stdout.write(chunk),
        onStderr: (chunk) => process.stderr.write(chunk),
      },
    );
    return run.exitCode;
  },
};
