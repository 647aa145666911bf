import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { AppModel, PackageManager } from '../model/index.js';

interface Workspace {
  /** Directory relative to the repository root. */
  dir: string;
  name: string | null;
  dependencies: string[];
  hasBuild: boolean;
}

async function readJson(path: string): Promise<Record<string, unknown> | null> {
  return readFile(path, 'utf8')
    .then((text) => JSON.parse(text) as Record<string, unknown>)
    .catch(() => null);
}

/** npm/yarn `workspaces` (an array or `{ packages }`), else pnpm-workspace.yaml's `packages`. */
async function workspaceGlobs(root: string, dir: string): Promise<string[] | null> {
  const pkg = await readJson(join(root, dir, 'package.json'));
  const field = pkg?.workspaces as unknown;
  const list = Array.isArray(field)
    ? field
    : (field as { packages?: unknown } | undefined)?.packages;
  if (Array.isArray(list)) return list.filter((g): g is string => typeof g === 'string');
  const pnpm = await readFile(join(root, dir, 'pnpm-workspace.yaml'), 'utf8').catch(() => null);
  const packages = pnpm === null ? null : (parseYaml(pnpm) as { packages?: unknown })?.packages;
  return Array.isArray(packages)
    ? packages.filter((g): g is string => typeof g === 'string' && !g.startsWith('!'))
    : null;
}

/** The monorepo root above `dir` (the nearest directory whose package.json declares workspaces). */
async function monorepoRoot(
  root: string,
  dir: string,
): Promise<{ dir: string; globs: string[] } | null> {
  for (let current = posix.dirname(dir); ; current = posix.dirname(current)) {
    const globs = await workspaceGlobs(root, current);
    if (globs) return { dir: current, globs };
    if (current === '.' || current === '/' || current === '') return null;
  }
}

async function workspaces(
  root: string,
  monorepo: { dir: string; globs: string[] },
): Promise<Workspace[]> {
  const dirs: string[] = [];
  for (const glob of monorepo.globs) {
    const pattern = posix.join(monorepo.dir, glob.replace(/\/\*\*?$/, '/*'));
    if (!pattern.endsWith('/*')) {
      dirs.push(pattern);
      continue;
    }
    const parent = pattern.slice(0, -2);
    const children = await readdir(join(root, parent), { withFileTypes: true }).catch(() => []);
    for (const child of children)
      if (child.isDirectory() && child.name !== 'node_modules')
        dirs.push(posix.join(parent, child.name));
  }
  const found: Workspace[] = [];
  for (const dir of dirs) {
    const pkg = await readJson(join(root, dir, 'package.json'));
    if (!pkg) continue;
    found.push({
      dir,
      name: typeof pkg.name === 'string' ? pkg.name : null,
      dependencies: Object.keys({
        ...(pkg.dependencies as object | undefined),
        ...(pkg.devDependencies as object | undefined),
      }),
      hasBuild: typeof (pkg.scripts as Record<string, unknown> | undefined)?.build === 'string',
    });
  }
  return found;
}

/**
 * The workspaces the service depends on (directly or through each other) that have a build script,
 * dependencies first: their `main` is usually build output the service's bundle imports.
 */
export async function workspaceDependencies(app: AppModel): Promise<string[]> {
  const pkg = app.packageJson;
  if (!pkg || pkg.dir === '.') return [];
  const monorepo = await monorepoRoot(app.root, pkg.dir);
  if (!monorepo) return [];
  const all = await workspaces(app.root, monorepo);
  const byName = new Map(all.filter((w) => w.name).map((w) => [w.name!, w]));
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (names: string[]) => {
    for (const name of names) {
      const workspace = byName.get(name);
      if (!workspace || visiting.has(workspace.dir) || workspace.dir === pkg.dir) continue;
      visiting.add(workspace.dir);
      visit(workspace.dependencies);
      if (workspace.hasBuild) ordered.push(workspace.dir);
    }
  };
  visit([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);
  return ordered;
}

/** `<manager> run build` in another workspace's directory, from the service's directory. */
export function buildIn(manager: PackageManager, fromDir: string, dir: string): string {
  const path = posix.relative(fromDir, dir);
  switch (manager) {
    case 'npm':
      return `npm run build --prefix ${path}`;
    case 'pnpm':
      return `pnpm --dir ${path} run build`;
    case 'yarn':
      return `yarn --cwd ${path} run build`;
    case 'bun':
      return `bun run --cwd ${path} build`;
  }
}
