import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';

/** The app's own source files, read once; plan's code patterns search them (never node_modules). */
export interface SourceFile {
  /** Relative to the repository root, forward slashes. */
  path: string;
  text: string;
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

/** A name that is not UTF-8 cannot be given back as a string path; such files are left out. */
function utf8Name(name: Buffer): string | null {
  const text = name.toString('utf8');
  return Buffer.from(text, 'utf8').equals(name) ? text : null;
}

async function walk(dir: string, out: { sources: string[]; wasm: string[] }): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' }).catch(() => []);
  for (const entry of entries) {
    const name = utf8Name(entry.name);
    if (name === null) continue;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(name) && !name.startsWith('.')) await walk(join(dir, name), out);
    } else if (entry.isFile() && name.endsWith('.wasm')) {
      out.wasm.push(join(dir, name));
    } else if (entry.isFile() && SOURCE_EXTENSIONS.test(name) && !name.endsWith('.d.ts')) {
      out.sources.push(join(dir, name));
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

function repoPath(root: string, path: string): string {
  return relative(root, path).split(sep).join(posix.sep);
}

/**
 * Reads the sources under `dir` and lists its Wasm modules, minus `skip` (a build's output directory:
 * its code is the sources').
 */
export async function readSources(
  root: string,
  dir: string,
  skip: string | null = null,
): Promise<{ files: SourceFile[]; wasm: WasmFile[] }> {
  const found = { sources: [] as string[], wasm: [] as string[] };
  await walk(join(root, dir), found);
  const skipped = skip ? `${join(root, dir, skip)}${sep}` : null;
  const kept = skipped ? found.sources.filter((p) => !p.startsWith(skipped)) : found.sources;
  const texts = await mapBounded(kept, readSource);
  const files = kept.flatMap((path, i) => {
    const text = texts[i];
    return text === null || text === undefined ? [] : [{ path: repoPath(root, path), text }];
  });
  const sizes = await mapBounded(found.wasm, (path) =>
    stat(path).then(
      (info) => info.size,
      () => 0,
    ),
  );
  const wasm = found.wasm.map((path, i) => ({ path: repoPath(root, path), bytes: sizes[i]! }));
  return { files, wasm };
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
