import { access, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { Context } from '../context.js';
import type { Diagnostic, PackageManager } from '../model/index.js';
import { findPackageDir } from '../toolchain/packages.js';
import { storeSettings } from '../toolchain/store.js';
import { finding } from './rules.js';

const LOCKFILES: { file: string; manager: PackageManager }[] = [
  { file: 'pnpm-lock.yaml', manager: 'pnpm' },
  { file: 'yarn.lock', manager: 'yarn' },
  { file: 'bun.lock', manager: 'bun' },
  { file: 'bun.lockb', manager: 'bun' },
  { file: 'package-lock.json', manager: 'npm' },
  { file: 'npm-shrinkwrap.json', manager: 'npm' },
];

export interface InstallCommand {
  command: string;
  args: string[];
  env: Record<string, string>;
}

/** Install flags of a Dockerfile's RUN line that change what is installed, per package manager. */
const PEER_FLAGS: Record<PackageManager, RegExp> = {
  npm: /^(?:--force|-f|--legacy-peer-deps|--strict-peer-deps)$/,
  pnpm: /^(?:--strict-peer-dependencies|--no-strict-peer-dependencies)$/,
  yarn: /^(?:--ignore-engines|--ignore-optional)$/,
  bun: /^(?:--force)$/,
};
/** Flags that leave devDependencies out (`npm ci --omit=dev`, `--only=production`, `yarn --production`). */
const PRODUCTION_FLAG = /^(?:--omit=dev|--only=prod(?:uction)?|--production(?:=true)?|--prod|-P)$/;
/** Each manager's spelling of "no devDependencies" for the frozen install. */
const PRODUCTION_ARGS: Record<PackageManager, string[]> = {
  npm: ['--omit=dev'],
  pnpm: ['--prod'],
  yarn: ['--production'],
  bun: ['--production'],
};

export interface DockerInstallFlags {
  /** Flags added to the frozen install. */
  args: string[];
  /** Flags of the Dockerfile not used, and why. */
  skipped: string[];
  /** `Dockerfile:line` of the install step they came from. */
  source: string | null;
}

/**
 * The flags of the Dockerfile's install step (`RUN npm ci --force`, `npm install --legacy-peer-deps`) that
 * check's install repeats: peer-dependency and engine flags, so an install the image does still works
 * here; `--omit=dev` only when nothing is built (the build needs the devDependencies).
 */
export function dockerInstallFlags(
  steps: { command: string; line: number }[],
  dockerfile: string | null,
  manager: PackageManager,
  needsDevDependencies: boolean,
): DockerInstallFlags {
  const install = new RegExp(`^${manager}\\s+(?:ci|install|i)(?:\\s|$)`);
  for (const step of [...steps].reverse()) {
    const part = step.command
      .split(/&&|;|\|\|/)
      .map((p) => p.trim().replace(/\s+/g, ' '))
      .find((p) => install.test(p) && !/\s(?:-g|--global)\b/.test(p));
    if (!part) continue;
    const words = part.split(' ').slice(2);
    const args = words.filter((w) => PEER_FLAGS[manager].test(w));
    const production = words.filter((w) => PRODUCTION_FLAG.test(w) || w === '--omit');
    const skipped =
      production.length > 0 && needsDevDependencies
        ? [`${production.join(' ')} (the build needs the devDependencies)`]
        : [];
    if (production.length > 0 && !needsDevDependencies) args.push(...PRODUCTION_ARGS[manager]);
    return { args, skipped, source: dockerfile ? `${dockerfile}:${step.line}` : null };
  }
  return { args: [], skipped: [], source: null };
}

interface InstallOptions {
  allowScripts: boolean;
  yarnBerry: boolean;
  /** Flags taken from the Dockerfile's install step. */
  flags?: string[];
  /** `DOCKER_TO_WORKERS_STORE`, when set. */
  store?: string;
  /** The service's workspace (relative to the lockfile's directory) in a monorepo. */
  workspace?: string;
}

function frozenInstall(manager: PackageManager, options: InstallOptions): InstallCommand {
  const noScripts = options.allowScripts ? [] : ['--ignore-scripts'];
  // npm installs one workspace (and the workspaces it depends on); the others install the whole tree.
  const only = options.workspace ? [`--workspace=${options.workspace}`] : [];
  switch (manager) {
    case 'npm':
      return {
        command: 'npm',
        args: ['ci', '--no-audit', '--no-fund', ...only, ...noScripts],
        env: {},
      };
    case 'pnpm':
      return { command: 'pnpm', args: ['install', '--frozen-lockfile', ...noScripts], env: {} };
    case 'bun':
      return { command: 'bun', args: ['install', '--frozen-lockfile', ...noScripts], env: {} };
    case 'yarn':
      return options.yarnBerry
        ? {
            command: 'yarn',
            args: ['install', '--immutable'],
            env: options.allowScripts ? {} : { YARN_ENABLE_SCRIPTS: 'false' },
          }
        : // Yarn 1 refuses a package whose `engines.node` excludes the runner's Node; the bundle runs on
          // workerd, not on that Node, so the check does not need it (https://classic.yarnpkg.com/en/docs/cli/install#toc-yarn-install-ignore-engines).
          {
            command: 'yarn',
            args: ['install', '--frozen-lockfile', '--ignore-engines', ...noScripts],
            env: {},
          };
  }
}

/**
 * The frozen-lockfile install for a package manager. Install scripts stay off unless allowed: they run
 * arbitrary code, and a Worker cannot use what they usually build (native addons) anyway.
 */
export function installCommand(manager: PackageManager, options: InstallOptions): InstallCommand {
  const install = frozenInstall(manager, options);
  install.args.push(...(options.flags ?? []));
  const store = options.store
    ? storeSettings(manager, options.store, options.yarnBerry)
    : { args: [], env: {} };
  return {
    command: install.command,
    args: [...install.args, ...store.args],
    env: { ...install.env, ...store.env },
  };
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The nearest directory from `dir` up to `root` holding a lockfile (the workspace root in a monorepo). */
export async function findLockfile(
  dir: string,
  root: string,
): Promise<{ dir: string; manager: PackageManager } | null> {
  for (let current = dir; ; current = dirname(current)) {
    for (const { file, manager } of LOCKFILES) {
      if (await exists(join(current, file))) return { dir: current, manager };
    }
    if (current === root || dirname(current) === current) return null;
  }
}

/** The package manager a project installs with, and the version corepack or setup-bun should provide. */
export interface ProjectManager {
  /** The directory holding the lockfile (the workspace root in a monorepo). */
  dir: string;
  manager: PackageManager;
  /** From package.json's `packageManager` (corepack's field, e.g. `pnpm@10.34.9+sha512…`), or null. */
  version: string | null;
  /** Yarn 2+ ("berry"), whose install flags and cache differ from Yarn 1's. */
  yarnBerry: boolean;
}

const MANAGERS: readonly PackageManager[] = ['npm', 'pnpm', 'yarn', 'bun'];

/**
 * `name@version` of package.json's `packageManager` field, or null when absent or not one of ours (an
 * unreadable package.json too: detect reports it with its line).
 */
async function declaredManager(
  dir: string,
): Promise<{ manager: PackageManager; version: string } | null> {
  const text = await readFile(join(dir, 'package.json'), 'utf8').catch(() => '{}');
  let declared: unknown;
  try {
    declared = (JSON.parse(text) as { packageManager?: unknown }).packageManager;
  } catch {
    return null;
  }
  const match = typeof declared === 'string' ? /^([a-z]+)@([^+\s]+)/.exec(declared) : null;
  const manager = MANAGERS.find((m) => m === match?.[1]);
  return manager && match?.[2] ? { manager, version: match[2] } : null;
}

/**
 * The lockfile's package manager, or the one package.json's `packageManager` names (corepack enforces
 * that field, so it wins), with its version; null without a lockfile.
 */
export async function projectManager(dir: string, root: string): Promise<ProjectManager | null> {
  const lock = await findLockfile(dir, root);
  if (!lock) return null;
  const declared = await declaredManager(lock.dir);
  const manager = declared?.manager ?? lock.manager;
  const version = declared?.manager === manager ? declared.version : null;
  const yarnBerry = manager === 'yarn' && (await isYarnBerry(lock.dir, version));
  return { dir: lock.dir, manager, version, yarnBerry };
}

/**
 * Yarn 2+: its `packageManager` major, its `.yarnrc.yml`, or its lockfile (YAML with a `__metadata`
 * entry; Yarn 1's has a `# yarn lockfile v1` header instead).
 */
async function isYarnBerry(dir: string, version: string | null): Promise<boolean> {
  if (version !== null) return Number(version.split('.')[0]) >= 2;
  if (await exists(join(dir, '.yarnrc.yml'))) return true;
  const lockfile = await readFile(join(dir, 'yarn.lock'), 'utf8').catch(() => '');
  return /^__metadata:/m.test(lockfile);
}

/** Names of declared dependencies that Node resolution cannot find from `dir`. */
export async function missingDependencies(dir: string): Promise<string[]> {
  const text = await readFile(join(dir, 'package.json'), 'utf8').catch(() => null);
  if (!text) return [];
  const pkg = JSON.parse(text) as { dependencies?: Record<string, string> };
  const names = Object.keys(pkg.dependencies ?? {});
  const found = await Promise.all(names.map((name) => findPackageDir(dir, name)));
  return names.filter((_, i) => !found[i]);
}

/**
 * Installs the app's dependencies from its lockfile when they are not resolvable; returns what happened
 * (nothing when they already are).
 */
export async function ensureDependencies(
  ctx: Context,
  options: {
    dir: string;
    root: string;
    allowScripts: boolean;
    /** Whether `dir` is one of its monorepo's workspaces (detect checked the root's globs). */
    workspaceMember?: boolean;
    /** The Dockerfile's install steps (their peer/production flags are repeated). */
    docker?: { path: string; steps: { command: string; line: number }[] };
    /** Whether a build runs before bundling (then devDependencies stay installed). */
    build?: boolean;
  },
): Promise<Diagnostic[]> {
  if (!(await exists(join(options.dir, 'package.json'))) && options.docker) {
    return installNamedPackages(
      ctx,
      options.dir,
      options.root,
      options.docker,
      options.allowScripts,
    );
  }
  const missing = await missingDependencies(options.dir);
  if (missing.length === 0) return [];
  const project = await projectManager(options.dir, options.root);
  const where = relative(options.root, options.dir) || '.';
  const manifest = relative(options.root, join(options.dir, 'package.json'));
  if (!project) {
    return [
      finding(
        'W002',
        `${missing.length} dependencies of ${where} are not installed (${missing.slice(0, 3).join(', ')}…) and there is no lockfile`,
        {
          file: manifest,
        },
        {
          fix: 'Commit a lockfile (npm install / pnpm install) so check can install exactly what the image installs.',
        },
      ),
    ];
  }
  const { manager } = project;
  const flags = dockerInstallFlags(
    options.docker?.steps ?? [],
    options.docker?.path ?? null,
    manager,
    options.build ?? false,
  );
  const install = installCommand(manager, {
    allowScripts: options.allowScripts,
    yarnBerry: project.yarnBerry,
    flags: flags.args,
    store: ctx.env.DOCKER_TO_WORKERS_STORE,
    workspace:
      options.workspaceMember && project.dir !== options.dir
        ? relative(project.dir, options.dir)
        : undefined,
  });
  const shown = `${install.command} ${install.args.join(' ')}`;
  ctx.log.info(
    `Installing dependencies: ${shown} (in ${relative(options.root, project.dir) || '.'})`,
  );
  const result = await ctx
    .exec(install.command, install.args, {
      cwd: project.dir,
      env: install.env,
      timeoutMs: 600_000,
    })
    .catch((error: unknown) => ({ exitCode: 127, stdout: '', stderr: String(error) }));
  if (result.exitCode !== 0 && outOfSyncLockInstall(manager, result.stderr, options.docker)) {
    return imageStyleInstall(ctx, project.dir, manifest, options.allowScripts, flags.args, result);
  }
  if (result.exitCode !== 0) {
    const last = failureLines(result.stderr);
    // A spawn that could not start is exit 127, as a shell's "not found" is.
    const missing = managerUnavailable(manager, result.stderr, {
      notStarted: result.exitCode === 127,
      consequence: 'the dependencies could not be installed',
      file: manifest,
    });
    if (missing) return [missing];
    return [
      finding('W002', `\`${shown}\` failed (exit ${result.exitCode}): ${last}`, {
        file: manifest,
      }),
    ];
  }
  const from = flags.source ? `; flags from ${flags.source}` : '';
  const skipped = flags.skipped.length > 0 ? `; not repeated: ${flags.skipped.join(', ')}` : '';
  return [
    finding(
      'W001',
      `Installed dependencies with \`${shown}\`${options.allowScripts ? '' : ' (install scripts off)'}${from}${skipped}`,
    ),
  ];
}

/**
 * The packages a Dockerfile's `npm install <name>…` steps name (`RUN npm init -y && npm i express mysql2`),
 * with the line of the step; global tools (`-g`) are not the app's.
 */
export function dockerNamedPackages(steps: { command: string; line: number }[]): {
  specs: string[];
  line: number | null;
} {
  const specs: string[] = [];
  let line: number | null = null;
  for (const part of runCommands(steps)) {
    const [tool, verb, ...rest] = part.text.split(/\s+/);
    if (tool !== 'npm' || !['i', 'install', 'add'].includes(verb ?? '')) continue;
    if (rest.some((w) => w === '-g' || w === '--global')) continue;
    const named = rest.filter((w) => !w.startsWith('-'));
    if (named.length === 0) continue;
    specs.push(...named);
    line ??= part.step.line;
  }
  return { specs, line };
}

/** Each command of a Dockerfile's RUN steps (`a && b; c` → a, b, c), with its step's line. */
function runCommands<T extends { command: string }>(steps: T[]): { text: string; step: T }[] {
  return steps.flatMap((step) =>
    step.command.split(/&&|;|\|\|/).map((part) => ({ text: part.trim(), step })),
  );
}

/** `express@4.18.3` → `express`, `@scope/x@1` → `@scope/x`; a path or URL spec has no name to look up. */
function specName(spec: string): string | null {
  if (/^[./]|:/.test(spec)) return null;
  const at = spec.indexOf('@', 1);
  return at === -1 ? spec : spec.slice(0, at);
}

/**
 * An app without package.json whose image installs its dependencies by name: check installs the same
 * names into the app's directory (`--no-save`: no package.json or lockfile is written there).
 */
async function installNamedPackages(
  ctx: Context,
  dir: string,
  root: string,
  docker: { path: string; steps: { command: string; line: number }[] },
  allowScripts: boolean,
): Promise<Diagnostic[]> {
  const { specs, line } = dockerNamedPackages(docker.steps);
  if (specs.length === 0) return [];
  const names = specs.map(specName);
  const found = await Promise.all(names.map((name) => name && findPackageDir(dir, name)));
  if (found.every(Boolean)) return [];
  const args = [
    'install',
    '--prefix',
    dir,
    '--no-save',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    ...(allowScripts ? [] : ['--ignore-scripts']),
    ...specs,
  ];
  const shown = `npm ${args.filter((a) => a !== dir && a !== '--prefix').join(' ')}`;
  const source = { file: docker.path, ...(line === null ? {} : { line }) };
  ctx.log.info(`Installing the packages ${docker.path} names: ${shown}`);
  const result = await ctx
    .exec('npm', args, { cwd: dir, timeoutMs: 600_000 })
    .catch((error: unknown) => ({ exitCode: 127, stdout: '', stderr: String(error) }));
  if (result.exitCode !== 0)
    return [
      finding(
        'W002',
        `\`${shown}\` (the packages ${docker.path} installs; ${relative(root, dir) || '.'} has no package.json) failed (exit ${result.exitCode}): ${failureLines(result.stderr)}`,
        source,
      ),
    ];
  return [
    finding(
      'W001',
      `Installed the packages ${docker.path} installs by name with \`${shown}\`: ${relative(root, dir) || '.'} has no package.json`,
      source,
      {
        fix: 'Declare them in a package.json with a lockfile (npm init -y && npm install <names>), so every build installs the same versions.',
      },
    ),
  ];
}

/** npm's refusal of `npm ci` when package-lock.json does not match package.json (EUSAGE). */
const LOCK_OUT_OF_SYNC = /can only install packages when your package\.json and package-lock\.json/;

/**
 * `npm ci` refused a lockfile out of step with package.json, and the image installs with `npm install`
 * (`COPY package.json .` + `RUN npm i` never reads the lockfile): check installs as the image does.
 */
function outOfSyncLockInstall(
  manager: PackageManager,
  stderr: string,
  docker: { steps: { command: string }[] } | undefined,
): boolean {
  if (manager !== 'npm' || !LOCK_OUT_OF_SYNC.test(stderr)) return false;
  const verbs = runCommands(docker?.steps ?? [])
    .map(({ text }) => text)
    .filter((part) => !/\s(?:-g|--global)\b/.test(part))
    .map((part) => /^npm\s+(ci|install|i)(?:\s|$)/.exec(part)?.[1])
    .filter(Boolean);
  return verbs.length > 0 && verbs.every((verb) => verb !== 'ci');
}

/** `npm install` without reading or writing package-lock.json (the user's file stays as it is). */
async function imageStyleInstall(
  ctx: Context,
  dir: string,
  manifest: string,
  allowScripts: boolean,
  flags: string[],
  refused: { stderr: string },
): Promise<Diagnostic[]> {
  const args = [
    'install',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    ...(allowScripts ? [] : ['--ignore-scripts']),
    ...flags,
  ];
  const shown = `npm ${args.join(' ')}`;
  ctx.log.info(`Installing dependencies as the image does: ${shown}`);
  const result = await ctx
    .exec('npm', args, { cwd: dir, timeoutMs: 600_000 })
    .catch((error: unknown) => ({ exitCode: 127, stdout: '', stderr: String(error) }));
  const why = `package-lock.json is out of step with package.json (${failureLines(refused.stderr, 1)})`;
  if (result.exitCode !== 0)
    return [
      finding(
        'W002',
        `\`${shown}\` failed (exit ${result.exitCode}): ${failureLines(result.stderr)}`,
        {
          file: manifest,
        },
      ),
    ];
  return [
    finding(
      'W001',
      `Installed dependencies with \`${shown}\`, as the image's \`npm install\` does: ${why}, so \`npm ci\` refused it`,
      { file: manifest },
      { fix: 'Run `npm install` and commit package-lock.json, so CI installs what you tested.' },
    ),
  ];
}

/**
 * The lines of a failed install that say why: npm prints its usage text after the cause, which would
 * otherwise be all the message quotes.
 */
function failureLines(stderr: string, count = 3): string {
  const lines = [
    ...new Set(
      stderr
        .split('\n')
        .map((l) => l.replace(/^npm (?:error|ERR!)\s*/, '').trim())
        .filter(Boolean),
    ),
  ];
  const usage = lines.findIndex((l) => /^(?:Usage:|Clean install a project$)/.test(l));
  return (usage > 0 ? lines.slice(0, usage) : lines).slice(-count).join(' ');
}

/** The runners the plan's build commands start with (`npx --no-install tsc`, `bunx …`). */
const RUNNERS: Record<string, PackageManager> = { npx: 'npm', bunx: 'bun' };

/** The package manager a command runs with (`pnpm run build` → pnpm), or null for any other program. */
export function managerOfCommand(command: string): PackageManager | null {
  const program = command.trim().split(/\s+/)[0] ?? '';
  return MANAGERS.find((m) => m === program) ?? RUNNERS[program] ?? null;
}

/**
 * W005 when `manager` itself is missing: not on PATH (the spawn failed, or a shell's `pnpm: not found`
 * / bash's `pnpm: command not found`), or corepack could not download the version package.json names.
 * Null when the output says neither.
 */
export function managerUnavailable(
  manager: PackageManager,
  output: string,
  options: { notStarted?: boolean; consequence: string; file: string },
): Diagnostic | null {
  const names = [manager, ...Object.keys(RUNNERS).filter((r) => RUNNERS[r] === manager)];
  const notFound = names.some((name) =>
    new RegExp(
      `(?:^|[\\s/:])${name}: (?:command )?not found|Unable to locate executable file: ${name}\\b`,
      'm',
    ).test(output),
  );
  const corepack = /corepack/i.test(output)
    ? /Error when performing the request[^\n]*|No compatible signature[^\n]*|fetch failed/.exec(
        output,
      )
    : null;
  const message =
    options.notStarted || notFound
      ? `${manager} is not installed (not found on PATH), so ${options.consequence}`
      : corepack
        ? `corepack could not download ${manager}, so ${options.consequence}: ${corepack[0]}`
        : null;
  return message === null
    ? null
    : finding('W005', message, { file: options.file }, { fix: managerFix(manager) });
}

function managerFix(manager: PackageManager): string {
  switch (manager) {
    case 'bun':
      return 'Install bun first (https://bun.sh/docs/installation; in a workflow, oven-sh/setup-bun@v2). The action sets it up itself from package.json `packageManager` or `engines.bun`.';
    case 'npm':
      return 'Install Node.js with npm (actions/setup-node).';
    default:
      return `Enable ${manager} with corepack (\`corepack enable ${manager}\`; Node 24 ships corepack) and pin it in package.json, e.g. \`corepack use ${manager}@latest\`. The action runs corepack itself; where the registry is a mirror, set COREPACK_NPM_REGISTRY.`;
  }
}
