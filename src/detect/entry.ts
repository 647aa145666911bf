import { posix } from 'node:path';
import type { Framework, SourceRef } from '../model/index.js';
import { sourceRef } from '../model/index.js';
import { BUILD_STEP, type PathOrigin } from './docker-stages.js';
import { ecosystemApp } from './ecosystem.js';
import type { DockerfileRead } from './dockerfile.js';
import { join, JsonFile, sourceRoot, type PackageRead } from './package.js';
import { NPS_CONFIG_FILES, npsScript } from './nps.js';
import type { RepoReader } from './repo-reader.js';
import type { Findings } from './rules.js';
import {
  isPassthrough,
  mayStartServer,
  shellCommands,
  startupNote,
  type StartupNote,
} from './shell-script.js';
import { startTarget, type StartStep, type StartTarget } from './start.js';
import { joinShellWords, splitRef, splitShellWords } from './text.js';

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.jsx'];
const RUN_EXTENSIONS = ['', '.js', '.mjs', '.cjs', '.ts', '/index.js'];
const FRAMEWORK_COMMANDS: Record<string, Framework> = {
  next: 'next',
  nest: 'nestjs',
  nuxt: 'nuxt',
  astro: 'astro',
  remix: 'remix',
};

export interface EntryRead {
  /** Each command on the way from the container's CMD to the server (CMD → npm script → …). */
  chain: StartStep[];
  entry: { path: string; source: SourceRef } | null;
  runFile: string | null;
  /** Directory of the package.json whose scripts/dependencies the app runs with. */
  packageDir: string | null;
  framework: { name: Framework; source: SourceRef } | null;
}

interface Resolver {
  reader: RepoReader;
  findings: Findings;
  docker: DockerfileRead | null;
  context: string;
  packages: (dir: string) => Promise<PackageRead | null>;
  rootPackage: PackageRead | null;
}

/** Follows the start command to the file the server runs and the source file it is built from. */
export async function resolveEntry(
  resolver: Resolver,
  start: { argv: string[]; source: SourceRef } | null,
): Promise<EntryRead> {
  const read: EntryRead = {
    chain: [],
    entry: null,
    runFile: null,
    packageDir: null,
    framework: null,
  };
  if (!start) return read;
  const { docker, reader, findings } = resolver;
  read.chain.push({ command: commandText(start.argv), source: start.source });
  noteStartup(findings, start.argv, start.source);
  let target = startTarget(start.argv);
  // Paths are inside the container until a package script moves us into a repository directory.
  const place: Place = {
    repoDir: docker ? null : resolver.context,
    cwd: docker?.facts.workdir ?? '/',
  };
  for (let hop = 0; hop < 8; hop++) {
    const next =
      target.kind === 'script'
        ? await followScript(resolver, read, target, place)
        : target.kind === 'shell'
          ? await followShell(resolver, read, target, place)
          : target.kind === 'pm2'
            ? await followEcosystem(resolver, read, target, place)
            : target.kind === 'nps'
              ? await followNps(resolver, read, target, place)
              : target.kind === 'package-main'
                ? await followMain(resolver, read, place)
                : null;
    if (!next) break;
    target = next;
  }
  const last = read.chain.at(-1)!;
  if (target.kind === 'framework') {
    const name = FRAMEWORK_COMMANDS[target.name];
    if (name) read.framework = { name, source: last.source };
    if (target.name === 'nest' && read.packageDir !== null)
      await nestEntry(resolver, read, last.source);
    return read;
  }
  if (target.kind !== 'file' && target.kind !== 'python' && target.kind !== 'binary') {
    findings.add('D008', { command: last.command }, splitRef(last.source));
    return read;
  }
  const where = await locateFile(resolver, place, target.path);
  if (where.kind === 'unknown') {
    if (target.kind !== 'binary')
      findings.add('D008', { command: last.command }, splitRef(last.source));
    return read;
  }
  read.packageDir ??= await nearestPackageDir(reader, posix.dirname(where.path), resolver.context);
  const pkg = read.packageDir === null ? null : await resolver.packages(read.packageDir);
  const existing = where.kind === 'repo' ? await firstExisting(reader, where.path) : null;
  const runFile =
    existing ??
    (target.kind === 'file' && !posix.extname(where.path) ? `${where.path}.js` : where.path);
  read.runFile = runFile;
  const outDir = pkg?.facts.build?.outDir ? join(pkg.facts.dir, pkg.facts.build.outDir) : null;
  if (outDir && (runFile === outDir || runFile.startsWith(`${outDir}/`))) {
    const source = await builtSource(resolver, pkg!, runFile, outDir);
    read.entry = source ? { path: source, source: last.source } : null;
    return read;
  }
  if (existing) read.entry = { path: existing, source: last.source };
  else if (where.kind === 'repo' && !where.generated) {
    findings.add('D007', { file: where.path }, splitRef(last.source));
  }
  return read;
}

/** Where relative paths of the current command resolve: a repository directory, or the container. */
interface Place {
  /** Set once a package script or a repository file moved us into the repository. */
  repoDir: string | null;
  /** The container's working directory (WORKDIR). */
  cwd: string;
}

/** A path the start command names, traced to the repository (or `unknown`). */
async function locateFile(resolver: Resolver, place: Place, path: string): Promise<PathOrigin> {
  if (place.repoDir === null)
    return originInContainer(resolver, posix.resolve(place.cwd, path), place.cwd);
  const generated = Boolean(
    resolver.docker?.facts.runCommands.some((run) => BUILD_STEP.test(run.command)),
  );
  return { kind: 'repo', path: join(place.repoDir, path), generated };
}

/** `npm start` → the package's `scripts.start` (npm runs `node server.js` when there is none). */
async function followScript(
  resolver: Resolver,
  read: EntryRead,
  target: Extract<StartTarget, { kind: 'script' }>,
  place: Place,
): Promise<StartTarget | null> {
  const dir = await scriptPackageDir(resolver, target, place.repoDir, place.cwd);
  const pkg = dir === null ? null : await resolver.packages(dir);
  if (!pkg) return null;
  read.packageDir = dir;
  place.repoDir = dir;
  const defined = pkg.facts.scripts[target.script];
  const text = defined ?? (target.script === 'start' ? 'node server.js' : null);
  if (text === null) return null;
  const source = defined ? pkg.file.at('scripts', target.script) : pkg.file.path;
  const args = target.args ?? [];
  read.chain.push({ command: args.length ? `${text} ${joinShellWords(args)}` : text, source });
  const words = [...splitShellWords(text), ...args];
  noteStartup(resolver.findings, words, source);
  return startTarget(words);
}

/**
 * `nps serve` → the `serve` script of package-scripts.js (or .yml/.json), read without running it.
 * A script the file computes (its own function, a variable) ends the chain there: D008 names its line.
 */
async function followNps(
  resolver: Resolver,
  read: EntryRead,
  target: Extract<StartTarget, { kind: 'nps' }>,
  place: Place,
): Promise<StartTarget | null> {
  const config = await npsConfig(resolver, target.config, place);
  if (!config) return null;
  // nps runs the names one after the other: the server is the last.
  const script = npsScript(config.path, config.text, target.scripts.at(-1)!);
  if (!script) return null;
  const source = sourceRef(config.path, script.line);
  if (script.kind === 'unreadable') {
    read.chain.push({ command: script.text, source });
    return { kind: 'unknown' };
  }
  read.chain.push({ command: script.command, source });
  const words = splitShellWords(script.command);
  noteStartup(resolver.findings, words, source);
  return startTarget(words);
}

/**
 * The nps config: `--config`, else package-scripts.* where the scripts run, then at the root of the
 * build context (nps looks upwards from its working directory).
 */
async function npsConfig(
  resolver: Resolver,
  given: string | null,
  place: Place,
): Promise<{ path: string; text: string } | null> {
  const names = given !== null ? [given] : NPS_CONFIG_FILES;
  const paths: string[] = [];
  for (const name of names) {
    const where = await locateFile(resolver, place, name);
    if (where.kind === 'repo') paths.push(where.path);
  }
  if (given === null && place.repoDir !== null)
    paths.push(...NPS_CONFIG_FILES.map((name) => join(resolver.context, name)));
  for (const path of new Set(paths)) {
    const text = await resolver.reader.readText(path);
    if (text === null) continue;
    place.repoDir ??= posix.dirname(path) || '.';
    return { path, text };
  }
  return null;
}

/** nodemon's default runners by extension (https://github.com/remy/nodemon#running-non-node-scripts). */
const NODEMON_EXEC: Record<string, string> = { '.ts': 'ts-node', '.js': 'node' };

/**
 * `nodemon` with no script → package.json `main`, else `index.js` when it exists (nodemon's
 * findAppScript, lib/config/load.js), run as nodemon.json's `execMap` says.
 */
async function followMain(
  resolver: Resolver,
  read: EntryRead,
  place: Place,
): Promise<StartTarget | null> {
  const dir = read.packageDir ?? place.repoDir ?? resolver.context;
  const pkg = await resolver.packages(dir);
  const declared = pkg?.file.value.main;
  const main =
    typeof declared === 'string'
      ? declared
      : (await resolver.reader.exists(join(dir, 'index.js')))
        ? 'index.js'
        : null;
  if (!pkg || main === null) return null;
  read.packageDir = dir;
  place.repoDir = dir;
  const extension = posix.extname(main);
  const config = await JsonFile.read(resolver.reader, join(dir, 'nodemon.json'), resolver.findings);
  const exec = config?.record('execMap')[extension.slice(1)];
  const source = exec
    ? config!.at('execMap', extension.slice(1))
    : typeof declared === 'string'
      ? pkg.file.at('main')
      : pkg.file.path;
  const command = `${exec ?? NODEMON_EXEC[extension] ?? 'node'} ${main}`;
  read.chain.push({ command, source });
  return startTarget(splitShellWords(command));
}

/**
 * A shell script: the command that starts the server (the last one in the foreground), or
 * `exec "$@"` handing over to the arguments (CMD). Migrations and waits on the way are noted.
 */
async function followShell(
  resolver: Resolver,
  read: EntryRead,
  target: Extract<StartTarget, { kind: 'shell' }>,
  place: Place,
): Promise<StartTarget | null> {
  const where = await locateFile(resolver, place, target.path);
  const text = where.kind === 'repo' ? await resolver.reader.readText(where.path) : null;
  // An image's own entrypoint (node's docker-entrypoint.sh) hands over to CMD.
  if (text === null || where.kind !== 'repo')
    return target.args.length > 0 ? startTarget(target.args) : null;
  const commands = shellCommands(text);
  for (const command of commands) {
    const note = startupNote(command);
    if (note) addNote(resolver.findings, note, where.path);
  }
  const server = commands.filter((c) => isPassthrough(c.words) || mayStartServer(c)).at(-1);
  if (!server) return null;
  const source = sourceRef(where.path, server.line);
  if (isPassthrough(server.words)) {
    if (target.args.length === 0) return null;
    read.chain.push({ command: joinShellWords(target.args), source });
    return startTarget(target.args);
  }
  read.chain.push({ command: server.text, source });
  return startTarget(server.words);
}

/** `pm2-runtime ecosystem.config.js` → the first app's `script` (and `args`, `interpreter`). */
async function followEcosystem(
  resolver: Resolver,
  read: EntryRead,
  target: Extract<StartTarget, { kind: 'pm2' }>,
  place: Place,
): Promise<StartTarget | null> {
  const where = await locateFile(resolver, place, target.path);
  const text = where.kind === 'repo' ? await resolver.reader.readText(where.path) : null;
  const app = text === null ? null : ecosystemApp(text);
  if (!app || where.kind !== 'repo') return null;
  // pm2 resolves `script` against the ecosystem file's directory.
  place.repoDir = posix.dirname(where.path) || '.';
  read.chain.push({ command: app.command, source: sourceRef(where.path, app.line) });
  return startTarget(splitShellWords(app.command));
}

/** Migrations and waits chained before the server (`prisma migrate deploy && node dist/main.js`). */
function noteStartup(findings: Findings, argv: string[], source: SourceRef): void {
  const [shell, flag, script] = argv;
  const text =
    shell && /(^|\/)(ba|da)?sh$/.test(shell) && flag === '-c' && script !== undefined
      ? script
      : joinShellWords(argv);
  const { file, line } = splitRef(source);
  // A step without a line (npm's default start) gives line 0: the note then names only the file.
  for (const command of shellCommands(text, line ?? 0)) {
    const note = startupNote(command);
    if (note) addNote(findings, note, file);
  }
}

function addNote(findings: Findings, note: StartupNote, file: string): void {
  findings.add(
    note.kind === 'migration' ? 'D060' : 'D061',
    { command: note.command },
    {
      file,
      ...(note.line > 0 ? { line: note.line } : {}),
    },
  );
}

function commandText(argv: string[]): string {
  const [shell, flag, script] = argv;
  return shell === '/bin/sh' && flag === '-c' && script !== undefined
    ? script
    : joinShellWords(argv);
}

/**
 * Where a container path comes from. When no COPY explains it (a broken Dockerfile, ONBUILD base
 * images) a file at the same place relative to WORKDIR in the build context is the best guess.
 */
async function originInContainer(
  resolver: Resolver,
  containerPath: string,
  cwd = '/',
): Promise<PathOrigin> {
  const origin = resolver.docker?.origin(containerPath) ?? { kind: 'unknown' };
  if (origin.kind !== 'unknown' || !containerPath.startsWith(cwd)) return origin;
  const guess = join(resolver.context, posix.relative(cwd, containerPath));
  return (await firstExisting(resolver.reader, guess))
    ? { kind: 'repo', path: guess, generated: false }
    : origin;
}

async function scriptPackageDir(
  resolver: Resolver,
  target: Extract<StartTarget, { kind: 'script' }>,
  repoDir: string | null,
  cwd: string,
): Promise<string | null> {
  if (target.workspace) return workspaceDir(resolver, target.workspace);
  if (repoDir !== null) return target.prefix ? join(repoDir, target.prefix) : repoDir;
  const where = await originInContainer(
    resolver,
    posix.join(posix.resolve(cwd, target.prefix ?? '.'), 'package.json'),
  );
  return where.kind === 'unknown' ? resolver.context : posix.dirname(where.path) || '.';
}

/** The workspace a `--workspace` / `--filter` / `yarn workspace` flag names, by package name or path. */
async function workspaceDir(resolver: Resolver, name: string): Promise<string | null> {
  const root = resolver.rootPackage;
  for (const dir of await workspaceDirs(resolver.reader, root)) {
    if (dir === join(resolver.context, name)) return dir;
    if ((await resolver.packages(dir))?.facts.name === name) return dir;
  }
  resolver.findings.add(
    'D032',
    { workspace: name },
    splitRef(root?.file.at('workspaces') ?? 'package.json'),
  );
  return null;
}

/** Directories matched by the root's workspace globs (`packages/*`, `apps/api`); never node_modules. */
export async function workspaceDirs(
  reader: RepoReader,
  root: PackageRead | null,
): Promise<string[]> {
  if (!root) return [];
  const dirs: string[] = [];
  for (const glob of root.facts.workspaces) {
    const pattern = join(root.facts.dir, glob.replace(/\/\*\*?$/, '/*'));
    if (!pattern.endsWith('/*')) {
      dirs.push(pattern);
      continue;
    }
    const parent = pattern.slice(0, -2);
    for (const child of await reader.subdirectories(parent)) dirs.push(join(parent, child));
  }
  return dirs;
}

async function nearestPackageDir(
  reader: RepoReader,
  dir: string,
  context: string,
): Promise<string | null> {
  for (let current = dir; ; current = posix.dirname(current)) {
    if (await reader.exists(join(current, 'package.json'))) return current;
    if (current === context || current === '.' || current === '/') return null;
  }
}

async function firstExisting(reader: RepoReader, path: string): Promise<string | null> {
  for (const extension of RUN_EXTENSIONS) {
    if (await reader.exists(path + extension)) return join(path + extension, '.');
  }
  return null;
}

/** `dist/server.js` → `src/server.ts`: the build mirrors the source root into outDir. */
async function builtSource(
  resolver: Resolver,
  pkg: PackageRead,
  runFile: string,
  outDir: string,
): Promise<string | null> {
  const script = pkg.facts.build?.script ?? '';
  const explicit = splitShellWords(script).find(
    (w) => SOURCE_EXTENSIONS.some((e) => w.endsWith(e)) && !w.startsWith('-'),
  );
  if (explicit && (await resolver.reader.exists(join(pkg.facts.dir, explicit))))
    return join(pkg.facts.dir, explicit);
  const relative = posix.relative(outDir, runFile).replace(/\.[cm]?js$/, '');
  const root = await sourceRoot(resolver.reader, pkg.facts.dir, resolver.findings);
  for (const base of root ? [root] : ['src', '.']) {
    for (const extension of SOURCE_EXTENSIONS) {
      const candidate = join(pkg.facts.dir, posix.join(base, relative + extension));
      if (await resolver.reader.exists(candidate)) return candidate;
    }
  }
  return null;
}

async function nestEntry(resolver: Resolver, read: EntryRead, source: SourceRef): Promise<void> {
  const root = (await sourceRoot(resolver.reader, read.packageDir!, resolver.findings)) ?? 'src';
  const main = join(read.packageDir!, posix.join(root, 'main.ts'));
  if (await resolver.reader.exists(main)) read.entry = { path: main, source };
}
