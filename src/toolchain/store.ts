import { join } from 'node:path';
import type { PackageManager } from '../model/index.js';

/**
 * Points a package manager's download store at `<store>/<manager>` (`DOCKER_TO_WORKERS_STORE`), as
 * arguments and environment for its install: the action restores and saves that directory, keyed on
 * the lockfiles.
 */
export function storeSettings(
  manager: PackageManager,
  store: string,
  yarnBerry: boolean,
): { args: string[]; env: Record<string, string> } {
  const dir = join(store, manager);
  switch (manager) {
    case 'npm':
      return { args: [], env: { npm_config_cache: dir } };
    case 'pnpm':
      return { args: ['--store-dir', dir], env: {} };
    case 'bun':
      return { args: [], env: { BUN_INSTALL_CACHE_DIR: dir } };
    case 'yarn':
      // Yarn 2+ keeps its cache in the global folder by default (enableGlobalCache).
      return {
        args: [],
        env: yarnBerry ? { YARN_GLOBAL_FOLDER: dir } : { YARN_CACHE_FOLDER: dir },
      };
  }
}
