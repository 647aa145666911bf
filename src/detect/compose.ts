import { posix } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { describeCompose, type ComposeRead } from './compose-app.js';
import { locate, type LoadedFile } from './compose-locate.js';
import { isObject, mergeService, toList, type ComposeObject } from './compose-merge.js';
import { interpolate, parseEnvFile } from './interpolate.js';
import { RepoReader } from './repo-reader.js';
import type { Findings } from './rules.js';
import { splitRef } from './text.js';

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
  const loader: Loader = { reader, findings, vars, missing: new Set() };
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

async function loadFile(loader: Loader, path: string): Promise<LoadedFile | null> {
  const text = await loader.reader.readText(path);
  if (text === null) return null;
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    loader.findings.add(
      'D020',
      { detail: error.message.split('\n')[0]! },
      { file: path, ...(line ? { line } : {}) },
    );
    return null;
  }
  const raw: unknown = document.toJS();
  const root = isObject(raw) ? raw : {};
  const file: LoadedFile = { path, document, lines, services: {} };
  const interpolated = interpolateTree(
    root,
    (name, at) => {
      if (loader.missing.has(name)) return;
      loader.missing.add(name);
      loader.findings.add('D024', { name }, splitRef(locate([file], at)));
    },
    loader.vars,
    [],
  ) as ComposeObject;
  const services = isObject(interpolated.services) ? interpolated.services : {};
  for (const [name, service] of Object.entries(services)) {
    if (isObject(service))
      file.services[name] = await resolveExtends(loader, file, name, service, 0);
  }
  return file;
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

async function resolveExtends(
  loader: Loader,
  file: LoadedFile,
  name: string,
  service: ComposeObject,
  depth: number,
): Promise<ComposeObject> {
  const spec = service.extends;
  if (spec === undefined || depth > 5) return service;
  const own = { ...service };
  delete own.extends;
  const baseName =
    typeof spec === 'string' ? spec : isObject(spec) ? String(spec.service ?? '') : '';
  let baseFile: LoadedFile | null = file;
  if (isObject(spec) && typeof spec.file === 'string') {
    const path = RepoReader.normalise(posix.join(posix.dirname(file.path), spec.file));
    baseFile = path ? await loadFile(loader, path) : null;
  }
  const raw = baseFile
    ? (baseFile.services[baseName] ?? rawService(baseFile, baseName))
    : undefined;
  if (!raw) {
    loader.findings.add(
      'D025',
      { service: name, base: baseName },
      splitRef(locate([file], ['services', name, 'extends'])),
    );
    return own;
  }
  const base = await resolveExtends(loader, baseFile!, baseName, raw, depth + 1);
  return mergeService(base, own);
}

function rawService(file: LoadedFile, name: string): ComposeObject | undefined {
  const services = (file.document.toJS() as ComposeObject | null)?.services;
  const service = isObject(services) ? services[name] : undefined;
  return isObject(service) ? service : undefined;
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
