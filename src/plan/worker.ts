import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type {
  AppModel,
  BuiltService,
  CodeChange,
  Diagnostic,
  Target,
  VendorPackage,
  Verdict,
  WorkerPlan,
} from '../model/index.js';
import { UserError } from '../errors.js';
import { planAssets } from './assets.js';
import { planBindings } from './bindings.js';
import { planServiceCalls } from './calls.js';
import { compatibilityFlags, defaultCompatibilityDate, isCompatibilityDate } from './compat.js';
import { buildConfig } from './config.js';
import { CONTAINERS_PACKAGE, containerConfig, containerPlan, renderRouter } from './container.js';
import { planCrons } from './crons.js';
import { entryStrategy, importFrom, type EntryStrategy } from './entry.js';
import { planEnv } from './env.js';
import { installedTree } from './installed.js';
import { OVERRIDES_FILE, type Overrides } from './overrides.js';
import { findPitfalls, type PitfallHit } from './pitfalls.js';
import { planRemedies } from './remedies.js';
import { dockerfileRows } from './rows.js';
import { ambiguity, planDiagnostic } from './rules.js';
import { renderShim } from './shim.js';
import { readSources } from './sources.js';
import { decideTarget } from './target.js';

export interface PlanOptions {
  target?: Target;
  compatibilityDate?: string;
  /** Disables the generated-build remedies for known pitfalls (they are then reported as code changes). */
  noRemedies?: boolean;
  /** Use the repository's own wrangler config as the base. */
  useExisting?: boolean;
  /** Output directory (default `<root>/.docker-to-workers`). */
  outDir?: string;
  /** Detects another built compose service (the CLI passes detect with `--service`). */
  detectService?: (service: BuiltService) => Promise<AppModel>;
}

export interface WorkerInput {
  app: AppModel;
  name: string;
  service: string | null;
  overrides: Overrides;
  options: PlanOptions;
  ci: boolean;
  outDir: string;
  others: { service: BuiltService; worker: string }[];
  setSecret: (value: string) => void;
}

const JS_RUNTIMES = new Set(['node', 'bun', 'deno', 'static', 'unknown']);

async function requirements(app: AppModel): Promise<string[]> {
  if (app.runtime !== 'python') return [];
  const text = await readFile(join(app.root, 'requirements.txt'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .map((line) =>
      (
        line
          .replace(/#.*/, '')
          .trim()
          .split(/[\s=<>!~[;]/)[0] ?? ''
      )
        .toLowerCase()
        .replace(/_/g, '-'),
    )
    .filter(Boolean);
}

function compatibilityDate(input: WorkerInput, diagnostics: Diagnostic[]): string {
  const newest = defaultCompatibilityDate();
  const chosen = input.options.compatibilityDate ?? input.overrides.compatibility_date ?? newest;
  if (!isCompatibilityDate(chosen)) {
    throw new UserError(`Invalid compatibility date '${chosen}'.`, {
      fix: 'Use YYYY-MM-DD, e.g. --compatibility-date 2026-05-03.',
    });
  }
  if (chosen > newest) {
    diagnostics.push(
      planDiagnostic('P011', {
        message: `compatibility date ${chosen} is newer than the local workerd accepts (${newest}): the smoke boot will refuse it`,
        fix: `Use ${newest} or older, or pin a newer wrangler.`,
      }),
    );
  }
  return chosen;
}

function choosePort(
  input: WorkerInput,
  needsPort: boolean,
  diagnostics: Diagnostic[],
): number | null {
  const { app, overrides, ci } = input;
  if (overrides.port) return overrides.port;
  const [first] = app.ports;
  if (app.ports.length === 1 && first !== undefined) return first;
  const resolveWith = `\`port\` in ${OVERRIDES_FILE}${input.service ? ` (services.${input.service}.port)` : ''} or \`x-cloudflare: { port }\` in compose`;
  if (app.ports.length > 1) {
    diagnostics.push(
      ambiguity('P020', ci, {
        message: `the app exposes several ports (${app.ports.join(', ')})`,
        chosen: `port ${String(first)}`,
        resolveWith,
        source: app.sources.ports,
      }),
    );
    return first ?? null;
  }
  if (!needsPort) return null;
  diagnostics.push(
    ambiguity('P020', ci, {
      message: 'no port found (EXPOSE, compose ports or an unset variable)',
      chosen: 'port 8080',
      resolveWith,
      source: app.dockerfile?.path,
    }),
  );
  return 8080;
}

function verdictOf(
  target: Target,
  strategy: EntryStrategy,
  codeChanges: CodeChange[],
  diagnostics: Diagnostic[],
  reason: string,
): { verdict: Verdict; verdictReason: string } {
  if (diagnostics.some((d) => d.severity === 'error'))
    return {
      verdict: 'unsupported',
      verdictReason: diagnostics.find((d) => d.severity === 'error')?.message ?? 'errors',
    };
  if (target === 'container') return { verdict: 'container', verdictReason: reason };
  if (strategy.kind === 'opennext')
    return {
      verdict: 'needs-changes',
      verdictReason: 'Next.js builds with OpenNext (@opennextjs/cloudflare) first',
    };
  if (codeChanges.length > 0)
    return {
      verdict: 'needs-changes',
      verdictReason: `${codeChanges.length} code change(s) listed below`,
    };
  return { verdict: 'ready', verdictReason: 'deploys as is' };
}

/** Plans one Worker: target, entry, config, bindings, remedies, report rows and verdict. */
export async function planWorker(input: WorkerInput): Promise<WorkerPlan> {
  const { app, overrides } = input;
  const workerDir = join(input.outDir, input.name);
  const rel = (file: string): string => importFrom(workerDir, app.root, file);
  const packageDir = app.packageJson?.dir ?? '.';
  const sources = await readSources(app.root, packageDir, app.packageJson?.build?.outDir ?? null);
  const dependencies = app.packageJson?.dependencies ?? {};
  const installed = app.packageJson
    ? await installedTree(join(app.root, packageDir), dependencies)
    : [];
  const hits: PitfallHit[] = JS_RUNTIMES.has(app.runtime)
    ? findPitfalls({ installed, dependencies, sources })
    : [];
  const forced = input.options.target
    ? { target: input.options.target, by: '--target' }
    : overrides.target
      ? { target: overrides.target, by: `target in ${OVERRIDES_FILE}` }
      : null;
  const decision = decideTarget(app, hits, await requirements(app), forced);
  const diagnostics: Diagnostic[] = [...decision.diagnostics];
  diagnostics.push(
    planDiagnostic('P001', {
      message: `target ${decision.target}: ${decision.reason}`,
      source: decision.source,
    }),
  );
  const date = compatibilityDate(input, diagnostics);
  const strategy: EntryStrategy =
    decision.target === 'container'
      ? { kind: 'none' }
      : decision.target === 'python-worker'
        ? { kind: 'python', file: app.entry ?? 'main.py', build: null }
        : await entryStrategy(app);
  const needsPort = decision.target === 'container' || strategy.kind === 'http-server';
  const port = choosePort(input, needsPort, diagnostics);

  const codeChanges: CodeChange[] = [];
  const rows = dockerfileRows(
    app,
    decision.target,
    'file' in strategy ? strategy.file : null,
    strategy.kind === 'http-server' ? port : null,
  );

  if (decision.target === 'container') {
    const env = planEnv(app, overrides, [], null, input.setSecret);
    const container = containerPlan(app, overrides, port ?? 8080);
    const parts = buildConfig({
      name: input.name,
      main: 'router.mjs',
      compatibilityDate: date,
      compatibilityFlags: [],
      vars: {},
      bindings: [],
      assets: null,
      crons: [],
      cpuMs: null,
      alias: {},
      build: null,
      routes: overrides.routes ?? null,
    });
    const extra = containerConfig(
      container,
      posix.relative(workerDir, join(app.root, container.dockerfile)),
    );
    const verdict = verdictOf('container', strategy, codeChanges, diagnostics, decision.reason);
    return finish(input, {
      target: 'container',
      decision,
      date,
      flags: [],
      port,
      env,
      diagnostics,
      rows: [...rows, ...env.rows],
      codeChanges,
      hits,
      remedies: [],
      bindings: [],
      assets: null,
      crons: [],
      container,
      config: { ...parts.config, ...extra.config },
      comments: { ...parts.comments, ...extra.comments },
      modules: { 'router.mjs': renderRouter(container, env.vars) },
      vendor: [CONTAINERS_PACKAGE],
      main: 'router.mjs',
      ...verdict,
    });
  }

  const bindings = await planBindings(app, overrides, sources);
  const calls = planServiceCalls(app, input.others, sources);
  const assets = await planAssets(app, overrides, sources);
  const crons = planCrons(app, overrides);
  const remedies = planRemedies(hits, input.options.noRemedies ?? false);
  const envPlan = planEnv(
    app,
    overrides,
    bindings.serviceVars,
    strategy.kind === 'http-server' ? port : null,
    input.setSecret,
  );
  codeChanges.push(
    ...bindings.codeChanges,
    ...calls.codeChanges,
    ...crons.codeChanges,
    ...remedies.codeChanges,
  );
  diagnostics.push(...bindings.diagnostics, ...envPlan.diagnostics, ...remedies.diagnostics);
  rows.push(
    ...envPlan.rows,
    ...bindings.rows,
    ...calls.rows,
    ...crons.rows,
    ...(assets ? [assets.row] : []),
  );
  if (strategy.kind === 'none')
    diagnostics.push(
      planDiagnostic('P061', {
        message: 'no server entry found (CMD, package.json start/main)',
        fix: 'Give the Dockerfile a CMD that runs the server file, or set "main" in package.json.',
      }),
    );
  if (strategy.kind === 'opennext')
    diagnostics.push(
      planDiagnostic('P060', {
        message:
          'Next.js runs on Workers through OpenNext (@opennextjs/cloudflare), not its standalone server',
        fix: 'npm install -D @opennextjs/cloudflare, copy the generated open-next.config.ts into the app, then build with `npx opennextjs-cloudflare build`.',
      }),
    );

  const allBindings = [...bindings.bindings, ...calls.bindings];
  const shim =
    strategy.kind === 'http-server' || strategy.kind === 'fetch' || strategy.kind === 'python'
      ? renderShim({
          kind: strategy.kind,
          appImport: rel(strategy.file),
          port: port ?? 8080,
          hyperdriveEnv: bindings.replacedVars,
          serviceHosts: calls.hosts,
          cronPaths: crons.paths,
          redisStateClass: allBindings.some((b) => b.type === 'durable-object'),
          pythonApp: app.startCommand?.match(/([\w.]+:\w+)/)?.[1],
        })
      : null;
  const opennext = strategy.kind === 'opennext';
  const appDir = join(app.root, packageDir);
  const main = opennext
    ? posix.relative(workerDir, join(appDir, '.open-next/worker.js'))
    : (shim?.main ?? null);
  const assetsDir = opennext
    ? { directory: posix.relative(workerDir, join(appDir, '.open-next/assets')), binding: 'ASSETS' }
    : assets
      ? { directory: posix.relative(workerDir, join(app.root, assets.directory)) }
      : null;
  const build = opennext
    ? { command: 'npx opennextjs-cloudflare build', cwd: posix.relative(workerDir, appDir) || '.' }
    : 'build' in strategy && strategy.build
      ? {
          command: strategy.build.command,
          cwd: posix.relative(workerDir, join(app.root, strategy.build.cwd)) || '.',
        }
      : null;
  const flags = [
    ...new Set([
      ...compatibilityFlags(decision.target, date, strategy.kind === 'http-server'),
      ...(overrides.compatibility_flags ?? []),
    ]),
  ];
  const rebased = allBindings.map((b) =>
    b.type === 'd1' && b.migrationsDir
      ? { ...b, migrationsDir: posix.relative(workerDir, join(app.root, b.migrationsDir)) }
      : b,
  );
  const parts = buildConfig({
    name: input.name,
    main,
    compatibilityDate: date,
    compatibilityFlags: flags,
    vars: envPlan.vars,
    bindings: rebased,
    assets: assetsDir,
    crons: crons.schedules,
    cpuMs: overrides.cpu_ms ?? null,
    alias: remedies.alias,
    build,
    routes: overrides.routes ?? null,
  });
  const modules = {
    ...(shim?.modules ?? {}),
    ...(opennext
      ? {
          'open-next.config.ts':
            "import { defineCloudflareConfig } from '@opennextjs/cloudflare';\n\nexport default defineCloudflareConfig();\n",
        }
      : {}),
  };
  const verdict = verdictOf(decision.target, strategy, codeChanges, diagnostics, decision.reason);
  return finish(input, {
    target: decision.target,
    decision,
    date,
    flags,
    port,
    env: envPlan,
    diagnostics,
    rows,
    codeChanges,
    hits,
    remedies: remedies.applied,
    bindings: allBindings,
    assets: assets ? { directory: assets.directory } : null,
    crons: crons.schedules,
    container: null,
    config: parts.config,
    comments: parts.comments,
    modules,
    vendor: remedies.vendor,
    main: main ?? '',
    ...verdict,
  });
}

interface Assembled {
  target: Target;
  decision: { reason: string; source: string | null };
  date: string;
  flags: string[];
  port: number | null;
  env: { vars: Record<string, string>; secrets: string[] };
  diagnostics: Diagnostic[];
  rows: WorkerPlan['report'];
  codeChanges: CodeChange[];
  hits: PitfallHit[];
  remedies: WorkerPlan['remedies'];
  bindings: WorkerPlan['bindings'];
  assets: WorkerPlan['assets'];
  crons: string[];
  container: WorkerPlan['container'];
  config: Record<string, unknown>;
  comments: Record<string, string>;
  modules: Record<string, string>;
  vendor: VendorPackage[];
  main: string;
  verdict: Verdict;
  verdictReason: string;
}

function finish(input: WorkerInput, a: Assembled): WorkerPlan & { diagnostics: Diagnostic[] } {
  return {
    name: input.name,
    target: a.target,
    targetReason: a.decision.reason,
    targetSource: a.decision.source,
    dir: input.app.packageJson?.dir ?? '.',
    compatibilityDate: a.date,
    compatibilityFlags: a.flags,
    main: `${input.name}/${a.main}`,
    port: a.port,
    healthcheckPath: input.app.healthcheck ?? '/',
    vars: a.env.vars,
    secrets: a.env.secrets,
    bindings: a.bindings,
    assets: a.assets,
    crons: a.crons,
    cpuMs: input.overrides.cpu_ms ?? null,
    remedies: a.remedies,
    codeChanges: a.codeChanges,
    report: a.rows,
    verdict: a.verdict,
    verdictReason: a.verdictReason,
    files: {
      wranglerConfig: `${input.name}/wrangler.jsonc`,
      shim: `${input.name}/${a.main}`,
      report: 'MIGRATION.md',
    },
    service: input.service,
    container: a.container,
    baseConfig: null,
    generated: { config: a.config, comments: a.comments, modules: a.modules, vendor: a.vendor },
    diagnostics: a.diagnostics,
  };
}
