import { isUtf8 } from 'node:buffer';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';

/** The app's own source files, read once; plan's code patterns search them (never node_modules). */
export interface SourceFile {
  /** Relative to the repository root, forward slashes. */
  path: string;
  text: string;
  /** The import graph's edges from this file: specifier → the source it names (set by moduleGraph). */
  imports?: Record<string, string>;
}

/** A compiled WebAssembly module in the repository (workers-rs, TinyGo, Emscripten output…). */
export interface WasmFile {
  path: string;
  bytes: number;
}

export interface SourceHit {
  file: string;
  line: number;
  text: string;
  match: RegExpExecArray;
}

const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const SKIPPED_DIRS = new Set([
  'node_modules',
  '.git',
  '.docker-to-workers',
  '.wrangler',
  '.next',
  '.open-next',
  'coverage',
  'test',
  'tests',
  '__tests__',
]);
/** Source files above this size are generated or vendored; patterns in them are not the app's code. */
const MAX_SOURCE_BYTES = 512 * 1024;

/** Reads at a time: a repository can hold 100,000 files, and a file handle each would be EMFILE. */
const READ_CONCURRENCY = 16;

/** What a walk found, repository-relative (forward slashes); nothing read yet. */
interface SourceTree {
  sources: string[];
  wasm: string[];
}

/**
 * Collects source and Wasm paths below `dir` from the directory entries alone (no stat per file):
 * skipped and dotted directories are never entered; below `skip` only Wasm modules are kept.
 */
async function walk(
  root: string,
  dir: string,
  skip: string | null,
  out: SourceTree,
): Promise<void> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, encoding: 'buffer' }).catch(
    () => [],
  );
  const keepSources = skip === null || (dir !== skip && !dir.startsWith(`${skip}/`));
  for (const entry of entries) {
    // A name that is not UTF-8 cannot be given back as a string path; such files are left out.
    if (!isUtf8(entry.name)) continue;
    const name = entry.name.toString('utf8');
    const path = posix.join(dir, name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(name) && !name.startsWith('.')) {
        await walk(root, path, skip, out);
      }
    } else if (entry.isFile() && name.endsWith('.wasm')) {
      out.wasm.push(path);
    } else if (
      keepSources &&
      entry.isFile() &&
      SOURCE_EXTENSIONS.test(name) &&
      !name.endsWith('.d.ts')
    ) {
      out.sources.push(path);
    }
  }
}

/** `read` over `items`, `READ_CONCURRENCY` at a time, in order. */
async function mapBounded<T, R>(items: T[], read: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await read(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  return results;
}

/** The file's text, or null when it is over the size cap (checked before reading) or unreadable. */
async function readSource(path: string): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  if (!info || info.size > MAX_SOURCE_BYTES) return null;
  const text = await readFile(path, 'utf8').catch(() => null);
  return text !== null && text.length <= MAX_SOURCE_BYTES ? text : null;
}

/**
 * Lists the sources under `dir` (repository-relative) and its Wasm modules with their sizes, minus the
 * sources under `skip` (a build's output directory: its code is the sources'). Reads no source: a
 * repository of 100,000 files costs one listing per directory, and only the files used are read.
 */
export async function listSources(
  root: string,
  dir: string,
  skip: string | null = null,
): Promise<{ sources: string[]; wasm: WasmFile[] }> {
  const found: SourceTree = { sources: [], wasm: [] };
  const start = posix.normalize(dir);
  const skipped = skip === null ? null : posix.join(start, skip).replace(/\/+$/, '');
  await walk(root, start, skipped, found);
  const sizes = await mapBounded(found.wasm, (path) =>
    stat(join(root, path)).then(
      (info) => info.size,
      () => 0,
    ),
  );
  const wasm = found.wasm.map((path, i) => ({ path, bytes: sizes[i]! }));
  return { sources: found.sources, wasm };
}

/** The readable files among `paths` (repository-relative), in order, a bounded number at a time. */
export async function readSourceFiles(root: string, paths: string[]): Promise<SourceFile[]> {
  const texts = await mapBounded(paths, (path) => readSource(join(root, path)));
  return paths.flatMap((path, i) => {
    const text = texts[i];
    return text === null || text === undefined ? [] : [{ path, text }];
  });
}

/** Every line matching `pattern` (no `g` flag needed), as `file:line` hits. */
export function findInSources(files: SourceFile[], pattern: RegExp): SourceHit[] {
  const hits: SourceHit[] = [];
  // A whole-file pre-test skips most files; multiline so `^` still means "start of a line".
  const anyLine = pattern.multiline ? pattern : new RegExp(pattern.source, `${pattern.flags}m`);
  for (const file of files) {
    if (!anyLine.test(file.text)) continue;
    file.text.split('\n').forEach((text, index) => {
      const match = pattern.exec(text);
      if (match) hits.push({ file: file.path, line: index + 1, text: text.trim(), match });
    });
  }
  return hits;
}

export function hitRef(hit: { file: string; line: number }): string {
  return `${hit.file}:${hit.line}`;
}
