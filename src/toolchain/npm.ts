import { mkdir } from 'node:fs/promises';
import type { Context } from '../context.js';

/**
 * `npm install` of exact packages into `<dir>/node_modules`, touching no package.json or lockfile:
 * how tools (wrangler) and generated-build packages (remedies) are installed. Returns npm's last error
 * line, or null on success.
 */
export async function installInto(
  ctx: Context,
  dir: string,
  specs: string[],
  timeoutMs: number,
  env: Record<string, string> = {},
): Promise<string | null> {
  ctx.log.info(`Installing ${specs.join(', ')} into ${dir}`);
  await mkdir(dir, { recursive: true });
  const result = await ctx.exec(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--prefer-offline',
      '--prefix',
      dir,
      ...specs,
    ],
    { timeoutMs, env },
  );
  return result.exitCode === 0 ? null : (result.stderr.trim().split('\n').pop() ?? 'npm failed');
}
