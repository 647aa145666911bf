import { posix } from 'node:path';
import type { Framework, ReportRow } from '../model/index.js';
import type { SourceFile } from './sources.js';

/** A GET route read from the app's sources, with where it is declared. */
interface Route {
  path: string;
  file: string;
  line: number;
}

/** A string literal in quotes of any kind; its text is capture group `group + 1`. */
const quoted = (group: number) => `(['"\`])([^'"\`]*)\\${group}`;
/** `@Controller('products')`, `@Controller({ path: 'products' })`, `@Controller()`. */
const CONTROLLER = new RegExp(
  `@Controller\\(\\s*(?:${quoted(1)}|\\{[^}]*\\bpath:\\s*${quoted(3)})?`,
);
/** `@Get()`, `@Get('list')`: an argument that is not one string (an array, a constant) is skipped. */
const GET = new RegExp(`@Get\\(\\s*(?:${quoted(1)})?\\s*\\)`);
const GLOBAL_PREFIX = new RegExp(`\\.setGlobalPrefix\\(\\s*${quoted(1)}`);
/** Paths a health check answers without the app's database. */
const HEALTH = /\/(?:health|healthz|livez?|readyz?|status|ping)$/i;

const join = (...parts: string[]) => posix.join('/', ...parts).replace(/(.)\/$/, '$1');

/**
 * Nest's GET routes without parameters: each `@Get` belongs to the `@Controller` above it in its file;
 * `setGlobalPrefix` comes first (https://docs.nestjs.com/controllers#routing,
 * https://docs.nestjs.com/faq/global-prefix).
 */
function nestRoutes(sources: SourceFile[]): Route[] {
  const prefix =
    sources.map((f) => GLOBAL_PREFIX.exec(f.text)?.[2]).find((p) => p !== undefined) ?? '';
  const routes: Route[] = [];
  for (const file of sources) {
    if (!file.text.includes('@Controller(')) continue;
    let controller: string | null = null;
    file.text.split('\n').forEach((text, index) => {
      const declared = CONTROLLER.exec(text);
      if (declared) controller = declared[2] ?? declared[4] ?? '';
      const get = controller === null ? null : GET.exec(text);
      const path = get ? join(prefix, controller!, get[2] ?? '') : null;
      if (path && !/[:*?(]/.test(path)) routes.push({ path, file: file.path, line: index + 1 });
    });
  }
  return routes;
}

/**
 * The path the smoke boot (and the deploy health check) requests when the image declares no
 * HEALTHCHECK: `/` unless the app's routes show none there; then a health route, else its shortest GET
 * route. Nest's router is read from its decorators; null keeps `/`.
 */
export function probePath(
  framework: Framework,
  sources: SourceFile[],
): { path: string; row: ReportRow } | null {
  if (framework !== 'nestjs') return null;
  const routes = nestRoutes(sources);
  const byLength = [...routes].sort((a, b) => a.path.length - b.path.length);
  const chosen = routes.find((r) => HEALTH.test(r.path)) ?? byLength[0];
  if (!chosen || chosen.path === '/') return null;
  return {
    path: chosen.path,
    row: {
      key: `GET ${chosen.path}`,
      source: `${chosen.file}:${chosen.line}`,
      outcome: 'approximated',
      became: `smoke check GET ${chosen.path}`,
      why: HEALTH.test(chosen.path)
        ? 'the image declares no HEALTHCHECK; the check stage requests the app’s health route'
        : 'the image declares no HEALTHCHECK and the app has no route at /; the check stage requests its shortest GET route',
    },
  };
}
