import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** Every module specifier a file imports or re-exports, static or dynamic. */
export function importedSpecifiers(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]!));
}

/** The top-level folders of src/ that a stage's files import (relative imports only). */
async function importedAreas(area: string): Promise<Map<string, string[]>> {
  const dir = join(SRC, area);
  const found = new Map<string, string[]>();
  for (const file of await readdir(dir, { recursive: true })) {
    if (!file.endsWith('.ts')) continue;
    const path = join(dir, file);
    for (const specifier of importedSpecifiers(await readFile(path, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = relative(SRC, resolve(dirname(path), specifier)).split('/')[0]!;
      found.set(target, [...(found.get(target) ?? []), relative(SRC, path)]);
    }
  }
  return found;
}

describe('layers', () => {
  it('finds static, re-exported and dynamic imports', () => {
    const source = [
      "import { a } from '../deploy/rules.js';",
      "import type {\n  B,\n} from '../deploy/index.js';",
      "export { c } from '../report/comment.js';",
      "import '../report/side-effect.js';",
      "const d = await import('../deploy/worker.js');",
    ].join('\n');
    expect(importedSpecifiers(source)).toEqual([
      '../deploy/rules.js',
      '../deploy/index.js',
      '../report/comment.js',
      '../report/side-effect.js',
      '../deploy/worker.js',
    ]);
  });

  // Deploy and monitor return results and the report stage renders them; src/pipeline wires them for
  // the hosts.
  it.each([
    ['report', 'deploy'],
    ['deploy', 'report'],
    ['report', 'monitor'],
    ['monitor', 'report'],
  ])('src/%s never imports src/%s', async (area, forbidden) => {
    const imports = await importedAreas(area);
    expect(imports.get(forbidden) ?? []).toEqual([]);
  });

  it.each(['detect', 'plan', 'validate', 'provision', 'deploy', 'report', 'monitor', 'model'])(
    'src/%s never imports a host or the pipeline',
    async (area) => {
      const imports = await importedAreas(area);
      for (const host of ['cli', 'action', 'pipeline']) expect(imports.get(host) ?? []).toEqual([]);
    },
  );
});
