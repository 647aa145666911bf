import * as core from '@actions/core';
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import type { Context } from '../context.js';
import { formatError } from '../errors.js';
import { projectManager } from '../validate/install.js';
import { createActionHost } from './host.js';

/** What the composite's later steps read: which manager, and the version setup-bun installs. */
export interface ManagerSetup {
  manager: string;
  version: string;
}

/**
 * pnpm and yarn through corepack (Node 24 ships it), which downloads the version package.json's
 * `packageManager` names: its shims go into a directory of their own on GITHUB_PATH, so the Node
 * install stays untouched. Corepack's downloads live in the cached store. bun has no corepack
 * support: the composite's setup-bun step installs it. Nothing fails here: when the manager stays
 * missing, check reports W005 with the fix.
 * https://github.com/nodejs/corepack#environment-variables
 */
export async function setUpPackageManager(
  ctx: Context,
  options: { dir: string; workspace: string; tempDir: string; store: string | undefined },
): Promise<ManagerSetup> {
  const project = await projectManager(options.dir, options.workspace);
  if (!project || project.manager === 'npm') return { manager: 'npm', version: '' };
  if (project.manager === 'bun') {
    return { manager: 'bun', version: project.version ?? (await bunEngine(project.dir)) };
  }
  const bin = join(options.tempDir, 'docker-to-workers-bin');
  await mkdir(bin, { recursive: true });
  const enabled = await ctx
    .exec('corepack', ['enable', '--install-directory', bin, project.manager])
    .catch((error: unknown) => ({ exitCode: 127, stdout: '', stderr: String(error) }));
  if (enabled.exitCode !== 0) {
    ctx.log.warn(
      `corepack could not enable ${project.manager} (${(enabled.stderr || enabled.stdout).trim().split('\n')[0]}); check installs with whatever ${project.manager} is on PATH.`,
    );
    return { manager: project.manager, version: project.version ?? '' };
  }
  core.addPath(bin);
  core.exportVariable('COREPACK_ENABLE_DOWNLOAD_PROMPT', '0');
  if (options.store) core.exportVariable('COREPACK_HOME', join(options.store, 'corepack'));
  ctx.log.info(
    `${project.manager} ${project.version ?? "(corepack's default version)"} through corepack`,
  );
  return { manager: project.manager, version: project.version ?? '' };
}

/** setup-bun's `bun-version`: package.json's `engines.bun`, else the latest release. */
async function bunEngine(dir: string): Promise<string> {
  const text = await readFile(join(dir, 'package.json'), 'utf8').catch(() => '{}');
  const engine = (JSON.parse(text) as { engines?: { bun?: unknown } }).engines?.bun;
  return typeof engine === 'string' ? engine : 'latest';
}

/** The composite's "Set up the package manager" step (`index.js package-manager`). */
export async function runPackageManagerStep(env = process.env): Promise<void> {
  try {
    const { ctx } = createActionHost(env);
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const dir = core.getInput('working-directory') || '.';
    const setup = await setUpPackageManager(ctx, {
      dir: isAbsolute(dir) ? dir : resolve(workspace, dir),
      workspace,
      tempDir: env.RUNNER_TEMP ?? tmpdir(),
      store: env.DOCKER_TO_WORKERS_STORE,
    });
    core.setOutput('manager', setup.manager);
    core.setOutput('version', setup.version);
  } catch (error) {
    core.setFailed(formatError(error));
  }
}
