import { readFile } from 'node:fs/promises';
import { dirname, join, posix, relative, resolve } from 'node:path';
import type { Diagnostic } from '../model/index.js';
import { packageOf } from './bundle.js';
import { finding } from './rules.js';

/**
 * A module the bundle took from a package's `browser` field. wrangler bundles with esbuild's browser
 * platform and the conditions `workerd`, `worker`, `browser` (getBuildConditions in wrangler's bundler), so
 * esbuild follows `browser` (https://esbuild.github.io/api/#main-fields): a string replaces the package's
 * main module, an object swaps files inside the package (github.com/defunctzombie/package-browser-field-spec).
 */
export interface BrowserBuild {
  package: string;
  /** The browser module, relative to the repository root. */
  file: string;
  /** `main`: the whole package's entry was replaced (an alias of the package undoes it); `file`: a file inside it. */
  kind: 'main' | 'file';
  /** The module that imports it and the line of the import. */
  importer: { file: string; line: number | null } | null;
}

interface MetafileInputs {
  inputs: Record<string, { imports?: { path: string; original?: string }[] }>;
}

type BrowserField = string | Record<string, string | false>;

/** The package directory of a path under node_modules (`…/node_modules/@scope/name`). */
function packageDir(path: string, name: string): string {
  const at = path.lastIndexOf(`node_modules/${name}/`);
  return path.slice(0, at + `node_modules/${name}`.length);
}

async function manifest(dir: string): Promise<{ browser: BrowserField; main: string } | null> {
  const text = await readFile(join(dir, 'package.json'), 'utf8').catch(() => null);
  const pkg = text === null ? null : (JSON.parse(text) as { browser?: unknown; main?: unknown });
  const browser = pkg?.browser;
  if (typeof browser !== 'string' && (browser === null || typeof browser !== 'object')) return null;
  return {
    browser: browser as BrowserField,
    main: typeof pkg?.main === 'string' ? pkg.main : 'index.js',
  };
}

/** Whether the module is what `browser` swaps in: for the package's main module, or a file inside it. */
function swappedIn(
  pkg: { browser: BrowserField; main: string },
  dir: string,
  path: string,
): BrowserBuild['kind'] | null {
  const same = (target: string, file: string) => {
    const resolved = resolve(dir, target);
    return [resolved, `${resolved}.js`, join(resolved, 'index.js')].includes(file);
  };
  if (typeof pkg.browser === 'string') return same(pkg.browser, path) ? 'main' : null;
  for (const [from, to] of Object.entries(pkg.browser)) {
    if (typeof to !== 'string' || !same(to, path)) continue;
    return from.startsWith('.') && same(from, resolve(dir, pkg.main)) ? 'main' : 'file';
  }
  return null;
}

/** The first line of `file` that names `specifier` in quotes. */
async function lineOf(file: string, specifier: string): Promise<number | null> {
  const text = await readFile(file, 'utf8').catch(() => null);
  const index =
    text
      ?.split('\n')
      .findIndex((l) => l.includes(`'${specifier}'`) || l.includes(`"${specifier}"`)) ?? -1;
  return index === -1 ? null : index + 1;
}

/** The browser builds in the bundle, from wrangler's metafile (paths relative to `baseDir`). */
export async function browserBuilds(
  metafile: MetafileInputs,
  baseDir: string,
  root: string,
): Promise<BrowserBuild[]> {
  const absolute = (p: string) => resolve(baseDir, p).split('\\').join('/');
  const found: BrowserBuild[] = [];
  for (const input of Object.keys(metafile.inputs)) {
    const path = absolute(input);
    const name = packageOf(path);
    if (!name) continue;
    const dir = packageDir(path, name);
    const pkg = await manifest(dir);
    const kind = pkg && swappedIn(pkg, dir, path);
    if (!kind) continue;
    const importer = Object.entries(metafile.inputs).find(([, i]) =>
      (i.imports ?? []).some((imp) => imp.path === input),
    );
    const specifier = importer?.[1].imports?.find((imp) => imp.path === input)?.original;
    found.push({
      package: name,
      file: relative(root, path).split('\\').join('/'),
      kind,
      importer: importer
        ? {
            file: relative(root, absolute(importer[0])).split('\\').join('/'),
            line: specifier ? await lineOf(absolute(importer[0]), specifier) : null,
          }
        : null,
    });
  }
  return found;
}

/** Whether a start-up error names the browser build (its file in the stack, or `<package>.` in the message). */
function implicated(build: BrowserBuild, error: string): boolean {
  const name = build.package.split('/').pop()!;
  return error.includes(build.file.split('node_modules/').pop()!) || error.includes(`${name}.`);
}

/**
 * W906 for each browser build a start-up crash points at, at the line that imports it, with the alias
 * that gives the bundle the Node build instead (or why an alias cannot, when files inside are swapped).
 */
export async function browserBuildFindings(
  metafilePath: string,
  root: string,
  crash: string,
): Promise<Diagnostic[]> {
  const text = await readFile(metafilePath, 'utf8').catch(() => null);
  if (text === null) return [];
  const builds = await browserBuilds(
    JSON.parse(text) as MetafileInputs,
    dirname(metafilePath),
    root,
  );
  return builds
    .filter((b) => implicated(b, crash))
    .map((b) =>
      finding(
        'W906',
        `The bundle took ${b.package}'s browser build (${posix.basename(b.file)}, its package.json "browser" field): wrangler bundles with the browser condition, and the start-up crash points at it`,
        b.importer
          ? { file: b.importer.file, line: b.importer.line ?? undefined, package: b.package }
          : { package: b.package },
        {
          fix:
            b.kind === 'main'
              ? `Give the bundle the Node build: add "alias": { "${b.package}": "${b.package}" } to wrangler.jsonc (wrangler resolves a bare alias with Node's resolution, which ignores "browser").`
              : `${b.package}'s "browser" field swaps ${posix.basename(b.file)} inside the package, which an alias of the package cannot undo: alias ${b.package} to a module of your own that requires its Node files by their package paths (e.g. "${b.package}/<file>", aliased to itself), or replace ${b.package}.`,
        },
      ),
    );
}
