import { access } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { AppModel, ReportRow } from '../model/index.js';
import type { Overrides } from './overrides.js';
import { findInSources, hitRef, type SourceFile } from './sources.js';

export interface AssetsPlan {
  /** Directory relative to the repository root. */
  directory: string;
  source: string;
  row: ReportRow;
}

/** `express.static('public')`, `serveStatic(path.join(__dirname, 'public'))`, `koa-static('public')`. */
const STATIC_CALL =
  /(?:express\.static|serveStatic|serve|koaStatic|fastifyStatic)\(\s*(?:path\.(?:join|resolve)\(\s*__dirname\s*,\s*)?['"]\.?\/?([\w./-]+)['"]/;
/** Where static web servers serve from inside an image. */
const STATIC_ROOTS =
  /^\/(?:usr\/share\/nginx\/html|var\/www(?:\/html)?|usr\/local\/apache2\/htdocs|srv)\/?$/;

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** The static directory the app serves: an override, a static middleware call, or an nginx-style COPY. */
export async function planAssets(
  app: AppModel,
  overrides: Overrides,
  sources: SourceFile[],
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
    return { directory: overrides.assets, source: 'docker-to-workers.yml', row };
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
      return { directory, source: hitRef(hit), row };
    }
  }
  for (const copy of app.dockerfile?.copies ?? []) {
    const from = copy.sources[0];
    if (!STATIC_ROOTS.test(copy.destination) || copy.sources.length !== 1 || !from) continue;
    const directory = posix.normalize(from.replace(/^\/(?:app|src|usr\/src\/app)\//, ''));
    const source = `${app.dockerfile?.path ?? 'Dockerfile'}:${copy.line}`;
    const row: ReportRow = {
      key: `COPY ${copy.from ? `--from=${copy.from} ` : ''}${from} ${copy.destination}`,
      source,
      outcome: 'converted',
      became: `assets.directory ${directory}`,
      why: copy.from
        ? 'static build output served by Workers static assets (run the build first)'
        : 'static files served by Workers static assets',
    };
    return { directory, source, row };
  }
  return null;
}
