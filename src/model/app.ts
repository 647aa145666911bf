import type { Diagnostic, SourceRef } from './diagnostic.js';

/**
 * What detect read from the repository, as it is. Versioned: later stages and saved plans check it.
 * Paths are relative to `root` and use forward slashes.
 */
export const APP_MODEL_VERSION = 1;

export type Runtime =
  | 'node'
  | 'bun'
  | 'deno'
  | 'python'
  | 'go'
  | 'ruby'
  | 'java'
  | 'php'
  | 'rust'
  | 'static'
  | 'unknown';

export type Framework =
  | 'express'
  | 'fastify'
  | 'koa'
  | 'hapi'
  | 'nestjs'
  | 'hono'
  | 'next'
  | 'nuxt'
  | 'remix'
  | 'sveltekit'
  | 'astro'
  | 'node-http'
  | 'fastapi'
  | 'flask'
  | 'django'
  | 'unknown';

export type ServiceKind =
  | 'postgres'
  | 'mysql'
  | 'redis'
  | 'mongo'
  | 'rabbitmq'
  | 'nats'
  | 'kafka'
  | 'memcached'
  | 's3'
  | 'elasticsearch'
  /** A reverse proxy or web server (nginx, Caddy, Traefik, HAProxy, httpd): routing, not a Worker. */
  | 'nginx'
  /** A mail catcher (MailHog, Mailpit, MailDev): a development tool. */
  | 'mail'
  /** A database or cache admin UI (Adminer, pgAdmin, mongo-express, Redis Commander). */
  | 'admin'
  | 'unknown';

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

/** A path rule of a reverse proxy (nginx `location … { proxy_pass … }`, Caddy `reverse_proxy`). */
export interface ProxyRoute {
  /** The path as written (`/api/`, `/`). */
  path: string;
  /** Where it forwards, as written (`http://api:3000`). */
  upstream: string;
  /** The compose service the upstream names, or null (another host, a variable). */
  service: string | null;
  /**
   * The path prefix the proxy removes before forwarding (`rewrite /api/(.*) /$1`, `proxy_pass
   * http://api/` under `location /api/`, Caddy's `handle_path /api/*`): the app's routes lack it.
   */
  strips?: string;
  source: SourceRef;
}

/** A backing service from compose (a database, cache, broker…), recognised by its image. */
export interface BackingService {
  name: string;
  kind: ServiceKind;
  image: string | null;
  source: SourceRef;
  /** For a reverse proxy: the path rules of its mounted config. */
  routes?: ProxyRoute[];
}

/** A development tool compose runs beside the app. */
export interface DevTool {
  name: string;
  kind: 'mail' | 'admin' | 'test';
}

/** Another service in the compose file that is built from source (a candidate Worker of its own). */
export interface BuiltService {
  name: string;
  /** Build context relative to root. */
  context: string;
  dockerfile: string | null;
  ports: number[];
  /** Hostnames this service is reachable by from the others (its name and aliases). */
  hostnames: string[];
  source: SourceRef;
  /**
   * What the image runs: the app's own code (a Worker), a web server serving a static build
   * (assets), a reverse proxy (routing), or a development tool (a mail catcher, an admin UI, a
   * browser test runner: not deployed). Absent means `app`.
   */
  role?: 'app' | 'static' | 'proxy' | 'tool';
  /** For a development tool: which one (`maildev`, `playwright`) and what kind of tool. */
  tool?: DevTool;
  /** For a web server image: the path rules of its config. */
  routes?: ProxyRoute[];
  /** Another service with the same build and command: the same code, so the same Worker. */
  copyOf?: string;
}

export interface VolumeMount {
  /** Named volume or host path; null for an anonymous volume (Dockerfile `VOLUME`). */
  source: string | null;
  /** Path inside the container. */
  target: string;
  type: 'named' | 'bind' | 'anonymous';
  source_ref: SourceRef;
  /**
   * Why the mount only matters in development, when it does: it overlays the image with the
   * repository's source files (hot reload), or keeps the image's dependencies or build output.
   */
  devOnly?: 'source' | 'dependencies';
}

export interface EnvVar {
  name: string;
  /**
   * The value as read (after interpolation); null when only the name is known or the variable is
   * secret-like (secret values never enter the model; a connection URL keeps its shape with `***`
   * for the password).
   */
  value: string | null;
  secretLike: boolean;
  source: SourceRef;
}

/** A variable the image's build declares: a build stage's ENV or ARG, or compose's `build.args`. */
export interface BuildEnvVar extends EnvVar {
  declared: 'ENV' | 'ARG' | 'build.args';
}

export interface DockerStage {
  name: string | null;
  index: number;
  /** Base image after ARG substitution, e.g. `node:20-alpine`. */
  image: string;
  line: number;
}

export interface DockerfileFacts {
  path: string;
  stages: DockerStage[];
  /** Index into `stages` of the stage that is built (the last, or `--docker-target` / compose `build.target`). */
  finalStage: number;
  baseImage: string;
  workdir: string | null;
  user: string | null;
  /** Sources of COPY/ADD in the final stage (and `--from` stage names). */
  copies: { sources: string[]; destination: string; from: string | null; line: number }[];
  /** `CMD`/`ENTRYPOINT` as argv (shell form is split as a shell would, `sh -c` kept whole). */
  cmd: string[] | null;
  entrypoint: string[] | null;
  /** Packages installed with apt-get/apk/yum in the final stage (a native-dependency hint). */
  systemPackages: string[];
  /** Commands from `RUN` lines of the final stage, as written (build steps such as `npm run build`). */
  runCommands: { command: string; line: number }[];
  /**
   * RUN lines of any stage that build the app (`npm run build`, `npx tsc`, `nest build`), in file
   * order: a multi-stage image builds in one stage and copies the output into the final one.
   */
  buildSteps?: { command: string; line: number }[];
  /** RUN lines of any stage that install the app's dependencies (`npm ci --force`, `yarn install`), in file order. */
  installSteps?: { command: string; line: number }[];
}

export interface PackageFacts {
  /** Directory of the package.json the Docker build uses, relative to root (`.` for the root). */
  dir: string;
  name: string | null;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  /** `type: module`. */
  esm: boolean;
  /** Workspace globs of the monorepo root this package belongs to (its own when it is the root). */
  workspaces: string[];
  /** TypeScript or bundler build, when one produces the entry. */
  build: {
    tool: 'tsc' | 'tsup' | 'esbuild' | 'nest' | 'vite' | 'other';
    outDir: string | null;
    script: string;
  } | null;
}

export interface AppModel {
  version: typeof APP_MODEL_VERSION;
  /** Absolute path of the repository directory detect read. */
  root: string;
  runtime: Runtime;
  framework: Framework;
  /** The server entry file relative to root (the source file when a build produces the run file), or null. */
  entry: string | null;
  /** The file the container actually runs (e.g. `dist/server.js`), relative to root, or null. */
  runFile: string | null;
  /** The command that starts the server, e.g. `node dist/server.js` (the end of `startChain`). */
  startCommand: string | null;
  /** How the container gets there: CMD/ENTRYPOINT (or compose `command`), then each package script it runs. */
  startChain?: { command: string; source: SourceRef }[];
  ports: number[];
  /** Healthcheck path (from HEALTHCHECK or compose healthcheck), or null. */
  healthcheck: string | null;
  services: BackingService[];
  builtServices: BuiltService[];
  volumes: VolumeMount[];
  env: EnvVar[];
  /**
   * The variables `docker build` gives the RUN that builds the app (its stage's and parent stages' ENV and
   * ARG defaults, compose `build.args`); value null when unknown (an ARG without a default) or secret-like.
   */
  buildEnv?: BuildEnvVar[];
  packageManager: PackageManager | null;
  nativeAddons: string[];
  dbClients: string[];
  /** Path of an existing wrangler.json / wrangler.jsonc / wrangler.toml, or null. */
  wranglerConfig: string | null;
  dockerfile: DockerfileFacts | null;
  /** Compose files read, in merge order. */
  composeFiles: string[];
  /** The compose service that is the app (the one with `build:`), or null. */
  composeService: string | null;
  /** Static files a web server image serves (`COPY --from=build /app/dist /usr/share/nginx/html`). */
  staticSite?: {
    /** Directory relative to root. */
    directory: string;
    /** Produced by a build step of the image (so the build must run first). */
    built: boolean;
    source: SourceRef;
  } | null;
  /** Compose runs this many copies of the app service (`deploy.replicas`, `scale`): one Worker serves them. */
  replicas?: { count: number; source: SourceRef };
  /** Compose services the app service depends on (`depends_on`), by name. */
  dependsOn?: string[];
  /** The `x-cloudflare` block of the app's compose service, untouched (plan validates it). */
  composeOverrides: Record<string, unknown> | null;
  packageJson: PackageFacts | null;
  /** Cron schedules the container ran (crontab files, node-cron/cron usage), with their command. */
  crons: { schedule: string; command: string; source: SourceRef }[];
  diagnostics: Diagnostic[];
  /** Where each top-level fact was read: fact name → `file:line`. */
  sources: Record<string, SourceRef>;
}
