import type { Framework, Runtime, SourceRef } from '../model/index.js';
import { sourceRef } from '../model/index.js';
import type { DockerfileRead } from './dockerfile.js';
import { imageRuntime } from './images.js';
import { join } from './package.js';
import type { RepoReader } from './repo-reader.js';
import { lineOf } from './text.js';

type Fact<T> = { value: T; source: SourceRef } | null;

/** Runtime of the built stage; a scratch/distroless final stage takes the runtime of the stage that built it. */
export async function runtimeOf(
  docker: DockerfileRead | null,
  reader: RepoReader,
  context: string,
): Promise<Fact<Runtime>> {
  if (docker) {
    const { stages, finalStage, path } = docker.facts;
    const final = stages[finalStage];
    const ordered = final ? [final, ...stages.filter((s) => s !== final).reverse()] : [];
    for (const stage of ordered) {
      const runtime = imageRuntime(
        stage.image === final?.image && final ? docker.facts.baseImage : stage.image,
      );
      if (runtime) return { value: runtime, source: sourceRef(path, stage.line) };
    }
  }
  const markers: [string, Runtime][] = [
    ['package.json', 'node'],
    ['requirements.txt', 'python'],
    ['pyproject.toml', 'python'],
    ['go.mod', 'go'],
    ['Gemfile', 'ruby'],
    ['Cargo.toml', 'rust'],
    ['composer.json', 'php'],
  ];
  for (const [file, runtime] of markers) {
    const path = join(context, file);
    if (await reader.exists(path)) return { value: runtime, source: path };
  }
  return null;
}

const PYTHON_FRAMEWORKS: [string, Framework][] = [
  ['fastapi', 'fastapi'],
  ['flask', 'flask'],
  ['django', 'django'],
];
const PYTHON_DB_CLIENTS = [
  'psycopg2',
  'psycopg2-binary',
  'psycopg',
  'asyncpg',
  'sqlalchemy',
  'redis',
  'pymongo',
  'motor',
  'mysqlclient',
  'pymysql',
  'aiomysql',
];

/** Framework and database clients from requirements.txt (name at the start of each line). */
export async function pythonFacts(
  reader: RepoReader,
  context: string,
): Promise<{ framework: Fact<Framework>; dbClients: { name: string; source: SourceRef }[] }> {
  const path = join(context, 'requirements.txt');
  const text = await reader.readText(path);
  const result = {
    framework: null as Fact<Framework>,
    dbClients: [] as { name: string; source: SourceRef }[],
  };
  if (text === null) return result;
  text.split(/\r?\n/).forEach((raw, index) => {
    const name = /^\s*([A-Za-z0-9_.-]+)/.exec(raw)?.[1]?.toLowerCase();
    if (!name) return;
    const framework = PYTHON_FRAMEWORKS.find(([pkg]) => pkg === name);
    if (framework && !result.framework)
      result.framework = { value: framework[1], source: sourceRef(path, index + 1) };
    if (PYTHON_DB_CLIENTS.includes(name))
      result.dbClients.push({ name, source: sourceRef(path, index + 1) });
  });
  return result;
}

/** A plain `node:http` server: the entry file creates one itself. */
export async function nodeHttpServer(reader: RepoReader, entry: string): Promise<Fact<Framework>> {
  const text = await reader.readText(entry);
  const line =
    text === null ? undefined : lineOf(text, /\b(?:from\s+|require\()\s*['"](?:node:)?https?['"]/);
  return line === undefined || !/\bcreateServer\s*\(/.test(text!)
    ? null
    : { value: 'node-http', source: sourceRef(entry, line) };
}

/** Go: the main package at the build context (or cmd/<name>/main.go). */
export async function goEntry(reader: RepoReader, context: string): Promise<string | null> {
  for (const candidate of ['main.go', 'cmd/server/main.go', 'cmd/api/main.go']) {
    if (await reader.exists(join(context, candidate))) return join(context, candidate);
  }
  return null;
}

const WRANGLER_CONFIGS = ['wrangler.jsonc', 'wrangler.json', 'wrangler.toml'];

/** An existing wrangler config in the app's package directory, the build context or the root. */
export async function wranglerConfigOf(reader: RepoReader, dirs: string[]): Promise<string | null> {
  for (const dir of [...new Set(dirs)]) {
    for (const name of WRANGLER_CONFIGS) {
      if (await reader.exists(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}
