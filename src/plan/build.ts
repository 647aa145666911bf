import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { buildScriptName } from '../detect/package.js';
import { tsconfigOptions } from '../detect/tsconfig.js';
import type { AppModel, PackageManager, WorkerBuild } from '../model/index.js';
import { prismaGenerate } from './build-prisma.js';
import { buildIn, workspaceDependencies } from './workspace-build.js';

/** The Next.js adapter for Workers Cloudflare documents (https://opennext.js.org/cloudflare). */
export const OPEN_NEXT_ADAPTER = '@opennextjs/cloudflare';
/** The adapter release check builds with when the app has none (and MIGRATION.md tells the user to add). */
export const OPEN_NEXT_VERSION = '1.20.17';
/** The Next.js releases that adapter release accepts (its package.json `peerDependencies.next`). */
export const OPEN_NEXT_PEER_NEXT = '>=15.5.29 <16 || >=16.4.5';
const OPEN_NEXT_BUILD = 'npx opennextjs-cloudflare build';
/** The adapter's required config, as its `migrate` command writes it without a cache. */
export const OPEN_NEXT_CONFIG =
  "import { defineCloudflareConfig } from '@opennextjs/cloudflare';\n\nexport default defineCloudflareConfig();\n";

/** Whether a Worker's build is OpenNext's (the command `openNextBuild` plans). */
export function isOpenNextBuild(build: { command: string | null } | null | undefined): boolean {
  return build?.command === OPEN_NEXT_BUILD;
}

/** Next.js on Workers: OpenNext's build writes the Worker and its assets (https://opennext.js.org/cloudflare). */
export function openNextBuild(appDir: string): WorkerBuild & { command: string } {
  return {
    command: OPEN_NEXT_BUILD,
    cwd: appDir,
    entry: posix.join(appDir, '.open-next/worker.js'),
    why: 'Next.js runs on Workers through OpenNext: `opennextjs-cloudflare build` runs `next build` and writes .open-next/worker.js and its assets',
    source: null,
  };
}

/** A package-manager script call: `npm run build`, `pnpm build`, `yarn run build:prod`, `bun run build`. */
const SCRIPT_CALL = /^(npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)(.*)$/;
/** A compiler called directly: `tsc`, `npx tsc -p …`, `nest build`, `npx nest build`, `tsup`. */
const TOOL_CALL =
  /^(?:(?:npx|pnpm exec|pnpm dlx|yarn|bunx)\s+(?:--no-install\s+)?)?((?:tsc|nest build|tsup|esbuild|swc)\b.*)$/;
/** Package-manager subcommands that are not scripts. */
const NOT_SCRIPTS = new Set([
  'install',
  'i',
  'ci',
  'add',
  'prune',
  'cache',
  'config',
  'exec',
  'dlx',
]);

type Scripts = Record<string, string>;

/** How the package manager runs a package.json script / a locally installed binary (no download). */
function runScript(manager: PackageManager, script: string, rest = ''): string {
  return `${manager} run ${script}${rest}`;
}
function runLocalBinary(manager: PackageManager, command: string): string {
  const prefix = { npm: 'npx --no-install', pnpm: 'pnpm exec', yarn: 'yarn', bun: 'bunx' }[manager];
  return `${prefix} ${command}`;
}

/** The build command a RUN line stands for, in the project's package manager; null if it builds nothing. */
export function buildCommandOf(
  run: string,
  scripts: Scripts,
  manager: PackageManager,
): string | null {
  for (const part of run.split(/&&|;|\|\|/).map((p) => p.trim().replace(/\s+/g, ' '))) {
    const script = SCRIPT_CALL.exec(part);
    if (script && !NOT_SCRIPTS.has(script[2]!) && script[2]! in scripts) {
      return runScript(manager, script[2]!, script[3]!.trimEnd());
    }
    const tool = TOOL_CALL.exec(part);
    if (tool) {
      const command = tool[1]!.trim();
      // The package's own script for the same command keeps its pre/post hooks.
      const same = Object.entries(scripts).find(([, text]) => text.trim() === command);
      return same ? runScript(manager, same[0]) : runLocalBinary(manager, command);
    }
  }
  return null;
}

/**
 * Why a Worker build needs the project's own compiler, or null when esbuild compiles the source the
 * same way. Decorator metadata (`design:paramtypes`, which Nest's dependency injection, TypeORM and
 * class-validator read at run time) is the case: esbuild does not emit it,
 * https://esbuild.github.io/content-types/#no-type-system (and evanw/esbuild#257).
 */
export async function ownCompilerReason(app: AppModel, dir: string): Promise<string | null> {
  // The whole `extends` chain, package bases (`@tsconfig/…`, a shared base) in node_modules included.
  const read = (path: string) => readFile(join(app.root, path), 'utf8').catch(() => null);
  const metadata =
    app.framework === 'nestjs' ||
    (await tsconfigOptions(read, dir, 'tsconfig.json', true))?.emitDecoratorMetadata === true;
  return metadata
    ? `decorator metadata (emitDecoratorMetadata${app.framework === 'nestjs' ? ', NestJS' : ''}) needs the project's own compiler; esbuild does not emit it`
    : null;
}

/**
 * What a Worker build of a service planned as a `container` would need, as far as plan knows: the
 * way to a Worker that MIGRATION.md and the findings give beside the image.
 */
export async function workerBuildNeeds(
  app: AppModel,
): Promise<{ why: string; source: string } | null> {
  const dir = app.packageJson?.dir;
  const reason = dir === undefined ? null : await ownCompilerReason(app, dir);
  if (reason === null) return null;
  return {
    why: `a Worker build would run the project's compiler (${app.framework === 'nestjs' ? 'nest build' : 'tsc'}) and import its output: ${reason}`,
    source:
      app.framework === 'nestjs'
        ? (app.sources.framework ?? 'package.json')
        : posix.join(dir!, 'tsconfig.json'),
  };
}

/** A service whose module no Worker can import, and why (the image itself then runs). */
export interface NoWorkerModule {
  none: string;
}

const TYPESCRIPT_SOURCE = /\.[cm]?tsx?$/;
/**
 * ts-node (`ts-node src/app.ts`, `node -r ts-node/register`, ts-node-dev, nodemon's default for .ts)
 * compiles with TypeScript itself, decorator metadata included; tsx and bun do not use tsc.
 */
const TS_NODE = /\bts-node\b/;

/** The command that builds the service: the Dockerfile's build step, else the package's build script. */
function buildCommand(
  app: AppModel,
  manager: PackageManager,
  member: boolean,
): { command: string; source: string } | null {
  const pkg = app.packageJson!;
  const docker = app.dockerfile;
  for (const step of [...(docker?.buildSteps ?? [])].reverse()) {
    const command = buildCommandOf(step.command, pkg.scripts, manager);
    // A workspace's build runs in its own directory: no --workspace/--filter flags.
    if (command && member && pkg.scripts.build)
      return { command: runScript(manager, 'build'), source: `${docker!.path}:${step.line}` };
    if (command) return { command, source: `${docker!.path}:${step.line}` };
  }
  const script = buildScriptName(pkg.scripts);
  if (script) {
    return {
      command: runScript(manager, script),
      source: app.sources.packageJson ?? posix.join(pkg.dir, 'package.json'),
    };
  }
  return null;
}

/** The text of the package scripts a build command runs (`npm run build` → prebuild and build). */
function scriptsRun(command: string | null, scripts: Scripts): string | null {
  const name = command === null ? null : /\brun (\S+)/.exec(command)?.[1];
  return name ? [scripts[`pre${name}`], scripts[name]].filter(Boolean).join(' && ') : null;
}

/**
 * The Worker's build: the project's own (planProjectBuild), after `prisma generate` when the app uses
 * @prisma/client and the build does not generate the client itself.
 */
export async function planBuild(
  app: AppModel,
  exists: (file: string) => Promise<boolean>,
): Promise<WorkerBuild | NoWorkerModule | null> {
  const build = await planProjectBuild(app, exists);
  const pkg = app.packageJson;
  if (!pkg || !app.runFile || (build && 'none' in build)) return build;
  const manager = app.packageManager ?? 'npm';
  const prisma = await prismaGenerate(
    app,
    manager,
    scriptsRun(build?.command ?? null, pkg.scripts),
  );
  if (!prisma) return build;
  if (!build) {
    return {
      command: prisma.command,
      cwd: pkg.dir,
      entry: app.entry ?? app.runFile,
      why: `runs \`prisma generate\` before bundling: ${prisma.why}`,
      source: null,
    };
  }
  return {
    ...build,
    command: build.command ? `${prisma.command} && ${build.command}` : prisma.command,
    why: `${build.why}; first \`prisma generate\`: ${prisma.why}`,
  };
}

/**
 * Whether the Worker imports the source (esbuild compiles TypeScript the same way for plain code) or
 * the output of the project's own build, and the build command when it is the latter.
 */
async function planProjectBuild(
  app: AppModel,
  exists: (file: string) => Promise<boolean>,
): Promise<WorkerBuild | NoWorkerModule | null> {
  const pkg = app.packageJson;
  if (!pkg || !app.runFile) return null;
  const runFileCommitted = await exists(app.runFile);
  const manager = app.packageManager ?? 'npm';
  const metadata = await ownCompilerReason(app, pkg.dir);
  // The image compiles the TypeScript it runs with tsc, metadata included; esbuild would compile the
  // same file without it, and what the project's compiler writes for it the image neither builds nor names.
  if (
    metadata &&
    app.entry === app.runFile &&
    TYPESCRIPT_SOURCE.test(app.runFile) &&
    TS_NODE.test(app.startCommand ?? '')
  )
    return {
      none: `the image compiles ${app.runFile} as it runs it, \`${app.startCommand ?? app.runFile}\`, and builds nothing else`,
    };
  // In a monorepo only the service's workspace is built, after the workspaces it depends on.
  const dependencies = await workspaceDependencies(app);
  const first = dependencies.map((dir) => buildIn(manager, pkg.dir, dir));
  const after = first.length > 0 ? ` after building ${dependencies.join(', ')}` : '';
  if (app.entry && app.entry !== app.runFile && !metadata) {
    return {
      command: first.length > 0 ? first.join(' && ') : null,
      cwd: pkg.dir,
      entry: app.entry,
      why: `esbuild compiles ${app.entry} while bundling${after} (no emitDecoratorMetadata, so the output matches the build's ${app.runFile})`,
      source: null,
    };
  }
  if (runFileCommitted && !metadata && first.length === 0) return null;
  const build =
    runFileCommitted && !metadata
      ? null
      : buildCommand(app, manager, pkg.dir !== '.' && pkg.workspaces.length > 0);
  if (!build && first.length === 0) return null;
  const reason = metadata ?? `${app.runFile} is built by the image and no source module maps to it`;
  const command = [...first, ...(build ? [build.command] : [])].join(' && ');
  return {
    command,
    cwd: pkg.dir,
    entry: app.runFile,
    why: `runs \`${command}\` before bundling and imports ${app.runFile}: ${build ? reason : `it imports the build output of ${dependencies.join(', ')}`}`,
    source: build?.source ?? null,
  };
}
