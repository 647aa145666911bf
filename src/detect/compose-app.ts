import { posix } from 'node:path';
import type {
  BackingService,
  BuiltService,
  ServiceKind,
  SourceRef,
  VolumeMount,
} from '../model/index.js';
import { sourceRef } from '../model/index.js';
import { locate, locateItem, locateOptional, type LoadedFile } from './compose-locate.js';
import {
  dependsOnMap,
  isObject,
  mountTarget,
  normaliseBuild,
  toList,
  toMap,
  type ComposeObject,
} from './compose-merge.js';
import {
  builtBacking,
  builtRole,
  hostLookup,
  mountedRoutes,
  serviceIdentity,
  type ServiceRole,
} from './compose-roles.js';
import { serviceKind } from './images.js';
import { parseEnvFile } from './interpolate.js';
import { RepoReader } from './repo-reader.js';
import type { Findings } from './rules.js';
import { splitRef, splitShellWords } from './text.js';
import { devOnly } from './volumes.js';

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
  /** The app service's `build.args`: values for the Dockerfile's ARGs (null: from compose's own environment). */
  buildArgs: ComposeEnv[];
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
  /** `deploy.replicas` / `scale` above 1: compose runs that many copies of the app service. */
  replicas: { count: number; source: SourceRef } | null;
}

/**
 * Chooses the app service (`--service`, else the one with `build:`; several → D022) and describes it,
 * its backing services (by image) and the other built services.
 */
export async function describeCompose(
  files: LoadedFile[],
  paths: string[],
  services: Record<string, ComposeObject>,
  loader: { reader: RepoReader; findings: Findings },
  options: { service?: string; ci: boolean },
): Promise<ComposeRead> {
  const where = (path: (string | number)[]) => locate(files, path);
  const composeDir = posix.dirname(paths[0]!);
  const backing = new Map<string, { kind: ServiceKind; image: string }>();
  for (const [name, service] of Object.entries(services)) {
    if (service.build === undefined || name === options.service) continue;
    const base = await builtBacking(loader.reader, buildOf(service.build, composeDir));
    if (base) backing.set(name, base);
  }
  const built = Object.keys(services).filter(
    (name) => services[name]!.build !== undefined && !backing.has(name),
  );
  const hosts = hostLookup(services);
  const roles = new Map<string, ServiceRole>();
  for (const name of built) {
    const build = buildOf(services[name]!.build, composeDir);
    roles.set(name, await builtRole(loader.reader, build, hosts));
  }
  const copyOf = copiesOf(services, built);
  // The app runs its own code: not a web server image, not a copy of another service.
  const candidates = built.filter((name) => roles.get(name)?.role === 'app' && !copyOf.has(name));
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
    app = candidates[0] ?? built[0]!;
    if (candidates.length > 1) {
      loader.findings.add(
        'D022',
        { candidates: candidates.join(', '), chosen: app },
        {
          ...splitRef(where(['services', app])),
          severity: options.ci ? 'error' : 'warning',
        },
      );
    }
  }
  const appService = app ? services[app]! : null;
  const result: ComposeRead = {
    files: files.map((f) => f.path),
    service: app,
    serviceSource: app ? where(['services', app, 'build']) : null,
    build: appService?.build !== undefined ? buildOf(appService.build, composeDir) : null,
    ports: [],
    env: [],
    buildArgs: [],
    volumes: [],
    healthcheck: null,
    services: [],
    builtServices: [],
    command: null,
    replicas: null,
    dependsOn: [],
    overridesSource:
      app && appService?.['x-cloudflare'] ? where(['services', app, 'x-cloudflare']) : null,
    overrides:
      appService && isObject(appService['x-cloudflare']) ? appService['x-cloudflare'] : null,
  };
  for (const [name, service] of Object.entries(services)) {
    if (name === app) continue;
    const source = where(['services', name]);
    const base = backing.get(name);
    if (base) {
      result.services.push({ name, ...base, source });
    } else if (service.build !== undefined) {
      const build = buildOf(service.build, composeDir);
      const { role, routes, tool } = roles.get(name)!;
      const copy = copyOf.get(name);
      result.builtServices.push({
        name,
        context: build.context,
        dockerfile: build.dockerfile,
        ports: containerPorts(service).map((p) => p.port),
        hostnames: [name, ...aliases(service)],
        source,
        role,
        ...(tool ? { tool } : {}),
        ...(routes.length > 0 ? { routes } : {}),
        ...(copy ? { copyOf: copy } : {}),
      });
    } else {
      const image = typeof service.image === 'string' ? service.image : null;
      const kind = image ? serviceKind(image) : 'unknown';
      if (kind === 'unknown')
        loader.findings.add('D050', { service: name, image: image ?? '(none)' }, splitRef(source));
      const routes =
        kind === 'nginx' ? await mountedRoutes(loader.reader, service, composeDir, hosts) : [];
      result.services.push({ name, kind, image, source, ...(routes.length > 0 ? { routes } : {}) });
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
  loader: { reader: RepoReader; findings: Findings },
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
  const args = locate(files, ['services', app, 'build', 'args']);
  result.buildArgs = Object.entries(toMap(normaliseBuild(service.build).args)).map(
    ([name, value]) => ({
      name,
      value,
      source: locateOptional(files, ['services', app, 'build', 'args', name]) ?? args,
    }),
  );
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
      const dev = await devOnly(loader.reader, mount);
      result.volumes.push({
        ...mount,
        source_ref: locateItem(files, app, 'volumes', (item) => mountTarget(item) === mount.target),
        ...(dev ? { devOnly: dev } : {}),
      });
    }
  }
  const replicas = isObject(service.deploy) ? service.deploy.replicas : service.scale;
  if (typeof replicas === 'number' && replicas > 1) {
    const key = isObject(service.deploy) ? ['deploy', 'replicas'] : ['scale'];
    const source =
      locateOptional(files, ['services', app, ...key]) ?? locate(files, ['services', app]);
    result.replicas = { count: replicas, source };
    loader.findings.add('D063', { service: app, count: replicas }, splitRef(source));
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

/** Built services that repeat an earlier one's build and command → the name of that earlier one. */
function copiesOf(services: Record<string, ComposeObject>, built: string[]): Map<string, string> {
  const first = new Map<string, string>();
  const copies = new Map<string, string>();
  for (const name of built) {
    const identity = serviceIdentity(services[name]!);
    const original = first.get(identity);
    if (original) copies.set(name, original);
    else first.set(identity, name);
  }
  return copies;
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
