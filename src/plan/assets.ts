import { access } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { AppModel, PackageManager, ReportRow, SourceRef } from '../model/index.js';
import type { Overrides } from './overrides.js';
import { findInSources, hitRef, type SourceFile } from './sources.js';

/** A static build the Worker serves: the app's own (a web server image) or a frontend service's. */
export interface StaticSite {
  /** Directory relative to the repository root. */
  directory: string;
  /** Produced by a build (a single-page app): unknown paths fall back to index.html. */
  built: boolean;
  source: SourceRef;
  /** The build that produces it, from the owning package's directory (relative to root). */
  build: { command: string; cwd: string } | null;
}

export interface AssetsPlan {
  /** Directory relative to the repository root. */
  directory: string;
  source: string;
  row: ReportRow;
  /** `not_found_handling: "single-page-application"`. */
  spa: boolean;
  build: { command: string; cwd: string } | null;
}

/** `express.static('public')`, `serveStatic(path.join(__dirname, 'public'))`, `koa-static('public')`. */
const STATIC_CALL =
  /(?:express\.static|serveStatic|serve|koaStatic|fastifyStatic)\(\s*(?:path\.(?:join|resolve)\(\s*__dirname\s*,\s*)?['"]\.?\/?([\w./-]+)['"]/;
/** A clean install from the lockfile, then the package's own build script. */
const BUILD_COMMANDS: Record<PackageManager, string> = {
  npm: 'npm ci && npm run build',
  pnpm: 'pnpm install --frozen-lockfile && pnpm run build',
  yarn: 'yarn install --frozen-lockfile && yarn run build',
  bun: 'bun install --frozen-lockfile && bun run build',
};
/** No lockfile: `npm ci` refuses to run, so install as the image's `npm install` does. */
const UNLOCKED_BUILD = 'npm install && npm run build';

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** The static build a web server image serves, and the package build that produces it. */
export function staticSiteOf(owner: AppModel): StaticSite | null {
  const site = owner.staticSite;
  if (!site) return null;
  const pkg = owner.packageJson;
  const build =
    site.built && pkg?.scripts.build
      ? {
          command: owner.packageManager ? BUILD_COMMANDS[owner.packageManager] : UNLOCKED_BUILD,
          cwd: pkg.dir,
        }
      : null;
  return { directory: site.directory, built: site.built, source: site.source, build };
}

/** The static directory the app serves: an override, a static middleware call, or a web server's files. */
export async function planAssets(
  app: AppModel,
  overrides: Overrides,
  sources: SourceFile[],
  site: StaticSite | null,
): Promise<AssetsPlan | null> {
  if (overrides.assets === false) return null;
  if (typeof overrides.assets === 'string') {
    const row: ReportRow = {
      key: 'assets (override)',
      source: 'docker-to-workers.yml',
      outcome: 'converted',
      became: `assets.directory ${overrides.assets}`,
      why: 'set by override',
    };
    return {
      directory: overrides.assets,
      source: 'docker-to-workers.yml',
      row,
      spa: false,
      build: null,
    };
  }
  for (const hit of findInSources(sources, STATIC_CALL)) {
    const directory = posix.normalize(posix.join(posix.dirname(hit.file), hit.match[1] ?? '.'));
    if (await exists(join(app.root, directory))) {
      const row: ReportRow = {
        key: hit.text,
        source: hitRef(hit),
        outcome: 'converted',
        became: `assets.directory ${directory}`,
        why: 'served by Workers static assets before the app runs (no CPU time)',
      };
      return { directory, source: hitRef(hit), row, spa: false, build: null };
    }
  }
  if (!site) return null;
  const row: ReportRow = {
    key: `static files ${site.directory}`,
    source: site.source,
    outcome: 'converted',
    became: `assets.directory ${site.directory}${site.built ? ' (single-page-application fallback)' : ''}`,
    why: site.build
      ? `static build output served by Workers static assets; \`${site.build.command}\` in ${site.build.cwd} builds it first`
      : 'static files served by Workers static assets',
  };
  return {
    directory: site.directory,
    source: site.source,
    row,
    spa: site.built,
    build: site.build,
  };
}
