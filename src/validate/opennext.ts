import { access, mkdir, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { Context } from '../context.js';
import type { Diagnostic } from '../model/index.js';
import { OPEN_NEXT_ADAPTER, OPEN_NEXT_CONFIG, OPEN_NEXT_VERSION } from '../plan/build.js';
import { installInto } from '../toolchain/npm.js';
import { findPackageDir } from '../toolchain/packages.js';
import { cacheRoot, type Wrangler } from '../toolchain/wrangler.js';
import { stripAnsi } from '../toolchain/wrangler-errors.js';
import { scrubValues } from '../util/redact.js';
import type { BuildEnv } from '../plan/build-env.js';
import { buildOutputHint } from './build-env.js';
import { finding } from './rules.js';

/** The adapter's CLI module (package.json `bin.opennextjs-cloudflare`). */
const CLI = 'dist/cli/index.js';
/** Config names the adapter looks for in the app (its `findOpenNextConfig`). */
const CONFIG_NAMES = ['open-next.config.ts', 'open-next.config.mjs', 'open-next.config.js'];
/** The headers the adapter prints before `next build`, and once it succeeded and its own bundling starts. */
const NEXT_STAGE = 'OpenNext — Building Next.js app';
const ADAPTER_STAGE = 'OpenNext — Generating bundle';
const OUTPUT_LINES = 12;

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The tool-cache folder of the pinned adapter (action.yml caches it for Next.js repositories). */
export const ADAPTER_CACHE_FOLDER = `opennextjs-cloudflare-${OPEN_NEXT_VERSION}`;

/** Where the adapter comes from: the app's own install, or check's pinned copy in the tool cache. */
export interface Adapter {
  /** The adapter's package directory. */
  dir: string;
  /** True when check installed it (the app does not have it). */
  pinned: boolean;
}

/**
 * The app's adapter, or the pinned release installed once into the tool cache — never into the app.
 * Its peers are not installed (the app brings `next`; `wrangler` is the one check runs, linked beside it).
 */
export async function resolveAdapter(
  ctx: Context,
  wrangler: Wrangler,
  appDir: string,
): Promise<Adapter | { error: string }> {
  const own = await findPackageDir(appDir, OPEN_NEXT_ADAPTER);
  if (own) return { dir: own, pinned: false };
  const prefix = join(cacheRoot(ctx), ADAPTER_CACHE_FOLDER);
  const dir = join(prefix, 'node_modules', OPEN_NEXT_ADAPTER);
  if (!(await exists(join(dir, CLI)))) {
    const failure = await installInto(
      ctx,
      prefix,
      [`${OPEN_NEXT_ADAPTER}@${OPEN_NEXT_VERSION}`],
      600_000,
      // Peers (next, wrangler) are the app's and check's own; the adapter has no install scripts to run.
      { npm_config_legacy_peer_deps: 'true', npm_config_ignore_scripts: 'true' },
    );
    if (failure) return { error: failure };
  }
  const link = join(prefix, 'node_modules', 'wrangler');
  if ((await readlink(link).catch(() => null)) !== wrangler.packageDir) {
    await rm(link, { recursive: true, force: true });
    await symlink(wrangler.packageDir, link, 'dir');
  }
  return { dir, pinned: true };
}

/**
 * The OpenNext config the build uses: the app's own, else the generated one, written inside the
 * adapter's node_modules (where its import of the adapter resolves) so the app's tree is left alone.
 */
async function configFor(appDir: string, adapter: Adapter): Promise<string> {
  for (const name of CONFIG_NAMES) {
    if (await exists(join(appDir, name))) return join(appDir, name);
  }
  const modules = dirname(dirname(adapter.dir));
  const path = join(modules, '.cache', 'docker-to-workers', 'open-next.config.ts');
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, OPEN_NEXT_CONFIG);
  return path;
}

/** The lines a failed build printed that say why: no stack frames, no Node's re-print of the failed child. */
export function failureLines(output: string): string[] {
  const lines = stripAnsi(output)
    .split('\n')
    .map((line) => line.trimEnd())
    // Stack frames and the adapter's boxed headers say nothing about the cause.
    .filter((line) => line.trim() !== '' && !/^\s+at |^[┌│└]/.test(line));
  // `execSync` failing prints `node:internal/…` and `Error: Command failed: <cmd>`: the cause is above.
  const rethrow = lines.findLastIndex((line) => line.startsWith('node:internal/'));
  const cut =
    rethrow > 0 && lines.slice(rethrow).some((line) => line.startsWith('Error: Command failed:'))
      ? lines.slice(0, rethrow)
      : lines;
  return cut.slice(-OUTPUT_LINES);
}

/**
 * The finding for a failed adapter build: `next build` itself (W810, the build the image runs too, so
 * it says nothing about Workers) or the adapter's step after it (W811, the Worker path failed).
 */
export function openNextFailure(
  output: string,
  exitCode: number,
  where: { dir: string; file: string; reproduce: string },
): Diagnostic {
  const text = stripAnsi(output);
  const adapterStage = text.includes(ADAPTER_STAGE);
  const hint = buildOutputHint(text);
  // The app's build the adapter ran (`bun run build`): what reproduces a `next build` failure.
  const inner = /^Error: Command failed: (.+)$/m.exec(text)?.[1];
  const reproduce = !adapterStage && inner ? inner : where.reproduce;
  // Before `next build` (a config the adapter rejects, a missing peer) nothing about the app was tried.
  const what = adapterStage
    ? `\`next build\` succeeded, then \`opennextjs-cloudflare build\` failed (exit ${exitCode})`
    : text.includes(NEXT_STAGE)
      ? `\`opennextjs-cloudflare build\` failed in \`next build\` (exit ${exitCode})`
      : `\`opennextjs-cloudflare build\` failed before \`next build\` (exit ${exitCode})`;
  return finding(
    adapterStage ? 'W811' : 'W810',
    `${what} in ${where.dir}; its last lines:\n${failureLines(output).join('\n')}`,
    { file: where.file },
    {
      fix: `Reproduce locally: \`cd ${where.dir} && ${reproduce}\` (after installing the dependencies from the lockfile${reproduce === inner ? '; it is the build `opennextjs-cloudflare build` runs first' : ''}); fix what it prints and commit.${hint ? ` ${hint}` : adapterStage || !inner ? '' : ' A value `next build` needs (an environment variable read at module scope) must be set where the build runs: list it in `build-env` (CLI: --build-env) with the value in the job env, or commit it in .env.production.'}`,
    },
  );
}

/**
 * Builds a Next.js app for Workers as Cloudflare documents it (https://opennext.js.org/cloudflare):
 * `opennextjs-cloudflare build` with the generated Wrangler config, which writes .open-next/worker.js
 * and .open-next/assets in the app. Returns what happened: a note on success, else why not.
 */
export async function buildOpenNext(
  ctx: Context,
  wrangler: Wrangler,
  options: { appDir: string; root: string; config: string; env?: BuildEnv },
): Promise<{ built: boolean; diagnostics: Diagnostic[] }> {
  const dir = relative(options.root, options.appDir) || '.';
  const file = join(dir, 'package.json');
  const adapter = await resolveAdapter(ctx, wrangler, options.appDir);
  if ('error' in adapter) {
    return {
      built: false,
      diagnostics: [
        finding(
          'W002',
          `${OPEN_NEXT_ADAPTER}@${OPEN_NEXT_VERSION}, the Next.js adapter, could not be installed: ${adapter.error}`,
          { file },
        ),
      ],
    };
  }
  const openNextConfig = await configFor(options.appDir, adapter);
  const args = ['build', '--config', options.config, '--openNextConfigPath', openNextConfig];
  ctx.log.info(`Building ${dir} with opennextjs-cloudflare ${args.join(' ')}`);
  const result = await ctx
    .exec(process.execPath, [join(adapter.dir, CLI), ...args], {
      cwd: options.appDir,
      // CI: the adapter never prompts (it fails instead); no telemetry call from `next build`.
      // The build's variables (Dockerfile ENV/ARG, the user's build-env) reach this process only.
      env: { ...options.env?.values, CI: 'true', NEXT_TELEMETRY_DISABLED: '1' },
      timeoutMs: 1_200_000,
    })
    .catch((error: unknown) => ({ exitCode: 127, stdout: '', stderr: String(error) }));
  const reproduce = `npx opennextjs-cloudflare build --config ${relative(options.appDir, options.config)}`;
  if (result.exitCode !== 0) {
    const output = scrubValues(`${result.stdout}\n${result.stderr}`, options.env?.secrets ?? []);
    return {
      built: false,
      diagnostics: [openNextFailure(output, result.exitCode, { dir, file, reproduce })],
    };
  }
  const how = adapter.pinned
    ? `${OPEN_NEXT_ADAPTER}@${OPEN_NEXT_VERSION}, which the app does not install (check installed it in its tool cache, not in the app; MIGRATION.md lists the steps to add it)`
    : `the app's own ${OPEN_NEXT_ADAPTER}`;
  const config = openNextConfig.startsWith(options.appDir)
    ? ''
    : '; the generated open-next.config.ts stood in for the one the app lacks';
  return {
    built: true,
    diagnostics: [
      finding('W812', `Built ${dir} with \`opennextjs-cloudflare build\` from ${how}${config}`, {
        file,
      }),
    ],
  };
}
