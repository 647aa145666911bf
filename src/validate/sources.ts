import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findPackageDir } from '../toolchain/packages.js';
import type { Wrangler } from '../toolchain/wrangler.js';

/** A module ready for the scanner: JavaScript, plus a way back to the original line for TypeScript. */
export interface ScannableSource {
  /** The original text (suppression comments are read from it). */
  original: string;
  code: string;
  /** Generated position → original line (identity for JavaScript). */
  originalLine(line: number, column: number): number;
}

type Transform = (
  code: string,
  options: Record<string, unknown>,
) => Promise<{ code: string; map: string }>;

let transformer: Promise<Transform> | null = null;

/** esbuild from the wrangler install (the same one that bundles), loaded at run time. */
async function loadTransform(wrangler: Wrangler): Promise<Transform> {
  const dir = await findPackageDir(wrangler.packageDir, 'esbuild');
  if (!dir)
    throw new Error(`esbuild is missing from the wrangler install at ${wrangler.packageDir}`);
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { main: string };
  const mod = (await import(/* webpackIgnore: true */ pathToFileURL(join(dir, pkg.main)).href)) as {
    transform?: Transform;
    default?: { transform: Transform };
  };
  const transform = mod.transform ?? mod.default?.transform;
  if (!transform) throw new Error('esbuild has no transform()');
  return transform;
}

/** Synchronous: a bundle has thousands of small modules, and async reads cost several times more each. */
export function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

const TYPESCRIPT = /\.(?:ts|tsx|mts|cts)$/;

export async function readScannable(
  path: string,
  wrangler: Wrangler,
): Promise<ScannableSource | null> {
  const original = readText(path);
  if (original === null) return null;
  if (!TYPESCRIPT.test(path)) return { original, code: original, originalLine: (line) => line };
  transformer ??= loadTransform(wrangler);
  const transform = await transformer;
  const result = await transform(original, {
    loader: path.endsWith('x') ? 'tsx' : 'ts',
    format: 'esm',
    sourcemap: 'external',
    sourcefile: path,
    target: 'esnext',
    // NestJS-style parameter decorators need the legacy decorator syntax.
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true } },
  });
  const map = new SourceMap(JSON.parse(result.map));
  return {
    original,
    code: result.code,
    originalLine(line, column) {
      const entry = map.findEntry(line - 1, column - 1);
      return 'originalLine' in entry ? entry.originalLine + 1 : line;
    },
  };
}

/** Where a position of a built file comes from: the original file (absolute), 1-based line and column. */
export type Origin = (
  line: number,
  column: number,
) => { path: string; line: number; column: number } | null;

/**
 * The origin of each position in a file the app's own build bundled (esbuild, webpack, tsup) with its
 * dependencies inlined, from the source map its `sourceMappingURL` comment names; null for a file with
 * no map, or whose map names no file under node_modules (nothing of a dependency inside).
 */
export function bundledOrigin(path: string, code: string): Origin | null {
  const url = /\/\/[#@] sourceMappingURL=(\S+)\s*$/.exec(code.slice(-4096))?.[1];
  if (!url || url.startsWith('data:')) return null;
  const mapPath = resolve(dirname(path), url);
  const text = readText(mapPath);
  if (text === null || !text.includes('node_modules')) return null;
  let payload: { sources?: string[]; sourceRoot?: string };
  try {
    payload = JSON.parse(text) as typeof payload;
  } catch {
    return null;
  }
  const base = resolve(dirname(mapPath), payload.sourceRoot ?? '');
  const map = new SourceMap(payload as never);
  return (line, column) => {
    const entry = map.findEntry(line - 1, column - 1);
    if (!('originalSource' in entry)) return null;
    return {
      path: resolve(base, entry.originalSource),
      line: entry.originalLine + 1,
      column: entry.originalColumn + 1,
    };
  };
}
