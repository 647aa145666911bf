import { posix } from 'node:path';
import { describeCompose, type ComposeRead } from './compose-app.js';
import { locate, type LoadedFile } from './compose-locate.js';
import { isObject, mergeService, toList, type ComposeObject } from './compose-merge.js';
import { interpolate, parseEnvFile } from './interpolate.js';
import { RepoReader } from './repo-reader.js';
import type { Findings } from './rules.js';
import { splitRef } from './text.js';
import { readYaml } from './yaml.js';

const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
const OVERRIDE_FILES = [
  'compose.override.yaml',
  'compose.override.yml',
  'docker-compose.override.yaml',
  'docker-compose.override.yml',
];

interface Loader {
  reader: RepoReader;
  findings: Findings;
  vars: Map<string, string>;
  missing: Set<string>;
  /** Each file parsed once, by path (null while reading, or when unreadable). */
  parsed: Map<string, LoadedFile | null>;
}

/**
 * Reads the compose files Docker would (or `--compose a.yml,b.yml`), merged in order with overrides,
 * interpolated from `.env`, `extends` resolved and inactive profiles dropped, then picks the app service.
 */
export async function readCompose(
  reader: RepoReader,
  options: { compose?: string; service?: string; ci: boolean },
  findings: Findings,
): Promise<ComposeRead | null> {
  const paths = await composeFiles(reader, options.compose, findings);
  if (paths.length === 0) return null;
  const dotenv = await reader.readText('.env');
  const vars = new Map<string, string>();
  if (dotenv)
    for (const entry of parseEnvFile(dotenv, () => undefined)) vars.set(entry.name, entry.value);
  const loader: Loader = { reader, findings, vars, missing: new Set(), parsed: new Map() };
  const files: LoadedFile[] = [];
  for (const path of paths) {
    const file = await loadFile(loader, path);
    if (file) files.push(file);
  }
  const services = mergeFiles(files);
  const profiles = (vars.get('COMPOSE_PROFILES') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const [name, service] of Object.entries(services)) {
    const own = toList(service.profiles).map(String);
    if (own.length > 0 && !own.some((p) => profiles.includes(p))) {
      findings.add(
        'D026',
        { service: name, profiles: own.join(', ') },
        splitRef(locate(files, ['services', name])),
      );
      delete services[name];
    }
  }
  return describeCompose(files, paths, services, { reader, findings }, options);
}

async function composeFiles(
  reader: RepoReader,
  explicit: string | undefined,
  findings: Findings,
): Promise<string[]> {
  if (explicit) {
    const paths = explicit
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const found: string[] = [];
    for (const path of paths) {
      const clean = RepoReader.normalise(path);
      if (clean && (await reader.exists(clean))) found.push(clean);
      else findings.add('D021', { file: path }, { file: path });
    }
    return found;
  }
  const first = await firstExisting(reader, DEFAULT_FILES);
  if (!first) return [];
  const override = await firstExisting(reader, OVERRIDE_FILES);
  return override ? [first, override] : [first];
}

async function firstExisting(reader: RepoReader, names: string[]): Promise<string | null> {
  for (const name of names) if (await reader.exists(name)) return name;
  return null;
}

/** A compose file parsed and interpolated once (an `extends` chain may come back to it). */
async function parseFile(loader: Loader, path: string): Promise<LoadedFile | null> {
  if (loader.parsed.has(path)) return loader.parsed.get(path)!;
  loader.parsed.set(path, null);
  const text = await loader.reader.readText(path);
  if (text === null) return null;
  const read = readYaml(text, { uniqueKeys: false });
  if (!read.ok) {
    loader.findings.add(
      'D020',
      { detail: read.message },
      { file: path, ...(read.line ? { line: read.line } : {}) },
    );
    return null;
  }
  const { document, lines } = read;
  const file: LoadedFile = { path, document, lines, raw: {}, services: {} };
  file.raw = interpolateTree(
    isObject(read.value) ? read.value : {},
    (name, at) => {
      if (loader.missing.has(name)) return;
      loader.missing.add(name);
      loader.findings.add('D024', { name }, splitRef(locate([file], at)));
    },
    loader.vars,
    [],
  ) as ComposeObject;
  loader.parsed.set(path, file);
  return file;
}

async function loadFile(loader: Loader, path: string): Promise<LoadedFile | null> {
  const file = await parseFile(loader, path);
  if (!file) return null;
  for (const [name, service] of Object.entries(servicesOf(file))) {
    file.services[name] = await resolveExtends(loader, file, name, service, []);
  }
  return file;
}

function servicesOf(file: LoadedFile): Record<string, ComposeObject> {
  const services = isObject(file.raw.services) ? file.raw.services : {};
  return Object.fromEntries(Object.entries(services).filter(([, s]) => isObject(s))) as Record<
    string,
    ComposeObject
  >;
}

function interpolateTree(
  value: unknown,
  onMissing: (name: string, at: (string | number)[]) => void,
  vars: Map<string, string>,
  at: (string | number)[],
): unknown {
  if (typeof value === 'string') return interpolate(value, vars, (name) => onMissing(name, at));
  if (Array.isArray(value))
    return value.map((v, i) => interpolateTree(v, onMissing, vars, [...at, i]));
  if (isObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, interpolateTree(v, onMissing, vars, [...at, k])]),
    );
  }
  return value;
}

/**
 * The service with its `extends` chain merged in. `chain` holds the `file#service` links followed so
 * far: Docker Compose refuses a chain that comes back to one of them, and so do we (D027).
 */
async function resolveExtends(
  loader: Loader,
  file: LoadedFile,
  name: string,
  service: ComposeObject,
  chain: string[],
): Promise<ComposeObject> {
  const spec = service.extends;
  if (spec === undefined) return service;
  const own = { ...service };
  delete own.extends;
  const where = splitRef(locate([file], ['services', name, 'extends']));
  const baseName =
    typeof spec === 'string' ? spec : isObject(spec) ? String(spec.service ?? '') : '';
  let baseFile: LoadedFile | null = file;
  if (isObject(spec) && typeof spec.file === 'string') {
    const path = RepoReader.normalise(posix.join(posix.dirname(file.path), spec.file));
    baseFile = path ? await parseFile(loader, path) : null;
  }
  const links = [...chain, `${file.path}#${name}`];
  const back = baseFile ? links.indexOf(`${baseFile.path}#${baseName}`) : -1;
  if (back !== -1) {
    const cycle = [...links.slice(back), links[back]!].map((l) => l.replace('#', ' '));
    loader.findings.add('D027', { service: name, chain: cycle.join(' → ') }, where);
    return own;
  }
  const raw = baseFile ? servicesOf(baseFile)[baseName] : undefined;
  if (!raw) {
    loader.findings.add('D025', { service: name, base: baseName }, where);
    return own;
  }
  const base = await resolveExtends(loader, baseFile!, baseName, raw, links);
  return mergeService(base, own);
}

function mergeFiles(files: LoadedFile[]): Record<string, ComposeObject> {
  const merged: Record<string, ComposeObject> = {};
  for (const file of files) {
    for (const [name, service] of Object.entries(file.services)) {
      merged[name] = merged[name] ? mergeService(merged[name], service) : service;
    }
  }
  return merged;
}

export type { ComposeRead };
