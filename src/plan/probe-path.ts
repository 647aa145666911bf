import type { Framework, ReportRow } from '../model/index.js';
import { appRoutes, joinPaths as join, type Route } from './app-routes.js';
import type { SourceFile } from './sources.js';

/** `@Controller(…)` / `@Get(…)` and their argument text (an object may span lines). */
const DECORATOR = /@(Controller|Get)\(([^)]*)\)/g;
const LITERAL = /^\s*(['"`])([^'"`]*)\1\s*$/;
/** A literal `key: '…'` inside an options object. */
const option = (key: string) => new RegExp(`\\b${key}:\\s*(['"\`])([^'"\`]*)\\1`);
const CALL = (method: string) => new RegExp(`\\.${method}\\(([^)]*)\\)`);
/** Paths a health check answers without the app's database, the likeliest first. */
const HEALTH = [/\/healthz?$/i, /\/(?:livez?|readyz?)$/i, /\/(?:ping|status)$/i];
const healthy = (path: string) => HEALTH.some((pattern) => pattern.test(path));
/** A path with parameters or patterns (`:id`, `*`, `{id}`, regexps): not one to request as written. */
const PARAMETERS = /[:*?({]/;

/** A decorator's path: none given → '', a literal (or an options object's `path`) → it, else null. */
function pathArgument(arg: string, object: boolean): string | null {
  if (arg.trim() === '') return '';
  return LITERAL.exec(arg)?.[2] ?? (object ? (option('path').exec(arg)?.[2] ?? null) : null);
}

/**
 * What goes before every controller's path: `setGlobalPrefix`'s literal, and with URI versioning the
 * `v<version>` of a versioned controller (https://docs.nestjs.com/faq/global-prefix,
 * https://docs.nestjs.com/techniques/versioning). Null when it is not readable (a prefix from config,
 * `exclude`, a custom version prefix or default version).
 */
function nestPrefix(sources: SourceFile[]): { global: string; uriVersions: boolean } | null {
  const text = sources.map((f) => f.text).join('\n');
  const prefix = CALL('setGlobalPrefix').exec(text)?.[1];
  const global = prefix === undefined ? '' : (LITERAL.exec(prefix.split(',')[0]!)?.[2] ?? null);
  if (global === null || prefix?.includes('exclude')) return null;
  const versioning = CALL('enableVersioning').exec(text)?.[1];
  if (versioning && /\b(?:prefix|defaultVersion)\b/.test(versioning)) return null;
  return { global, uriVersions: versioning?.includes('URI') ?? false };
}

/**
 * Nest's GET routes without parameters: each `@Get` belongs to the `@Controller` above it in its file
 * (https://docs.nestjs.com/controllers#routing); a path that is not a literal leaves its routes out, an
 * unreadable prefix all of them.
 */
function nestRoutes(sources: SourceFile[]): Route[] {
  const prefix = nestPrefix(sources);
  if (!prefix) return [];
  const routes: Route[] = [];
  for (const file of sources) {
    if (!file.text.includes('@Controller(')) continue;
    let controller: string | null = null;
    for (const match of file.text.matchAll(DECORATOR)) {
      const [, kind, arg] = match;
      if (kind === 'Controller') {
        const version = option('version').exec(arg!)?.[2];
        const path = pathArgument(arg!, true);
        controller =
          path === null
            ? null
            : join(prefix.global, prefix.uriVersions && version ? `v${version}` : '', path);
        continue;
      }
      const path = pathArgument(arg!, false);
      if (controller === null || path === null) continue;
      const full = join(controller, path);
      const line = file.text.slice(0, match.index).split('\n').length;
      routes.push({ path: full, file: file.path, line });
    }
  }
  return routes;
}

/** The GET routes an app's sources declare, for the frameworks whose routers plan reads. */
function declaredRoutes(framework: Framework, sources: SourceFile[]): Route[] {
  if (framework === 'nestjs') return nestRoutes(sources);
  if (['express', 'koa', 'hono', 'fastify'].includes(framework)) return appRoutes(sources);
  return [];
}

/**
 * The path the smoke boot (and the deploy health check) requests when the image declares no
 * HEALTHCHECK: `/` when the app declares it (or when no route is read: null keeps `/`), else its health
 * route, else its first GET route without parameters.
 */
export function probePath(
  framework: Framework,
  sources: SourceFile[],
): { path: string; row: ReportRow } | null {
  const routes = declaredRoutes(framework, sources).filter((r) => !PARAMETERS.test(r.path));
  // `/` first: a health route often asks the app's database, which the local smoke boot does not have.
  if (routes.some((r) => r.path === '/')) return null;
  const chosen =
    HEALTH.map((pattern) => routes.find((r) => pattern.test(r.path))).find(Boolean) ?? routes[0];
  if (!chosen) return null;
  return {
    path: chosen.path,
    row: {
      key: `GET ${chosen.path}`,
      source: `${chosen.file}:${chosen.line}`,
      outcome: 'approximated',
      became: `smoke check GET ${chosen.path}`,
      why: healthy(chosen.path)
        ? 'the image declares no HEALTHCHECK and the app has no route at /; the check stage requests its health route'
        : 'the image declares no HEALTHCHECK and the app has no route at /; the check stage requests its first GET route without parameters',
    },
  };
}
