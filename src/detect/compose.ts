import { posix } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { BackingService, BuiltService, SourceRef, VolumeMount } from '../model/index.js';
import { sourceRef } from '../model/index.js';
import {
  dependsOnMap,
  isObject,
  mergeService,
  mountTarget,
  normaliseBuild,
  toList,
  toMap,
  type ComposeObject,
} from './compose-merge.js';
import { serviceKind } from './images.js';
import { interpolate, parseEnvFile } from './interpolate.js';
import { RepoReader } from './repo-reader.js';
import type { Findings } from './rules.js';
import { splitRef, splitShellWords } from './text.js';

const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
const OVERRIDE_FILES = [
  'compose.override.yaml',
  'compose.override.yml',
  'docker-compose.override.yaml',
  'docker-compose.override.yml',
];

export interface ComposeEnv {
  name: string;
  value: string | null;
  source: SourceRef;
}

export interface ComposeRead {
  files: string[];
  service: string | null;
  serviceSource: SourceRef | null;
  build: { context: string; dockerfile: string; target: string | null } | null;
  ports: { port: number; source: SourceRef }[];
  env: ComposeEnv[];
  volumes: VolumeMount[];
  healthcheck: { path: string | null; source: SourceRef } | null;
  services: BackingService[];
  builtServices: BuiltService[];
  overrides: Record<string, unknown> | null;
  overridesSource: SourceRef | null;
  /** Services the app service waits for (`depends_on`). */
  dependsOn: string[];
  /** The service's `entrypoint` + `command`, when compose overrides the image's. */
  command: { argv: string[]; source: SourceRef; entrypoint: boolean } | null;
}

interface LoadedFile {
  path: string;
  document: Document;
  lines: LineCounter;
  services: Record<string, ComposeObject>;
}

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
  return describe(files, paths, services, loader, options);
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

async function describe(
  files: LoadedFile[],
  paths: string[],
  services: Record<string, ComposeObject>,
  loader: Loader,
  options: { service?: string; ci: boolean },
): Promise<ComposeRead> {
  const where = (path: (string | number)[]) => locate(files, path);
  const built = Object.keys(services).filter((name) => services[name]!.build !== undefined);
  let app: string | null = null;
  if (options.service) {
    if (services[options.service]) app = options.service;
    else
      loader.findings.add(
        'D023',
        { service: options.service, candidates: Object.keys(services).join(', ') || '(none)' },
        { file: paths[0]! },
      );
  } else if (built.length > 0) {
    app = built[0]!;
    if (built.length > 1) {
      loader.findings.add(
        'D022',
        { candidates: built.join(', '), chosen: app },
        {
          ...splitRef(where(['services', app])),
          severity: options.ci ? 'error' : 'warning',
        },
      );
    }
  }
  const composeDir = posix.dirname(paths[0]!);
  const appService = app ? services[app]! : null;
  const result: ComposeRead = {
    files: files.map((f) => f.path),
    service: app,
    serviceSource: app ? where(['services', app, 'build']) : null,
    build: appService?.build !== undefined ? buildOf(appService.build, composeDir) : null,
    ports: [],
    env: [],
    volumes: [],
    healthcheck: null,
    services: [],
    builtServices: [],
    command: null,
    dependsOn: [],
    overridesSource:
      app && appService?.['x-cloudflare'] ? where(['services', app, 'x-cloudflare']) : null,
    overrides:
      appService && isObject(appService['x-cloudflare']) ? appService['x-cloudflare'] : null,
  };
  for (const [name, service] of Object.entries(services)) {
    if (name === app) continue;
    const source = where(['services', name]);
    if (service.build !== undefined) {
      const build = buildOf(service.build, composeDir);
      result.builtServices.push({
        name,
        context: build.context,
        dockerfile: build.dockerfile,
        ports: containerPorts(service).map((p) => p.port),
        hostnames: [name, ...aliases(service)],
        source,
      });
    } else {
      const image = typeof service.image === 'string' ? service.image : null;
      const kind = image ? serviceKind(image) : 'unknown';
      if (kind === 'unknown')
        loader.findings.add('D050', { service: name, image: image ?? '(none)' }, splitRef(source));
      result.services.push({ name, kind, image, source });
    }
  }
  if (appService && app) await describeApp(result, app, appService, files, loader, composeDir);
  return result;
}

async function describeApp(
  result: ComposeRead,
  app: string,
  service: ComposeObject,
  files: LoadedFile[],
  loader: Loader,
  composeDir: string,
): Promise<void> {
  result.ports = containerPorts(service).map(({ port, key, entry }) => ({
    port,
    source: locateItem(files, app, key, (item) => item === entry),
  }));
  const env = new Map<string, ComposeEnv>();
  for (const entry of toList(service.env_file)) {
    const path = RepoReader.normalise(
      posix.join(composeDir, String(isObject(entry) ? entry.path : entry)),
    );
    const text = path ? await loader.reader.readText(path) : null;
    if (!path || text === null) continue;
    for (const { name, value, line } of parseEnvFile(text, () => undefined)) {
      env.set(name, { name, value, source: sourceRef(path, line) });
    }
  }
  for (const [name, value] of Object.entries(toMap(service.environment))) {
    const source =
      locateOptional(files, ['services', app, 'environment', name]) ??
      locateItem(files, app, 'environment', (item) => String(item).split('=')[0] === name);
    env.set(name, { name, value, source });
  }
  result.env = [...env.values()];
  result.dependsOn = Object.keys(dependsOnMap(service.depends_on));
  const argv = (key: string) =>
    typeof service[key] === 'string'
      ? splitShellWords(service[key])
      : toList(service[key]).map(String);
  if (service.command !== undefined || service.entrypoint !== undefined) {
    const key = service.entrypoint !== undefined ? 'entrypoint' : 'command';
    result.command = {
      argv: [...argv('entrypoint'), ...argv('command')],
      source: locate(files, ['services', app, key]),
      entrypoint: service.entrypoint !== undefined,
    };
  }
  for (const entry of toList(service.volumes)) {
    const mount = volumeOf(entry, composeDir);
    if (mount) {
      result.volumes.push({
        ...mount,
        source_ref: locateItem(files, app, 'volumes', (item) => mountTarget(item) === mount.target),
      });
    }
  }
  const healthcheck = service.healthcheck;
  if (isObject(healthcheck)) {
    const test = toList(healthcheck.test).map(String).join(' ');
    const url = /https?:\/\/[^/\s'"]+(\/[^\s'"|;&)]*)?/.exec(test);
    result.healthcheck = {
      path:
        healthcheck.disable === true || test.startsWith('NONE') || !url ? null : (url[1] ?? '/'),
      source: locate(files, ['services', app, 'healthcheck']),
    };
  }
}

function buildOf(
  value: unknown,
  composeDir: string,
): { context: string; dockerfile: string; target: string | null } {
  const build = normaliseBuild(value);
  const context = RepoReader.normalise(posix.join(composeDir, String(build.context ?? '.'))) ?? '.';
  const dockerfile =
    RepoReader.normalise(posix.join(context, String(build.dockerfile ?? 'Dockerfile'))) ??
    'Dockerfile';
  return { context, dockerfile, target: typeof build.target === 'string' ? build.target : null };
}

/** Container-side ports from `ports` (short or long syntax) and `expose`. */
function containerPorts(service: ComposeObject): { port: number; key: string; entry: unknown }[] {
  const ports: { port: number; key: string; entry: unknown }[] = [];
  for (const key of ['ports', 'expose']) {
    for (const entry of toList(service[key])) {
      const text = isObject(entry) ? String(entry.target ?? '') : String(entry);
      const containerSide = text.split('/')[0]!.split(':').at(-1)!.split('-')[0]!;
      const port = Number(containerSide);
      if (Number.isInteger(port) && port > 0 && !ports.some((p) => p.port === port))
        ports.push({ port, key, entry });
    }
  }
  return ports;
}

function aliases(service: ComposeObject): string[] {
  if (!isObject(service.networks)) return [];
  return Object.values(service.networks).flatMap((network) =>
    isObject(network) ? toList(network.aliases).map(String) : [],
  );
}

function volumeOf(entry: unknown, composeDir: string): Omit<VolumeMount, 'source_ref'> | null {
  let source: string | null;
  let target: string;
  if (isObject(entry)) {
    source = typeof entry.source === 'string' ? entry.source : null;
    target = String(entry.target ?? '');
  } else {
    const parts = String(entry).split(':');
    [source, target] = parts.length === 1 ? [null, parts[0]!] : [parts[0]!, parts[1]!];
  }
  if (!target) return null;
  if (source === null) return { source: null, target, type: 'anonymous' };
  if (/^[./~]/.test(source)) {
    const inside =
      source.startsWith('/') || source.startsWith('~')
        ? source
        : RepoReader.normalise(posix.join(composeDir, source));
    return { source: inside ?? source, target, type: 'bind' };
  }
  return { source, target, type: 'named' };
}

/** `file:line` of a key path, from the last file that defines it (the one whose value won). */
function locate(files: LoadedFile[], path: (string | number)[]): SourceRef {
  for (let depth = path.length; depth > 0; depth--) {
    const found = locateOptional(files, path.slice(0, depth));
    if (found) return found;
  }
  return files.at(-1)?.path ?? '';
}

function locateOptional(files: LoadedFile[], path: (string | number)[]): SourceRef | null {
  for (const file of [...files].reverse()) {
    // A map key's own line first (`web:`), then the node's (list items, which have no key).
    const found = keyLine(file, path);
    if (found) return found;
    const node = file.document.getIn(path, true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) return sourceRef(file.path, file.lines.linePos(node.range[0]).line);
  }
  return null;
}

/** Line of a map key (also when its value is empty, `uploads:`, which getIn has no node for). */
function keyLine(file: LoadedFile, path: (string | number)[]): SourceRef | null {
  const parent = file.document.getIn(path.slice(0, -1), true) as
    { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined;
  const item = parent?.items?.find((i) => i.key?.value === path.at(-1));
  return item?.key?.range ? sourceRef(file.path, file.lines.linePos(item.key.range[0]).line) : null;
}

/** A merged list item traced back to the file and index it came from (indices shift when files merge). */
function locateItem(
  files: LoadedFile[],
  service: string,
  key: string,
  matches: (item: unknown) => boolean,
): SourceRef {
  for (const file of [...files].reverse()) {
    const index = toList(file.services[service]?.[key]).findIndex(matches);
    if (index !== -1) {
      const found = locateOptional([file], ['services', service, key, index]);
      if (found) return found;
    }
  }
  return locate(files, ['services', service, key]);
}
