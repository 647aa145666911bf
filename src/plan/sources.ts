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

async function walk(dir: string, out: { sources: string[]; wasm: string[] }): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) {
        await walk(join(dir, entry.name), out);
      }
    } else if (entry.isFile() && entry.name.endsWith('.wasm')) {
      out.wasm.push(join(dir, entry.name));
    } else if (
      entry.isFile() &&
      SOURCE_EXTENSIONS.test(entry.name) &&
      !entry.name.endsWith('.d.ts')
    ) {
      out.sources.push(join(dir, entry.name));
    }
  }
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
  const files = await Promise.all(
    kept.map(async (path) => ({ path: repoPath(root, path), text: await readFile(path, 'utf8') })),
  );
  const wasm = await Promise.all(
    found.wasm.map(async (path) => ({
      path: repoPath(root, path),
      bytes: (await stat(path)).size,
    })),
  );
  return { files: files.filter((f) => f.text.length <= MAX_SOURCE_BYTES), wasm };
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
