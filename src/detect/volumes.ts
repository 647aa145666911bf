import { posix } from 'node:path';
import type { VolumeMount } from '../model/index.js';
import type { RepoReader } from './repo-reader.js';

/** Container paths that hold dependencies or build output in dev setups (`/app/node_modules`). */
const DEPENDENCY_TARGET =
  /(?:^|\/)(?:node_modules|\.next|\.nuxt|\.svelte-kit|dist|build|\.cache|\.venv)$/;
/** Source code: what a hot-reload mount overlays on the image. */
const CODE = /\.(?:[cm]?[jt]sx?|py|rb|go|rs|php|vue|svelte|astro|html|css|scss|prisma|graphql)$/;
/** Project files that are configuration, not data (`db.json` written by lowdb is data). */
const PROJECT_FILE =
  /^(?:package(?:-lock)?\.json|tsconfig[\w.-]*\.json|jsconfig\.json|nodemon\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|\.env[\w.-]*|[\w.-]+\.config\.[cm]?[jt]s|Dockerfile|\.babelrc|\.nvmrc)$/;

function isSourceFile(name: string): boolean {
  return CODE.test(name) || PROJECT_FILE.test(name);
}

/** Whether a repository directory holds source files, looking two levels down. */
async function holdsSource(reader: RepoReader, dir: string, depth = 2): Promise<boolean> {
  if ((await reader.fileNames(dir)).some(isSourceFile)) return true;
  if (depth === 0) return false;
  for (const child of await reader.subdirectories(dir)) {
    if (await holdsSource(reader, posix.join(dir, child), depth - 1)) return true;
  }
  return false;
}

/** A mount point for dependencies or build output (`/app/node_modules`): never application state. */
export function holdsDependencies(target: string): boolean {
  return DEPENDENCY_TARGET.test(target.replace(/\/+$/, ''));
}

/**
 * Why a compose mount only matters in development: it keeps the image's dependencies or build
 * output (`/app/node_modules`), or it overlays the image with source files from the repository
 * (`./src:/app/src`, `./package.json:/app/package.json`) for hot reload. Data mounts give undefined.
 */
export async function devOnly(
  reader: RepoReader,
  mount: Omit<VolumeMount, 'source_ref'>,
): Promise<VolumeMount['devOnly']> {
  if (holdsDependencies(mount.target)) return 'dependencies';
  const source = mount.source;
  if (mount.type !== 'bind' || !source || /^[/~]/.test(source)) return undefined;
  if (await reader.exists(source))
    return isSourceFile(posix.basename(source)) ? 'source' : undefined;
  if (await reader.exists(source, 'dir'))
    return source === '.' || (await holdsSource(reader, source)) ? 'source' : undefined;
  return undefined;
}
