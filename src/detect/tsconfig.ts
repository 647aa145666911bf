import { posix } from 'node:path';
import { parse } from 'jsonc-parser';

/** Reads a repository-relative text file; null when absent or refused. */
export type ReadText = (path: string) => Promise<string | null>;

/** Options whose value is a path, relative to the config file that sets it (TypeScript's rule). */
const PATH_OPTIONS = ['outDir', 'rootDir', 'baseUrl', 'declarationDir'] as const;
const MAX_DEPTH = 8;

interface RawConfig {
  extends?: unknown;
  compilerOptions?: Record<string, unknown>;
}

/** The files an `extends` entry may name, in TypeScript's order (`./base` → `./base`, `./base.json`). */
function candidates(spec: string, fromFile: string, dir: string): string[] {
  if (spec.startsWith('.') || spec.startsWith('/')) {
    const path = posix.join(posix.dirname(fromFile), spec);
    return path.endsWith('.json') ? [path] : [path, `${path}.json`];
  }
  // A package base (`@tsconfig/node20/tsconfig.json`, `@tsconfig/strictest`): node_modules upward from
  // the package directory, as Node resolution looks.
  const files = spec.endsWith('.json')
    ? [spec]
    : [`${spec}.json`, posix.join(spec, 'tsconfig.json')];
  const found: string[] = [];
  for (let current = dir; ; current = posix.dirname(current)) {
    for (const file of files) found.push(posix.join(current, 'node_modules', file));
    if (current === '.' || current === '/' || current === '') return found;
  }
}

async function options(
  read: ReadText,
  file: string,
  dir: string,
  packages: boolean,
  depth: number,
): Promise<Record<string, unknown> | null> {
  const text = depth > MAX_DEPTH ? null : await read(file);
  if (text === null) return null;
  const config = (parse(text) ?? {}) as RawConfig;
  const bases = (Array.isArray(config.extends) ? config.extends : [config.extends]).filter(
    (spec): spec is string =>
      typeof spec === 'string' && (packages || spec.startsWith('.') || spec.startsWith('/')),
  );
  let merged: Record<string, unknown> = {};
  for (const spec of bases) {
    for (const candidate of candidates(spec, file, dir)) {
      const base = await options(read, candidate, dir, packages, depth + 1);
      if (base) {
        merged = { ...merged, ...base };
        break;
      }
    }
  }
  const own = { ...(config.compilerOptions ?? {}) };
  for (const key of PATH_OPTIONS) {
    const value = own[key];
    if (typeof value === 'string') own[key] = posix.join(posix.dirname(file), value);
  }
  return { ...merged, ...own };
}

/**
 * A tsconfig's `compilerOptions` with its `extends` chain merged (relative files always; package bases
 * in node_modules when `packages` is set), path options (outDir, rootDir, baseUrl, declarationDir)
 * made relative to the package directory `dir`. `project` is relative to `dir`.
 * https://www.typescriptlang.org/tsconfig/#extends
 */
export async function tsconfigOptions(
  read: ReadText,
  dir: string,
  project: string,
  packages = false,
): Promise<Record<string, unknown> | null> {
  const file = posix.join(
    dir,
    project.endsWith('.json') ? project : posix.join(project, 'tsconfig.json'),
  );
  const merged = await options(read, file, dir, packages, 0);
  if (!merged) return null;
  for (const key of PATH_OPTIONS) {
    const value = merged[key];
    if (typeof value === 'string') merged[key] = posix.relative(dir, value) || '.';
  }
  return merged;
}
