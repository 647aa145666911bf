import { posix } from 'node:path';
import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { isScalar, isSeq, parseDocument } from 'yaml';
import type { Framework, PackageFacts, PackageManager, SourceRef } from '../model/index.js';
import { sourceRef } from '../model/index.js';
import { RepoReader } from './repo-reader.js';
import type { Findings } from './rules.js';
import { lineAt, splitRef } from './text.js';
import { tsconfigOptions } from './tsconfig.js';

/** A JSON(C) file kept with its text so any key can be traced to its line. */
export class JsonFile {
  constructor(
    readonly path: string,
    private readonly text: string,
    private readonly tree: Node | undefined,
    readonly value: Record<string, unknown>,
  ) {}

  static async read(
    reader: RepoReader,
    path: string,
    findings: Findings,
  ): Promise<JsonFile | null> {
    const text = await reader.readText(path);
    if (text === null) return null;
    const isPackage = path.endsWith('package.json');
    const tooDeep = deeperThan(text, MAX_JSON_DEPTH);
    if (tooDeep !== null) {
      if (isPackage) {
        const detail = `nested deeper than ${MAX_JSON_DEPTH} levels`;
        findings.add('D030', { file: path, detail }, { file: path, line: lineAt(text, tooDeep) });
      }
      return new JsonFile(path, text, undefined, {});
    }
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: true });
    const value: unknown = tree ? evaluate(tree) : undefined;
    if (errors.length > 0 && isPackage) {
      const first = errors[0]!;
      findings.add(
        'D030',
        { file: path, detail: printParseErrorCode(first.error) },
        { file: path, line: lineAt(text, first.offset) },
      );
    }
    const object = isRecord(value) ? value : {};
    if (errors.length === 0 && isPackage && !isRecord(value)) {
      findings.add(
        'D033',
        { field: 'the top level', expected: 'an object', actual: kindOf(value) },
        { file: path },
      );
    }
    return new JsonFile(path, text, tree, object);
  }

  /** `file:line` of a key path (e.g. `['scripts', 'start']`), or of the file. */
  at(...path: string[]): SourceRef {
    const node = this.tree ? findNodeAtLocation(this.tree, path) : undefined;
    const offset = node?.parent?.type === 'property' ? node.parent.offset : node?.offset;
    return offset === undefined ? this.path : sourceRef(this.path, lineAt(this.text, offset));
  }

  record(key: string): Record<string, string> {
    const value = this.value[key];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter(([, v]) => typeof v === 'string'),
    ) as Record<string, string>;
  }
}

/** Real configuration is a few levels deep; the parser and `evaluate` recurse once per level. */
const MAX_JSON_DEPTH = 512;

/** Offset where brackets nest deeper than `max` (strings skipped), or null. */
function deeperThan(text: string, max: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (++depth > max) return i;
    } else if (ch === '}' || ch === ']') depth--;
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** package.json fields detect reads, and the JSON type npm gives each. */
const PACKAGE_FIELDS: [string, 'string' | 'object' | 'workspaces'][] = [
  ['name', 'string'],
  ['main', 'string'],
  ['type', 'string'],
  ['scripts', 'object'],
  ['dependencies', 'object'],
  ['devDependencies', 'object'],
  ['optionalDependencies', 'object'],
  ['peerDependencies', 'object'],
  ['engines', 'object'],
  ['workspaces', 'workspaces'],
];

/** D033 for each field of the wrong type (it is then read as absent), at its line. */
function checkFieldTypes(file: JsonFile, findings: Findings): void {
  for (const [field, expected] of PACKAGE_FIELDS) {
    const value = file.value[field];
    if (value === undefined) continue;
    const ok =
      expected === 'string'
        ? typeof value === 'string'
        : expected === 'object'
          ? isRecord(value)
          : Array.isArray(value) || isRecord(value);
    if (ok) continue;
    const want = { string: 'a string', object: 'an object', workspaces: 'an array' }[expected];
    findings.add(
      'D033',
      { field: `"${field}"`, expected: want, actual: kindOf(value) },
      splitRef(file.at(field)),
    );
  }
}

function evaluate(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(
        (node.children ?? [])
          .filter((p) => p.children?.[0] && p.children[1])
          .map((p) => [String(p.children![0]!.value), evaluate(p.children![1]!)]),
      );
    case 'array':
      return (node.children ?? []).map(evaluate);
    default:
      return node.value;
  }
}

/** Framework dependencies, most specific first (Nest and Next sit on top of Express/Node). */
const FRAMEWORKS: [string, Framework][] = [
  ['@nestjs/core', 'nestjs'],
  ['next', 'next'],
  ['nuxt', 'nuxt'],
  ['@remix-run/node', 'remix'],
  ['@remix-run/serve', 'remix'],
  ['@react-router/serve', 'remix'],
  ['@sveltejs/kit', 'sveltekit'],
  ['astro', 'astro'],
  ['hono', 'hono'],
  ['fastify', 'fastify'],
  ['koa', 'koa'],
  ['@hapi/hapi', 'hapi'],
  ['express', 'express'],
];

/** Frontend toolchains whose build is static files, and the directory their build writes by default. */
const FRONTEND_BUILDS: [string, string][] = [
  ['react-scripts', 'build'],
  ['vite', 'dist'],
  ['@vue/cli-service', 'dist'],
  ['parcel', 'dist'],
];

/**
 * Where a frontend package's build writes its static files (relative to the package), or null when it
 * is not one: a frontend toolchain with a build script and no server framework (its dev server, as
 * `react-scripts start` or `vite`, only serves the files while developing).
 */
export function frontendBuildDir(facts: PackageFacts): string | null {
  const has = (name: string) => name in facts.dependencies || name in facts.devDependencies;
  if (!facts.scripts.build || FRAMEWORKS.some(([name]) => has(name))) return null;
  const found = FRONTEND_BUILDS.find(([name]) => has(name));
  if (!found) return null;
  return found[0] === 'vite' && facts.build?.tool === 'vite' && facts.build.outDir
    ? facts.build.outDir
    : found[1];
}

export const NATIVE_ADDONS = [
  'bcrypt',
  'sharp',
  'sqlite3',
  'better-sqlite3',
  'canvas',
  'argon2',
  'node-sass',
  'bufferutil',
  'utf-8-validate',
  're2',
  'cpu-features',
  'leveldown',
  'zeromq',
  'serialport',
  'usb',
  'microtime',
  'farmhash',
  'kerberos',
  'isolated-vm',
  'lmdb',
  'libxmljs',
  'libxmljs2',
  '@tensorflow/tfjs-node',
  'node-pty',
  'grpc',
];

export const DB_CLIENTS = [
  'pg',
  'postgres',
  '@neondatabase/serverless',
  'mysql',
  'mysql2',
  'mongoose',
  'mongodb',
  'redis',
  'ioredis',
  '@prisma/client',
  'prisma',
  'knex',
  'sequelize',
  'typeorm',
  'drizzle-orm',
  'kysely',
  'sqlite3',
  'better-sqlite3',
  '@planetscale/database',
  '@upstash/redis',
  'memjs',
];

export interface PackageRead {
  facts: PackageFacts;
  file: JsonFile;
  framework: { name: Framework; source: SourceRef } | null;
  nativeAddons: { name: string; source: SourceRef }[];
  dbClients: { name: string; source: SourceRef }[];
}

export async function readPackage(
  reader: RepoReader,
  dir: string,
  findings: Findings,
): Promise<PackageRead | null> {
  const file = await JsonFile.read(reader, join(dir, 'package.json'), findings);
  if (!file) return null;
  checkFieldTypes(file, findings);
  const dependencies = file.record('dependencies');
  const devDependencies = file.record('devDependencies');
  const scripts = file.record('scripts');
  const depSource = (name: string) =>
    name in dependencies ? file.at('dependencies', name) : file.at('devDependencies', name);
  const frameworkDep = FRAMEWORKS.find(([name]) => name in dependencies || name in devDependencies);
  const facts: PackageFacts = {
    dir,
    name: typeof file.value.name === 'string' ? file.value.name : null,
    scripts,
    dependencies,
    devDependencies,
    esm: file.value.type === 'module',
    workspaces: workspaceGlobs(file.value.workspaces) ?? (await pnpmWorkspaces(reader, dir)),
    build: await buildOf(reader, dir, scripts),
  };
  return {
    facts,
    file,
    framework: frameworkDep ? { name: frameworkDep[1], source: depSource(frameworkDep[0]) } : null,
    nativeAddons: NATIVE_ADDONS.filter((n) => n in dependencies).map((name) => ({
      name,
      source: depSource(name),
    })),
    dbClients: DB_CLIENTS.filter((n) => n in dependencies).map((name) => ({
      name,
      source: depSource(name),
    })),
  };
}

/** npm/yarn `workspaces` (an array, or `{ packages }`); undefined when the field is absent. */
function workspaceGlobs(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const list =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as { packages?: unknown }).packages
      : value;
  return Array.isArray(list) ? list.filter((g): g is string => typeof g === 'string') : [];
}

/** pnpm keeps its workspace globs in pnpm-workspace.yaml (`packages:`). */
async function pnpmWorkspaces(reader: RepoReader, dir: string): Promise<string[]> {
  const text = await reader.readText(join(dir, 'pnpm-workspace.yaml'));
  if (text === null) return [];
  const document = parseDocument(text);
  const packages = document.errors.length === 0 ? document.get('packages') : null;
  return isSeq(packages)
    ? packages.items
        .map((item) => String(isScalar(item) ? item.value : item))
        .filter((g) => !g.startsWith('!'))
    : [];
}

/** What `npm install` runs in the package's own directory (https://docs.npmjs.com/cli/v10/using-npm/scripts#npm-install). */
const INSTALL_HOOKS = ['preinstall', 'install', 'postinstall', 'prepare'];
const COMPILER = /\b(?:tsc|nest build|tsup|esbuild|vite build)\b/;
const SCRIPT_CALL = /\b(?:npm|pnpm|yarn|bun)\s+run(?:-script)?\s+([\w:.-]+)/g;

/** A script's text with the scripts it calls (`npm run tsc`) written out, a few levels deep. */
function expandedScript(scripts: Record<string, string>, name: string, depth = 0): string {
  const text = scripts[name] ?? '';
  if (depth >= 4) return text;
  return text.replace(SCRIPT_CALL, (call, called: string) =>
    called in scripts && called !== name ? expandedScript(scripts, called, depth + 1) : call,
  );
}

/**
 * The script that builds the package: `build`, else an install hook that compiles (`"postinstall":
 * "npm run tsc"`), which the image's `npm install` runs.
 */
export function buildScriptName(scripts: Record<string, string>): string | null {
  if (scripts.build) return 'build';
  return (
    INSTALL_HOOKS.find((hook) => hook in scripts && COMPILER.test(expandedScript(scripts, hook))) ??
    null
  );
}

/**
 * The steps a start script runs before the server (`npx tsc && node dist/index`): the build, when the
 * package has no build script of its own.
 */
function buildBeforeStart(start: string | undefined): string | undefined {
  const steps = start?.split('&&').map((step) => step.trim()) ?? [];
  const before = steps.slice(0, -1).join(' && ');
  return /\btsc\b/.test(before) ? before : undefined;
}

/** The build that produces the run file: its tool, output directory and the script that runs it. */
async function buildOf(
  reader: RepoReader,
  dir: string,
  scripts: Record<string, string>,
): Promise<PackageFacts['build']> {
  const name = buildScriptName(scripts);
  const script = name
    ? name === 'build'
      ? scripts.build!
      : expandedScript(scripts, name)
    : buildBeforeStart(scripts.start);
  if (!script) return null;
  const words = script.split(/\s+/);
  const flag = (...names: string[]) => {
    const index = words.findIndex((w) => names.some((n) => w === n || w.startsWith(`${n}=`)));
    if (index === -1) return null;
    const word = words[index]!;
    return word.includes('=') ? word.slice(word.indexOf('=') + 1) : (words[index + 1] ?? null);
  };
  if (/\bnest build\b/.test(script)) {
    return {
      tool: 'nest',
      outDir: (await tsconfigOutDir(reader, dir, 'tsconfig.json')) ?? 'dist',
      script,
    };
  }
  if (/\btsc\b/.test(script)) {
    const outDir =
      flag('--outDir') ??
      (await tsconfigOutDir(reader, dir, flag('-p', '--project') ?? 'tsconfig.json'));
    return { tool: 'tsc', outDir: outDir ? clean(outDir) : null, script };
  }
  if (/\btsup\b/.test(script))
    return { tool: 'tsup', outDir: clean(flag('-d', '--out-dir') ?? 'dist'), script };
  if (/\besbuild\b/.test(script)) {
    const outfile = flag('--outfile');
    return {
      tool: 'esbuild',
      outDir: clean(flag('--outdir') ?? (outfile ? posix.dirname(outfile) : 'dist')),
      script,
    };
  }
  if (/\bvite build\b/.test(script))
    return { tool: 'vite', outDir: clean(flag('--outDir') ?? 'dist'), script };
  return { tool: 'other', outDir: null, script };
}

/** The tsconfig's `outDir` (its `extends` chain followed), relative to the package directory. */
async function tsconfigOutDir(
  reader: RepoReader,
  dir: string,
  project: string,
): Promise<string | null> {
  // Package bases live in node_modules, which detect does not read (they set no paths in practice).
  const options = await tsconfigOptions((path) => reader.readText(path), dir, project);
  return typeof options?.outDir === 'string' ? clean(options.outDir) : null;
}

/** The tsconfig `rootDir` (or the `sourceRoot` of nest-cli.json), which the build mirrors into outDir. */
export async function sourceRoot(
  reader: RepoReader,
  dir: string,
  findings: Findings,
): Promise<string | null> {
  const options = await tsconfigOptions((path) => reader.readText(path), dir, 'tsconfig.json');
  const rootDir = options?.rootDir;
  if (typeof rootDir === 'string') return clean(rootDir);
  const nest = await JsonFile.read(reader, join(dir, 'nest-cli.json'), findings);
  return typeof nest?.value.sourceRoot === 'string' ? clean(nest.value.sourceRoot) : null;
}

const LOCKFILES: [string, PackageManager][] = [
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
];

/** Package manager from the nearest lockfile (the package's directory, then up to the root). */
export async function packageManagerOf(
  reader: RepoReader,
  dir: string,
): Promise<{ name: PackageManager; source: SourceRef } | null> {
  for (let current = dir; ; current = posix.dirname(current)) {
    for (const [file, name] of LOCKFILES) {
      const path = join(current, file);
      if (await reader.exists(path)) return { name, source: path };
    }
    if (current === '.' || current === '/' || current === '') return null;
  }
}

export function join(dir: string, path: string): string {
  return RepoReader.normalise(posix.join(dir, path)) ?? path;
}

function clean(path: string): string {
  return RepoReader.normalise(path) ?? path;
}
