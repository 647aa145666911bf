import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import {
  APP_MODEL_VERSION,
  sourceRef,
  type AppModel,
  type SourceRef,
  type VolumeMount,
} from '../model/index.js';
import { buildEnvironment } from './build-env.js';
import { readCompose, type ComposeRead } from './compose.js';
import { readDockerfile, type DockerfileRead } from './dockerfile.js';
import { resolveEntry, workspaceDirs, type EntryRead } from './entry.js';
import { readCrons } from './crons.js';
import { envVars } from './env.js';
import {
  frontendBuildDir,
  join,
  packageManagerOf,
  readPackage,
  type PackageRead,
} from './package.js';
import { goEntry, nodeHttpServer, pythonFacts, runtimeOf, wranglerConfigOf } from './project.js';
import { RepoReader } from './repo-reader.js';
import { isDevCommand } from './start.js';
import { imageRuntime, STATIC_ROOTS } from './images.js';
import { holdsDependencies } from './volumes.js';
import { Findings } from './rules.js';
import { splitRef } from './text.js';

/** Real Dockerfiles are a few KB; the parser takes seconds per MB of one long line. */
const MAX_DOCKERFILE_BYTES = 256 * 1024;

export interface DetectOptions {
  dockerfile?: string;
  /** One compose file, or several separated by commas (merged in that order). */
  compose?: string;
  service?: string;
  dockerTarget?: string;
  /** Files larger than this are skipped with D011 (default 1 MB). */
  maxFileBytes?: number;
  /** Receives the repository paths whose contents were read (the benchmark uses it). */
  onFilesRead?: (paths: string[]) => void;
}

/** Reads the repository as it is: Dockerfile, compose, package.json, wrangler config. Never writes. */
export async function detect(dir: string, options: DetectOptions, ctx: Context): Promise<AppModel> {
  const root = resolve(dir);
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) {
    throw new UserError(`${dir} is not a directory.`, {
      fix: 'Pass the directory of the repository to read.',
    });
  }
  const findings = new Findings();
  const reader = new RepoReader(root, findings, options.maxFileBytes);
  const packageCache = new Map<string, Promise<PackageRead | null>>();
  const packages = (packageDir: string) => {
    if (!packageCache.has(packageDir))
      packageCache.set(packageDir, readPackage(reader, packageDir, findings));
    return packageCache.get(packageDir)!;
  };

  const compose = await readCompose(reader, { ...options, ci: ctx.ci }, findings);
  const context = compose?.build?.context ?? '.';
  const imageDocker = await dockerfileOf(reader, options, compose, context, findings);
  const rootPackage = await packages(context);
  const { docker, entry } = await productionStart(
    { reader, findings, context, packages, rootPackage },
    imageDocker,
    compose,
    options.dockerTarget === undefined,
  );
  const pkg = entry.packageDir !== null ? await packages(entry.packageDir) : rootPackage;
  const sources: Record<string, SourceRef> = {};
  const fact = <T>(name: string, found: { value: T; source: SourceRef } | null, fallback: T): T => {
    if (!found) return fallback;
    sources[name] = found.source;
    return found.value;
  };

  const runtime = fact('runtime', await runtimeOf(docker, reader, context), 'unknown' as const);
  const python = runtime === 'python' ? await pythonFacts(reader, context) : null;
  const entryPath = entry.entry?.path ?? (runtime === 'go' ? await goEntry(reader, context) : null);
  const framework = fact(
    'framework',
    (entry.framework && { value: entry.framework.name, source: entry.framework.source }) ??
      (pkg?.framework && { value: pkg.framework.name, source: pkg.framework.source }) ??
      python?.framework ??
      (entryPath && runtime === 'node' ? await nodeHttpServer(reader, entryPath) : null),
    'unknown' as const,
  );
  if (entryPath) sources.entry = entry.entry?.source ?? entryPath;
  if (entry.runFile) sources.runFile = entry.chain.at(-1)!.source;
  const startCommand = entry.chain.at(-1)?.command ?? null;
  if (startCommand) sources.startCommand = entry.chain.at(-1)!.source;

  const ports = portsOf(docker, compose);
  const staticSite = (docker ? staticSiteOf(docker) : null) ?? frontendSite(pkg);
  if (staticSite) sources.staticSite = staticSite.source;
  const healthcheck =
    compose?.healthcheck ??
    (docker?.healthcheck
      ? {
          path: docker.healthcheck.path,
          source: sourceRef(docker.facts.path, docker.healthcheck.line),
        }
      : null);
  if (healthcheck) sources.healthcheck = healthcheck.source;

  const manager = pkg ? await packageManagerOf(reader, pkg.facts.dir) : null;
  const packageManager = fact(
    'packageManager',
    manager && { value: manager.name, source: manager.source },
    null,
  );
  const nativeAddons = pkg?.nativeAddons ?? [];
  if (nativeAddons.length > 0) {
    findings.add(
      'D031',
      { packages: nativeAddons.map((a) => a.name).join(', ') },
      splitRef(nativeAddons[0]!.source),
    );
  }
  const dbClients = [...(pkg?.dbClients ?? []), ...(python?.dbClients ?? [])];
  const wranglerConfig = await wranglerConfigOf(reader, [pkg?.facts.dir ?? context, context, '.']);
  if (wranglerConfig) {
    sources.wranglerConfig = wranglerConfig;
    findings.add('D040', { file: wranglerConfig }, { file: wranglerConfig });
  }
  if (docker) {
    sources.dockerfile = docker.facts.path;
    if (docker.workdirLine) sources.workdir = sourceRef(docker.facts.path, docker.workdirLine);
  }
  if (compose?.serviceSource) sources.composeService = compose.serviceSource;
  if (compose?.overridesSource) sources.composeOverrides = compose.overridesSource;
  // List facts: the first item's source under the fact's name, each item's under `fact.item`.
  for (const [name, items] of [
    ['ports', ports.map((p) => ({ name: String(p.port), source: p.source }))],
    ['nativeAddons', nativeAddons],
    ['dbClients', dbClients],
  ] as const) {
    if (items[0]) sources[name] = items[0].source;
    for (const item of items) sources[`${name}.${item.name}`] ??= item.source;
  }
  const crons = await readCrons(reader, docker, entryPath, pkg?.facts.dependencies ?? {});
  const volumes = volumesOf(docker, compose);
  const env = envVars(envEntries(docker, compose));
  const buildEnv = buildEnvironment(
    docker?.facts.path ?? null,
    docker?.buildEnv ?? [],
    compose?.buildArgs ?? [],
  );
  // Lists whose items carry their own source: the fact points at the first one.
  const firsts: [string, SourceRef | undefined][] = [
    ['crons', crons[0]?.source],
    ['services', compose?.services[0]?.source],
    ['builtServices', compose?.builtServices[0]?.source],
    ['volumes', volumes[0]?.source_ref],
    ['env', env[0]?.source],
  ];
  for (const [name, source] of firsts) if (source) sources[name] = source;
  const packageJson = pkg
    ? {
        ...pkg.facts,
        workspaces:
          pkg.facts.workspaces.length > 0
            ? pkg.facts.workspaces
            : await monorepoGlobs(reader, rootPackage, pkg),
      }
    : null;
  if (packageJson) sources.packageJson = pkg!.file.path;
  options.onFilesRead?.([...reader.filesRead]);
  ctx.log.debug(`detect read ${reader.filesRead.length} files: ${reader.filesRead.join(', ')}`);

  return {
    version: APP_MODEL_VERSION,
    root,
    runtime,
    framework,
    entry: entryPath,
    runFile: entry.runFile,
    startCommand,
    startChain: entry.chain,
    ports: ports.map((p) => p.port),
    healthcheck: healthcheck?.path ?? null,
    staticSite,
    services: compose?.services ?? [],
    builtServices: compose?.builtServices ?? [],
    ...(compose?.replicas ? { replicas: compose.replicas } : {}),
    volumes,
    env,
    ...(buildEnv.length > 0 ? { buildEnv } : {}),
    packageManager,
    nativeAddons: nativeAddons.map((a) => a.name),
    dbClients: [...new Set(dbClients.map((c) => c.name))],
    wranglerConfig,
    dockerfile: docker?.facts ?? null,
    composeFiles: compose?.files ?? [],
    composeService: compose?.service ?? null,
    dependsOn: compose?.dependsOn ?? [],
    composeOverrides: compose?.overrides ?? null,
    packageJson,
    crons,
    diagnostics: findings.list,
    sources,
  };
}

async function dockerfileOf(
  reader: RepoReader,
  options: DetectOptions,
  compose: ComposeRead | null,
  context: string,
  findings: Findings,
): Promise<DockerfileRead | null> {
  const path =
    options.dockerfile !== undefined
      ? RepoReader.normalise(options.dockerfile)
      : (compose?.build?.dockerfile ?? join(context, 'Dockerfile'));
  if (path === null) {
    findings.add('D013', { file: options.dockerfile! }, { file: options.dockerfile! });
    return null;
  }
  const text = await reader.readText(path, MAX_DOCKERFILE_BYTES);
  if (text === null) {
    if (!findings.list.some((d) => d.file === path))
      findings.add('D001', { file: path }, { file: path });
    return null;
  }
  return readDockerfile(
    text,
    path,
    context,
    options.dockerTarget ?? compose?.build?.target ?? undefined,
    findings,
  );
}

/**
 * The start command and where it leads. A development command (`nodemon`, `tsx watch`, `next dev`)
 * chosen by compose (`command:` or `build.target`) gives way to the image's production start when
 * that one leads to a server file: the Worker runs the production build (note D062).
 */
async function productionStart(
  resolver: Omit<Parameters<typeof resolveEntry>[0], 'docker'>,
  docker: DockerfileRead | null,
  compose: ComposeRead | null,
  mayChangeStage: boolean,
): Promise<{ docker: DockerfileRead | null; entry: EntryRead }> {
  const resolveWith = async (
    dockerRead: DockerfileRead | null,
    composeRead: ComposeRead | null,
  ) => {
    const findings = new Findings();
    const start = startOf(dockerRead, composeRead, resolver.rootPackage);
    const entry = await resolveEntry({ ...resolver, findings, docker: dockerRead }, start);
    return { docker: dockerRead, entry, findings };
  };
  const chosen = await resolveWith(docker, compose);
  const dev = chosen.entry.chain.find((step) => isDevCommand(step.command));
  const lastStage = docker ? docker.facts.stages.length - 1 : -1;
  const otherStage =
    docker && mayChangeStage && docker.facts.finalStage !== lastStage
      ? await rereadDockerfile(resolver.reader, docker, resolver.context)
      : null;
  if (dev && (compose?.command || otherStage)) {
    const production = await resolveWith(
      otherStage ?? docker,
      compose && { ...compose, command: null },
    );
    const last = production.entry.chain.at(-1);
    if (
      production.entry.entry &&
      last &&
      !production.entry.chain.some((s) => isDevCommand(s.command))
    ) {
      resolver.findings.list.push(...production.findings.list);
      resolver.findings.add(
        'D062',
        { dev: dev.command, production: last.command, at: last.source },
        splitRef(dev.source),
      );
      return production;
    }
  }
  resolver.findings.list.push(...chosen.findings.list);
  return chosen;
}

/** The same Dockerfile read for its last stage (the image `docker build` makes without a target). */
async function rereadDockerfile(
  reader: RepoReader,
  docker: DockerfileRead,
  context: string,
): Promise<DockerfileRead | null> {
  const text = await reader.readText(docker.facts.path);
  return text === null
    ? null
    : readDockerfile(text, docker.facts.path, context, undefined, new Findings());
}

/** Docker's rule: exec-form ENTRYPOINT gets CMD appended; a shell-form ENTRYPOINT ignores CMD. Compose overrides either. */
function startOf(
  docker: DockerfileRead | null,
  compose: ComposeRead | null,
  pkg: PackageRead | null,
): { argv: string[]; source: SourceRef } | null {
  if (compose?.command) {
    const entrypoint = compose.command.entrypoint ? [] : (docker?.facts.entrypoint ?? []);
    return { argv: [...entrypoint, ...compose.command.argv], source: compose.command.source };
  }
  if (docker) {
    const { entrypoint, cmd, path, baseImage } = docker.facts;
    const shellEntrypoint = entrypoint?.[0] === '/bin/sh' && entrypoint[1] === '-c';
    const argv = shellEntrypoint
      ? entrypoint!
      : [...(entrypoint ?? imageEntrypoint(baseImage, cmd)), ...(cmd ?? [])];
    if (argv.length === 0 || docker.startLine === null) return null;
    return { argv, source: sourceRef(path, docker.startLine) };
  }
  // No Dockerfile: what `npm start` (or `main`) would run.
  const { start } = pkg?.facts.scripts ?? {};
  const main = pkg?.file.value.main;
  if (start) return { argv: ['npm', 'start'], source: pkg!.file.at('scripts', 'start') };
  if (typeof main === 'string') return { argv: ['node', main], source: pkg!.file.at('main') };
  return null;
}

/**
 * The base image's own ENTRYPOINT where it decides what CMD means: `CMD ["server.js"]` on a node image
 * runs `node server.js` (the official image's docker-entrypoint.sh prepends `node` when the first
 * argument is no command, https://github.com/nodejs/docker-node/blob/main/docker-entrypoint.sh;
 * Chainguard's node image has ENTRYPOINT node).
 */
function imageEntrypoint(baseImage: string, cmd: string[] | null): string[] {
  const first = cmd?.[0] ?? '';
  return imageRuntime(baseImage) === 'node' && /\.[cm]?js$/.test(first) ? ['node'] : [];
}

/** A frontend package's build output (its image runs the toolchain's dev server, not a web server). */
function frontendSite(pkg: PackageRead | null): AppModel['staticSite'] {
  const out = pkg ? frontendBuildDir(pkg.facts) : null;
  if (!pkg || !out) return null;
  return {
    directory: join(pkg.facts.dir, out),
    built: true,
    source: pkg.file.at('scripts', 'build'),
  };
}

/** The repository directory a web server image serves (`COPY --from=build /app/dist /usr/share/nginx/html`). */
function staticSiteOf(docker: DockerfileRead): AppModel['staticSite'] {
  const copy = docker.facts.copies.findLast((c) => STATIC_ROOTS.test(c.destination));
  if (!copy) return null;
  const origin = docker.origin(copy.destination.replace(/\/+$/, '') || '/');
  if (origin.kind === 'unknown') return null;
  return {
    directory: origin.path,
    built: origin.kind === 'built' || origin.generated,
    source: sourceRef(docker.facts.path, copy.line),
  };
}

function portsOf(
  docker: DockerfileRead | null,
  compose: ComposeRead | null,
): { port: number; source: SourceRef }[] {
  const ports: { port: number; source: SourceRef }[] = [];
  const add = (port: number, source: SourceRef) => {
    if (!ports.some((p) => p.port === port)) ports.push({ port, source });
  };
  for (const { port, line } of docker?.ports ?? []) add(port, sourceRef(docker!.facts.path, line));
  for (const { port, source } of compose?.ports ?? []) add(port, source);
  if (ports.length === 0 && docker) {
    // No EXPOSE: a numeric ENV PORT is what the server listens on.
    const env = docker.env.find((e) => e.name === 'PORT' && /^\d+$/.test(e.value));
    if (env) add(Number(env.value), sourceRef(docker.facts.path, env.line));
  }
  return ports;
}

function volumesOf(docker: DockerfileRead | null, compose: ComposeRead | null): VolumeMount[] {
  const composed = compose?.volumes ?? [];
  const declared = (docker?.volumes ?? [])
    .filter((v) => !composed.some((c) => c.target === v.target))
    .map((v): VolumeMount => ({
      source: null,
      target: v.target,
      type: 'anonymous',
      source_ref: sourceRef(docker!.facts.path, v.line),
      ...(holdsDependencies(v.target) ? { devOnly: 'dependencies' as const } : {}),
    }));
  return [...declared, ...composed];
}

function envEntries(docker: DockerfileRead | null, compose: ComposeRead | null) {
  const fromDocker = (docker?.env ?? []).map((e) => ({
    name: e.name,
    value: e.value,
    source: sourceRef(docker!.facts.path, e.line),
  }));
  return [...fromDocker, ...(compose?.env ?? [])];
}

async function monorepoGlobs(
  reader: RepoReader,
  root: PackageRead | null,
  pkg: PackageRead,
): Promise<string[]> {
  if (!root || root === pkg || root.facts.workspaces.length === 0) return [];
  return (await workspaceDirs(reader, root)).includes(pkg.facts.dir) ? root.facts.workspaces : [];
}
