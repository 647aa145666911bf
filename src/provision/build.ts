import { resolve } from 'node:path';
import type { Context } from '../context.js';
import type { WranglerConfig } from '../model/index.js';
import type { BuildEnv } from '../plan/build-env.js';
import { scrubValues } from '../util/redact.js';
import { provisionError } from './rules.js';

/**
 * Runs the config's `build.command` (the app's own build script) before deploy, with no credential in
 * its environment. wrangler would run it itself during `wrangler deploy`, inside the process that holds
 * the API token, so the environment configs leave `build` out and the build runs here instead. It gets
 * the build environment check's build got (`buildEnvFor`): only this process does, never wrangler; the
 * user's values are scrubbed from what it prints.
 */
export async function buildApp(
  ctx: Context,
  config: WranglerConfig,
  configDir: string,
  env: BuildEnv,
): Promise<void> {
  const build = config.build as { command?: unknown; cwd?: unknown } | undefined;
  if (typeof build?.command !== 'string' || build.command.trim() === '') return;
  // The plan writes `npm run <script>`: an argv without a shell.
  const [command, ...args] = build.command.trim().split(/\s+/);
  const cwd = resolve(configDir, typeof build.cwd === 'string' ? build.cwd : '.');
  const scrub = (text: string) => scrubValues(text, env.secrets);
  ctx.log.info(`$ ${build.command} (in ${cwd}, without credentials)`);
  const result = await ctx.exec(command!, args, {
    cwd,
    env: env.values,
    onStdout: (chunk) => ctx.log.info(scrub(chunk.trimEnd())),
    onStderr: (chunk) => ctx.log.warn(scrub(chunk.trimEnd())),
  });
  if (result.exitCode !== 0) {
    throw provisionError(
      'C060',
      `The app's build \`${build.command}\` failed (exit ${result.exitCode}): ${scrub(result.stderr).trim().split('\n').slice(-3).join(' ')}`,
      'Run the build locally (the same command, in the same directory) and fix what it reports.',
    );
  }
}
