import { access } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Node's lookup of `name` from `fromDir`: the nearest `node_modules/<name>` up the tree. Done by hand
 * because the bundler rewrites `require.resolve`/`createRequire` calls at build time.
 */
export async function findPackageDir(fromDir: string, name: string): Promise<string | null> {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    const found = await access(join(candidate, 'package.json')).then(
      () => true,
      () => false,
    );
    if (found) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
