import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { parse } from 'jsonc-parser';
import type { AppModel, Diagnostic } from '../model/index.js';
import { outputSources } from './output-sources.js';
import { planDiagnostic } from './rules.js';
import { readSourceFiles, type SourceFile } from './sources.js';

/**
 * The app's modules the Worker runs: the entry and every source file it reaches through static
 * imports, `export … from`, `require('…')` and `import('…')` with literal specifiers. Seed scripts,
 * test helpers, mocks and tool configs are not reached, so their code never counts against the app.
 * Read from the text (TypeScript included), resolved the way Node and TypeScript resolve relative
 * specifiers (extension probing, `.js` written for a `.ts` file, `index` files) and tsconfig `paths`.
 */

const SPECIFIER =
  /\b(?:import|export)\s+(type\s+)?(?:[\w$*{}\s,]+?\s+from\s+)?['"]([^'"\n]+)['"]|\b(?:require|import)\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** A compiled specifier (`./db.js`) names the TypeScript source it was written next to. */
const COMPILED_TO_SOURCE: Record<string, string[]> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

/** tsconfig `paths` (pattern → targets), resolved against `baseUrl`, repository-relative. */
export interface PathAliases {
  baseUrl: string | null;
  paths: Record<string, string[]>;
}

/** Specifiers of the modules a source file loads (type-only imports excluded). */
export function importedSpecifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(SPECIFIER)) {
    if (match[1]) continue;
    const specifier = match[2] ?? match[3];
    if (specifier) found.push(specifier);
  }
  return found;
}

function probe(base: string, known: Set<string>): string | null {
  const extension = posix.extname(base);
  const candidates = [
    base,
    ...(COMPILED_TO_SOURCE[extension] ?? []).map((e) => base.slice(0, -extension.length) + e),
    ...EXTENSIONS.map((e) => base + e),
    ...EXTENSIONS.map((e) => posix.join(base, `index${e}`)),
  ];
  return candidates.find((c) => known.has(c)) ?? null;
}

function aliased(specifier: string, aliases: PathAliases): string[] {
  const targets: string[] = [];
  for (const [pattern, replacements] of Object.entries(aliases.paths)) {
    const star = pattern.indexOf('*');
    const prefix = star === -1 ? pattern : pattern.slice(0, star);
    const suffix = star === -1 ? '' : pattern.slice(star + 1);
    const matches =
      star === -1
        ? specifier === pattern
        : specifier.startsWith(prefix) && specifier.endsWith(suffix);
    if (!matches) continue;
    const wildcard =
      star === -1 ? '' : specifier.slice(prefix.length, specifier.length - suffix.length);
    for (const target of replacements) {
      targets.push(posix.join(aliases.baseUrl ?? '.', target.replace('*', wildcard)));
    }
  }
  if (aliases.baseUrl) targets.push(posix.join(aliases.baseUrl, specifier));
  return targets;
}

/** The repository-relative file a specifier names, when it is one of the app's sources. */
export function resolveSpecifier(
  from: string,
  specifier: string,
  known: Set<string>,
  aliases: PathAliases,
): string | null {
  if (specifier.startsWith('.')) {
    return probe(posix.normalize(posix.join(posix.dirname(from), specifier)), known);
  }
  for (const target of aliased(specifier, aliases)) {
    const found = probe(posix.normalize(target), known);
    if (found) return found;
  }
  return null;
}

/**
 * The files reachable from `entries` (repository-relative paths among `known`), in the order they are
 * reached, each with the specifiers it resolved (`imports`). Only those files are read, a level of the
 * graph at a time, through `read` (which leaves out what it cannot read).
 */
export async function moduleGraph(
  known: Set<string>,
  entries: string[],
  aliases: PathAliases,
  read: (paths: string[]) => Promise<SourceFile[]>,
): Promise<SourceFile[]> {
  const reached: SourceFile[] = [];
  const queued = new Set(
    entries.map((e) => probe(posix.normalize(e), known)).filter((e) => e !== null),
  );
  let level = [...queued];
  while (level.length > 0) {
    const next: string[] = [];
    for (const file of await read(level)) {
      reached.push(file);
      file.imports = {};
      for (const specifier of importedSpecifiers(file.text)) {
        const target = resolveSpecifier(file.path, specifier, known, aliases);
        if (target !== null) file.imports[specifier] = target;
        if (target === null || queued.has(target)) continue;
        queued.add(target);
        next.push(target);
      }
    }
    level = next;
  }
  return reached;
}

/** `compilerOptions.baseUrl`/`paths` of the package's tsconfig.json, repository-relative. */
async function tsconfigAliases(root: string, packageDir: string): Promise<PathAliases> {
  const text = await readFile(join(root, packageDir, 'tsconfig.json'), 'utf8').catch(() => '');
  const options = (parse(text) as { compilerOptions?: Record<string, unknown> } | undefined)
    ?.compilerOptions;
  const baseUrl = typeof options?.baseUrl === 'string' ? options.baseUrl : null;
  const paths = (options?.paths ?? {}) as Record<string, string[]>;
  return {
    baseUrl:
      baseUrl !== null || Object.keys(paths).length > 0
        ? posix.join(packageDir, baseUrl ?? '.')
        : null,
    paths: Object.fromEntries(
      Object.entries(paths).filter(([, targets]) => Array.isArray(targets)),
    ),
  };
}

/**
 * Source files read when no entry is among them: far more than an app's own code (a real app's
 * sources number in the thousands), few enough to read in seconds on a busy runner.
 */
const MAX_UNREACHED_SOURCES = 10_000;

/**
 * The sources the Worker runs: the entry's import graph, read from the app's root. Without an entry among the
 * sources (none detected, or a framework whose routes are files rather than imports) every source
 * counts, up to `limit`, with a warning saying how many were left out.
 */
export async function runtimeSources(
  app: AppModel,
  paths: string[],
  limit = MAX_UNREACHED_SOURCES,
): Promise<{ sources: SourceFile[]; diagnostics: Diagnostic[] }> {
  const entries = [app.entry, app.runFile, ...outputSources(app)].filter(
    (e): e is string => e !== null,
  );
  const aliases = await tsconfigAliases(app.root, app.packageJson?.dir ?? '.');
  const read = (some: string[]) => readSourceFiles(app.root, some);
  const reached = await moduleGraph(new Set(paths), entries, aliases, read);
  if (reached.length > 0) return { sources: reached, diagnostics: [] };
  const considered = paths.slice(0, limit);
  const unread = paths.length - considered.length;
  const diagnostics = unread > 0 ? [unreadSources(unread, paths.length, limit)] : [];
  return { sources: await read(considered), diagnostics };
}

function unreadSources(unread: number, total: number, limit: number): Diagnostic {
  return planDiagnostic('P004', {
    message:
      `${unread} of ${total} source files were not searched for code patterns: no entry file was ` +
      `found among them, so every source counts, and only the first ${limit} are read`,
    fix: 'Name the entry (package.json "main", or the file the Dockerfile\'s CMD runs) so only the files it imports are read, or move generated code into a directory the plan skips (node_modules, test, or one whose name starts with a dot).',
  });
}
