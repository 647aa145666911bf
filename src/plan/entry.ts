import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { AppModel, WorkerBuild } from '../model/index.js';
import { openNextBuild, planBuild } from './build.js';
import { withBuildEnv } from './build-env.js';
import type { ShimKind } from './shim.js';

/** How the app becomes a Worker entry. */
export type EntryStrategy =
  | {
      kind: ShimKind;
      file: string;
      build: { command: string; cwd: string } | null;
      /** Source compiled by esbuild, or the project's build run first, and why. */
      compile?: WorkerBuild;
    }
  | { kind: 'opennext'; compile: WorkerBuild & { command: string } }
  /** Rust with workers-rs: worker-build produces the entry. */
  | { kind: 'workers-rs' }
  | { kind: 'assets-only' }
  /** No module a Worker can import; `why` when plan knows more than that. */
  | { kind: 'none'; why?: string };

const FETCH_NATIVE = new Set(['hono']);
const DEFAULT_EXPORT = /^\s*export\s+default\b/m;
const RELATIVE_IMPORT = /^\s*import\s+\w+\s+from\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

async function read(root: string, file: string): Promise<string | null> {
  return readFile(join(root, file), 'utf8').catch(() => null);
}

/** The module that default-exports a fetch app: the entry itself, or a file it imports the app from. */
async function fetchModule(root: string, entry: string): Promise<string | null> {
  const text = await read(root, entry);
  if (text === null) return null;
  if (DEFAULT_EXPORT.test(text)) return entry;
  for (const match of text.matchAll(RELATIVE_IMPORT)) {
    const candidate = posix.normalize(posix.join(posix.dirname(entry), match[1] ?? ''));
    const imported = await read(root, candidate);
    if (imported !== null && DEFAULT_EXPORT.test(imported)) return candidate;
  }
  return null;
}

export async function entryStrategy(app: AppModel): Promise<EntryStrategy> {
  if (app.framework === 'next')
    return {
      kind: 'opennext',
      compile: withBuildEnv(openNextBuild(app.packageJson?.dir ?? '.'), app),
    };
  if (app.runtime === 'static') return { kind: 'assets-only' };
  if (app.runtime === 'python')
    return app.entry ? { kind: 'python', file: app.entry, build: null } : { kind: 'none' };
  const planned = await planBuild(app, async (file) => (await read(app.root, file)) !== null);
  if (planned && 'none' in planned) return { kind: 'none', why: planned.none };
  const compile = withBuildEnv(planned ?? undefined, app);
  const entry = compile?.entry ?? app.entry ?? app.runFile;
  if (!entry) return { kind: 'none' };
  const build = compile?.command ? { command: compile.command, cwd: compile.cwd } : null;
  // The image runs a file that nothing here builds (a RUN step we cannot reproduce): no Worker entry.
  if (!build && !compile && (await read(app.root, entry)) === null) return { kind: 'none' };
  if (FETCH_NATIVE.has(app.framework) && !build) {
    const module = await fetchModule(app.root, entry);
    if (module) return { kind: 'fetch', file: module, build, compile };
  }
  return { kind: 'http-server', file: entry, build, compile };
}

/** An import specifier from the worker directory to a file under the root (always starts with `.`). */
export function importFrom(fromDir: string, root: string, file: string): string {
  const target = join(root, file);
  const rel = posix.relative(fromDir.split('\\').join('/'), target.split('\\').join('/'));
  return rel.startsWith('.') ? rel : `./${rel}`;
}
