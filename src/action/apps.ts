import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';

const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build', 'vendor']);

function isAppFile(name: string): boolean {
  return name === 'Dockerfile' || COMPOSE_FILES.includes(name);
}

/** Directories holding a Dockerfile or compose file; a compose directory owns its subtree (one app, several services). */
async function findAppDirs(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => e.name);
  if (files.some(isAppFile)) out.push(dir);
  if (files.some((name) => COMPOSE_FILES.includes(name))) return;
  for (const entry of entries) {
    // Hidden directories hold tooling (the action's own checkout lives in .docker-to-workers-action).
    if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) {
      await findAppDirs(join(dir, entry.name), out);
    }
  }
}

function toPosix(path: string): string {
  return path === '' ? '.' : path.split(sep).join('/');
}

/**
 * The app directories for a workflow matrix, relative to `root`: `auto` finds every Dockerfile / compose
 * app; otherwise `spec` lists directories (space-, comma- or newline-separated), each checked to exist.
 */
export async function listApps(root: string, spec: string): Promise<string[]> {
  const requested = spec.split(/[\s,]+/).filter((item) => item !== '');
  if (requested.length === 1 && requested[0] === 'auto') {
    const found: string[] = [];
    await findAppDirs(resolve(root), found);
    if (found.length === 0) {
      throw new UserError(`No Dockerfile or compose file under ${root}.`, {
        fix: "List the app directories in the 'apps' input instead of 'auto'.",
      });
    }
    return found.map((dir) => toPosix(relative(resolve(root), dir)));
  }
  const apps: string[] = [];
  for (const item of requested.length === 0 ? ['.'] : requested) {
    const dir = resolve(root, item);
    const files = await readdir(dir).catch(() => null);
    if (files === null || !files.some(isAppFile)) {
      throw new UserError(
        `Input 'apps' lists '${item}', which has no Dockerfile or compose file.`,
        {
          fix: "List directories that hold a Dockerfile or compose file, or use 'auto'.",
        },
      );
    }
    const app = toPosix(relative(resolve(root), dir));
    if (!apps.includes(app)) apps.push(app);
  }
  return apps;
}
