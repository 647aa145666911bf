import { readFile, realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** One installed copy of a package reached from the app's production dependencies. */
export interface InstalledPackage {
  name: string;
  version: string;
  dir: string;
  /** The chain that pulled it in, e.g. `express > body-parser > iconv-lite`. */
  via: string;
}

interface Manifest {
  version?: string;
  dependencies?: Record<string, string>;
}

async function readManifest(dir: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/**
 * Node's lookup: `<dir>/node_modules/<name>`, then each parent directory (a monorepo root's install
 * counts). `real` is where the package's own dependencies are looked up from: Node resolves from a
 * package's real path, so a symlinked copy (pnpm's `.pnpm/<pkg>@<version>/node_modules/<pkg>`, a linked
 * package) finds them beside its target.
 */
async function resolvePackage(
  name: string,
  fromDir: string,
): Promise<{ dir: string; real: string; manifest: Manifest } | null> {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    const manifest = await readManifest(candidate);
    if (manifest) return { dir: candidate, real: await realpath(candidate), manifest };
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The installed dependency tree reachable from `dependencies` (breadth-first, each directory once). */
export async function installedTree(
  packageDir: string,
  dependencies: Record<string, string>,
): Promise<InstalledPackage[]> {
  const seen = new Set<string>();
  const found: InstalledPackage[] = [];
  let queue = Object.keys(dependencies).map((name) => ({ name, from: packageDir, via: name }));
  while (queue.length > 0) {
    const resolved = await Promise.all(
      queue.map(async (item) => ({ item, hit: await resolvePackage(item.name, item.from) })),
    );
    queue = [];
    for (const { item, hit } of resolved) {
      if (!hit || seen.has(hit.dir)) continue;
      seen.add(hit.dir);
      found.push({
        name: item.name,
        version: hit.manifest.version ?? '0.0.0',
        dir: hit.dir,
        via: item.via,
      });
      for (const dep of Object.keys(hit.manifest.dependencies ?? {})) {
        queue.push({ name: dep, from: hit.real, via: `${item.via} > ${dep}` });
      }
    }
  }
  return found;
}
