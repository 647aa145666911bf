import { join, posix } from 'node:path';
import semver from 'semver';
import type { CodeChange, Diagnostic, PackageManager } from '../model/index.js';
import type { Analysis, TargetParts } from './assemble.js';
import { planAssets, staticSiteOf } from './assets.js';
import { planBindings } from './bindings.js';
import {
  OPEN_NEXT_ADAPTER,
  OPEN_NEXT_CONFIG,
  OPEN_NEXT_PEER_NEXT,
  OPEN_NEXT_VERSION,
} from './build.js';
import { planServiceCalls } from './calls.js';
import { compatibilityFlags, supportsRequiredSecrets } from './compat.js';
import { buildConfig } from './config.js';
import { planCrons } from './crons.js';
import { importFrom } from './entry.js';
import { nodeEnvDefine, planEnv } from './env.js';
import { optionalStubs } from './optional.js';
import { planRemedies } from './remedies.js';
import { planDiagnostic } from './rules.js';
import { importsOnFirstEvent, renderShim } from './shim.js';
import { wasmRows } from './wasm.js';

/** How each package manager adds a devDependency. */
const ADD_DEV: Record<PackageManager, string> = {
  npm: 'npm install -D',
  pnpm: 'pnpm add -D',
  yarn: 'yarn add -D',
  bun: 'bun add -d',
};

/** The adapter's peer range excludes the app's Next.js: npm then refuses the install (ERESOLVE). */
function peerNote(next: string | undefined): string {
  const lowest = next ? semver.minVersion(next) : null;
  if (!lowest || semver.satisfies(lowest, OPEN_NEXT_PEER_NEXT)) return '';
  return `; it wants next ${OPEN_NEXT_PEER_NEXT} (its peer range) and the app has ${next}: upgrade next first, or npm refuses the install (ERESOLVE)`;
}

/**
 * The steps that make an app without the adapter build for Workers as Cloudflare documents it
 * (https://opennext.js.org/cloudflare/get-started): the adapter, its config and the Wrangler config it reads.
 */
function openNextSteps(analysis: Analysis, workerDir: string): CodeChange[] {
  const { app, name } = analysis.input;
  const pkg = app.packageJson;
  if (analysis.strategy.kind !== 'opennext' || !pkg) return [];
  const declared = { ...pkg.dependencies, ...pkg.devDependencies };
  const dir = pkg.dir === '.' ? 'the app' : pkg.dir;
  const generated = `${name}/open-next.config.ts`;
  return [
    ...(OPEN_NEXT_ADAPTER in declared
      ? []
      : [
          {
            file: posix.join(pkg.dir, 'package.json'),
            line: null,
            change: `add the adapter: \`${ADD_DEV[app.packageManager ?? 'npm']} ${OPEN_NEXT_ADAPTER}@${OPEN_NEXT_VERSION}\` (in ${dir})${peerNote(declared.next)}`,
            why: '`opennextjs-cloudflare build` runs `next build` and turns its output into .open-next/worker.js and .open-next/assets, what the Worker runs',
          },
        ]),
    {
      file: posix.join(pkg.dir, 'open-next.config.ts'),
      line: null,
      change: `copy the generated ${generated} (output directory) here, unless the app has one`,
      why: 'the adapter needs it in the project root; outside a terminal (CI) it fails instead of offering to create it',
    },
    {
      file: posix.join(pkg.dir, 'wrangler.jsonc'),
      line: null,
      change: `use the generated ${name}/wrangler.jsonc (\`plan --write\` puts it here), or build with \`npx opennextjs-cloudflare build --config ${posix.relative(join(app.root, pkg.dir), join(workerDir, 'wrangler.jsonc'))}\``,
      why: 'the adapter reads the Worker config (main .open-next/worker.js, assets binding ASSETS, nodejs_compat, a compatibility date from 2024-09-23); in CI it fails without one',
    },
  ];
}

/** Python Workers upload the modules in main's directory: the entry must sit beside the app's package. */
function pythonPlacement(analysis: Analysis): CodeChange[] {
  if (analysis.strategy.kind !== 'python') return [];
  return [
    {
      file: 'entry.py',
      line: null,
      change:
        'run plan with --write so entry.py and wrangler.jsonc sit at the repository root beside the app package, and vendor requirements with pywrangler',
      why: 'Python Workers bundle only the modules next to main; the output directory holds none of the app',
    },
  ];
}

function entryDiagnostics(analysis: Analysis): Diagnostic[] {
  if (analysis.strategy.kind === 'none') {
    return [
      planDiagnostic('P061', {
        message: 'no server entry found (CMD, package.json start/main)',
        fix: 'Give the Dockerfile a CMD that runs the server file, or set "main" in package.json.',
      }),
    ];
  }
  if (analysis.strategy.kind === 'opennext') {
    return [
      planDiagnostic('P060', {
        message:
          'Next.js runs on Workers through OpenNext (@opennextjs/cloudflare), not its standalone server',
        fix: `Add ${OPEN_NEXT_ADAPTER}@${OPEN_NEXT_VERSION} as a devDependency, copy the generated open-next.config.ts into the app, then build with \`npx opennextjs-cloudflare build\` (the steps are under Code changes in MIGRATION.md).`,
      }),
    ];
  }
  return [];
}

/** The static site's build runs first (from its own directory), then the Worker's own build. */
function withSiteBuild(
  site: { command: string; cwd: string } | null,
  own: { command: string; cwd: string } | null,
): { command: string; cwd: string } | null {
  if (!site || !own) return site ?? own;
  const dir = posix.relative(own.cwd, site.cwd) || '.';
  return { command: `(cd ${dir} && ${site.command}) && ${own.command}`, cwd: own.cwd };
}

/** The `worker` / `python-worker` targets: bindings, env, assets, crons, remedies, the shim and the config. */
export async function isolateParts(analysis: Analysis): Promise<TargetParts> {
  const { input, workerDir, sources, strategy, port } = analysis;
  const { app, overrides } = input;
  const fromWorker = (path: string): string =>
    posix.relative(workerDir, join(app.root, path)) || '.';
  const serves = strategy.kind === 'http-server';
  const bindings = await planBindings(app, overrides, sources);
  const calls = planServiceCalls(app, input.others, sources);
  const assets = await planAssets(app, overrides, sources, input.site ?? staticSiteOf(app));
  const crons = planCrons(app, overrides);
  const remedies = planRemedies(analysis.hits, input.options.noRemedies ?? false);
  const env = planEnv(app, overrides, bindings.serviceVars, serves ? port : null);
  const allBindings = [...bindings.bindings, ...calls.bindings];
  const optional = serves || strategy.kind === 'fetch' ? optionalStubs(app) : null;

  const shim =
    strategy.kind === 'http-server' || strategy.kind === 'fetch' || strategy.kind === 'python'
      ? renderShim({
          kind: strategy.kind,
          appImport: importFrom(workerDir, app.root, strategy.file),
          port: port ?? 8080,
          hyperdriveEnv: bindings.replacedVars,
          serviceHosts: calls.hosts,
          cronPaths: crons.paths,
          redisStateClass: allBindings.some((b) => b.type === 'durable-object'),
          handler: remedies.handler,
          holdStartupTimers: remedies.holdStartupTimers,
          pythonApp: app.startCommand?.match(/([\w.]+:\w+)/)?.[1],
        })
      : null;
  const appDir = app.packageJson?.dir ?? '.';
  const opennext = strategy.kind === 'opennext';
  const rust = strategy.kind === 'workers-rs';
  const main = opennext
    ? fromWorker(posix.join(appDir, '.open-next/worker.js'))
    : rust
      ? fromWorker(posix.join(appDir, 'build/worker/shim.mjs'))
      : (shim?.main ?? null);
  const assetsConfig = opennext
    ? { directory: fromWorker(posix.join(appDir, '.open-next/assets')), binding: 'ASSETS' }
    : assets
      ? {
          directory: fromWorker(assets.directory),
          ...(assets.spa ? { notFoundHandling: 'single-page-application' as const } : {}),
          ...(shim && input.appPaths?.length ? { runWorkerFirst: input.appPaths } : {}),
        }
      : null;
  const ownBuild = opennext
    ? { command: strategy.compile.command, cwd: fromWorker(appDir) }
    : rust
      ? {
          command: 'cargo install -q worker-build && worker-build --release',
          cwd: fromWorker(appDir),
        }
      : 'build' in strategy && strategy.build
        ? { command: strategy.build.command, cwd: fromWorker(strategy.build.cwd) }
        : null;
  const build = withSiteBuild(
    assets?.build ? { command: assets.build.command, cwd: fromWorker(assets.build.cwd) } : null,
    ownBuild,
  );
  const flags = [
    ...new Set([
      ...compatibilityFlags(analysis.decision.target, analysis.date, serves),
      ...(overrides.compatibility_flags ?? []),
    ]),
  ];
  const { config, comments } = buildConfig({
    name: input.name,
    main,
    compatibilityDate: analysis.date,
    dateOverridden: Boolean(input.options.compatibilityDate ?? overrides.compatibility_date),
    compatibilityFlags: flags,
    vars: env.vars,
    requiredSecrets: supportsRequiredSecrets(input.runtime.wranglerVersion) ? env.secrets : [],
    bindings: allBindings.map((b) =>
      b.type === 'd1' && b.migrationsDir ? { ...b, migrationsDir: fromWorker(b.migrationsDir) } : b,
    ),
    assets: assetsConfig,
    crons: crons.schedules,
    cpuMs: overrides.cpu_ms ?? null,
    alias: { ...remedies.alias, ...optional?.alias },
    define: { ...nodeEnvDefine(env.vars), ...remedies.define },
    build,
    routes: overrides.routes ?? null,
  });
  const refused =
    remedies.lateLoad && importsOnFirstEvent(bindings.replacedVars)
      ? `with Hyperdrive the entry imports the app on the first request (once process.env holds the pooled connection string), where ${remedies.lateLoad}`
      : null;
  return {
    ...(refused ? { refused } : {}),
    flags,
    env,
    rows: [
      ...bindings.rows,
      ...calls.rows,
      ...crons.rows,
      ...(assets ? [assets.row] : []),
      ...wasmRows(analysis.wasm),
      ...(optional?.rows ?? []),
    ],
    codeChanges: [
      ...pythonPlacement(analysis),
      ...openNextSteps(analysis, workerDir),
      ...bindings.codeChanges,
      ...calls.codeChanges,
      ...crons.codeChanges,
      ...remedies.codeChanges,
    ],
    diagnostics: [
      ...bindings.diagnostics,
      ...env.diagnostics,
      ...remedies.diagnostics,
      ...entryDiagnostics(analysis),
    ],
    remedies: remedies.applied,
    bindings: allBindings,
    assets: assetsConfig && assets ? { ...assetsConfig, directory: assets.directory } : null,
    crons: crons.schedules,
    container: null,
    config,
    comments,
    modules: {
      ...(shim?.modules ?? {}),
      ...optional?.modules,
      ...remedies.modules,
      ...(opennext ? { 'open-next.config.ts': OPEN_NEXT_CONFIG } : {}),
    },
    vendor: remedies.vendor,
    main: main ?? '',
  };
}
