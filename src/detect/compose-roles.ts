import { posix } from 'node:path';
import type {
  BuiltService,
  DevTool,
  DockerfileFacts,
  ProxyRoute,
  ServiceKind,
} from '../model/index.js';
import { isObject, normaliseBuild, toList, type ComposeObject } from './compose-merge.js';
import { readDockerfile } from './dockerfile.js';
import { imageName, serviceKind, STATIC_ROOTS } from './images.js';
import { frontendBuildDir, readPackage } from './package.js';
import { PROXY_CONFIG_DIR, PROXY_CONFIG_FILES, proxyRoutes, type ServiceOfHost } from './proxy.js';
import { RepoReader } from './repo-reader.js';
import { Findings } from './rules.js';

export interface ServiceRole {
  role: NonNullable<BuiltService['role']>;
  routes: ProxyRoute[];
  tool?: DevTool;
}

/** Development tools an image may be built to run: mail catchers and browser test runners. */
const TOOL_COMMAND = /^(?:.*\/)?(maildev|mailhog|mailpit|mailcatcher|smtp4dev|playwright|cypress)$/;
const TEST_RUNNER_IMAGE = /(?:^|\/)(playwright|cypress\/(?:included|base|browsers|factory))$/;
const TEST_RUNNERS = new Set(['playwright', 'cypress']);

/**
 * The development tool a built image runs, if it is one: a mail catcher or admin UI base image
 * (`FROM maildev/maildev`), a browser test runner image (`FROM mcr.microsoft.com/playwright`), or a
 * CMD/ENTRYPOINT that starts such a tool (`RUN npm i -g maildev` + `CMD maildev`).
 */
function toolOf(facts: DockerfileFacts): DevTool | null {
  const base = imageName(facts.baseImage);
  const kind = serviceKind(facts.baseImage);
  if (kind === 'mail' || kind === 'admin') return { name: base, kind };
  const runner = TEST_RUNNER_IMAGE.exec(base);
  if (runner) return { name: runner[1]!, kind: 'test' };
  const argv = [...(facts.entrypoint ?? []), ...(facts.cmd ?? [])];
  const name = argv
    .flatMap((a) => a.split(/\s+/))
    .map((w) => TOOL_COMMAND.exec(w)?.[1])
    .find(Boolean);
  if (!name) return null;
  return { name, kind: TEST_RUNNERS.has(name) ? 'test' : 'mail' };
}

/** Service kinds that hold state (a database, a cache, a queue), as opposed to routing and tools. */
const NOT_STATE = new Set(['unknown', 'nginx', 'mail', 'admin']);

/**
 * A service built from a database's or cache's own image (`FROM redis`, `FROM postgres:16` + an init
 * script) is that backing service, configured: it gets a binding as `image: redis` would.
 */
export async function builtBacking(
  reader: RepoReader,
  build: { context: string; dockerfile: string; target: string | null },
): Promise<{ kind: ServiceKind; image: string } | null> {
  const text = await reader.readText(build.dockerfile);
  if (text === null) return null;
  const { facts } = readDockerfile(
    text,
    build.dockerfile,
    build.context,
    build.target ?? undefined,
    new Findings(),
  );
  const kind = serviceKind(facts.baseImage);
  return NOT_STATE.has(kind) ? null : { kind, image: facts.baseImage };
}

/**
 * What a built service's image runs: a web server (nginx, Caddy…) that serves a static build is
 * `static`, one that only forwards is `proxy`; anything else runs the app's own code. The image's
 * own findings belong to that service's detect run, so they are not kept here.
 */
export async function builtRole(
  reader: RepoReader,
  build: { context: string; dockerfile: string; target: string | null },
  services: ServiceOfHost,
): Promise<ServiceRole> {
  const text = await reader.readText(build.dockerfile);
  if (text === null) return { role: 'app', routes: [] };
  const docker = readDockerfile(
    text,
    build.dockerfile,
    build.context,
    build.target ?? undefined,
    new Findings(),
  );
  const tool = toolOf(docker.facts);
  if (tool) return { role: 'tool', tool, routes: [] };
  if (serviceKind(docker.facts.baseImage) !== 'nginx') {
    // A frontend's image that runs its toolchain's dev server (`react-scripts start`) serves its build.
    const pkg = await readPackage(reader, build.context, new Findings());
    const frontend = pkg !== null && frontendBuildDir(pkg.facts) !== null;
    return { role: frontend ? 'static' : 'app', routes: [] };
  }
  const configs: string[] = [];
  for (const copy of docker.facts.copies) {
    if (!PROXY_CONFIG_DIR.test(copy.destination)) continue;
    for (const source of copy.sources) {
      // A directory's contents land in the destination; a file lands inside a `…/` destination.
      const directory = source.endsWith('/') || !posix.extname(source) || source === '.';
      const inside =
        copy.destination.endsWith('/') && !directory
          ? posix.join(copy.destination, posix.basename(source))
          : copy.destination.replace(/\/+$/, '');
      const origin = docker.origin(inside);
      if (origin.kind === 'repo') configs.push(origin.path);
    }
  }
  const serves = docker.facts.copies.some((c) => STATIC_ROOTS.test(c.destination));
  return {
    role: serves ? 'static' : 'proxy',
    routes: await routesIn(reader, configs, services),
  };
}

/** Routes of a proxy image's configuration mounted from the repository (`./nginx.conf:/etc/nginx/conf.d/default.conf`). */
export async function mountedRoutes(
  reader: RepoReader,
  service: ComposeObject,
  composeDir: string,
  services: ServiceOfHost,
): Promise<ProxyRoute[]> {
  const configs: string[] = [];
  for (const entry of toList(service.volumes)) {
    const [source, target] = isObject(entry)
      ? [String(entry.source ?? ''), String(entry.target ?? '')]
      : String(entry).split(':');
    if (!source || !target || !PROXY_CONFIG_DIR.test(target) || !/^\.{1,2}\//.test(source))
      continue;
    const path = RepoReader.normalise(posix.join(composeDir, source));
    if (path) configs.push(path);
  }
  return routesIn(reader, configs, services);
}

/** Reads each config file (a directory: its usual file names) and collects the routes. */
async function routesIn(
  reader: RepoReader,
  paths: string[],
  services: ServiceOfHost,
): Promise<ProxyRoute[]> {
  const routes: ProxyRoute[] = [];
  for (const path of paths) {
    const files = (await reader.exists(path, 'dir'))
      ? PROXY_CONFIG_FILES.map((name) => posix.join(path, name))
      : [path];
    for (const file of files) {
      if (!(await reader.exists(file))) continue;
      const text = await reader.readText(file);
      if (text !== null) routes.push(...proxyRoutes(text, file, services));
    }
  }
  return routes;
}

/** Compose services by hostname: each service's name and its network aliases. */
export function hostLookup(services: Record<string, ComposeObject>): ServiceOfHost {
  const hosts = new Map<string, string>();
  for (const [name, service] of Object.entries(services)) {
    hosts.set(name, name);
    if (!isObject(service.networks)) continue;
    for (const network of Object.values(service.networks))
      if (isObject(network))
        for (const alias of toList(network.aliases)) hosts.set(String(alias), name);
  }
  return (host) => hosts.get(host) ?? null;
}

/** The build and command that make two services the same code (`api` and `api-2`, scaled by hand). */
export function serviceIdentity(service: ComposeObject): string {
  return JSON.stringify([
    normaliseBuild(service.build),
    service.image ?? null,
    service.entrypoint ?? null,
    service.command ?? null,
  ]);
}
