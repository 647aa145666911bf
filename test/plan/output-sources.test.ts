import { describe, expect, it } from 'vitest';
import type { AppModel } from '../../src/model/index.js';
import { moduleGraph } from '../../src/plan/graph.js';
import { outputSources } from '../../src/plan/output-sources.js';

/** Only the fields outputSources reads. */
const app = (runFile: string, dir = '.', outDir: string | null = null) =>
  ({
    entry: null,
    runFile,
    packageJson: { dir, build: outDir ? { tool: 'tsc', outDir, script: 'tsc' } : null },
  }) as unknown as AppModel;

const source = (path: string, text = '') => ({ path, text });
const NO_ALIASES = { baseUrl: null, paths: {} };

describe('the import graph of a built entry starts at its TypeScript source', () => {
  it('maps dist/… back to the sources below rootDir, so seed scripts and tool configs stay out', async () => {
    const files = [
      source('src/main.ts', "import { AppModule } from './app.module';"),
      source('src/app.module.ts', "import { PrismaService } from './database/prisma.service';"),
      source('src/database/prisma.service.ts'),
      source('prisma/seed.ts', "import { PrismaClient } from '@prisma/client';"),
      source('.eslintrc.js'),
    ];
    const known = new Set(files.map((f) => f.path));
    const read = async (paths: string[]) => files.filter((f) => paths.includes(f.path));
    // A Nest build (rootDir = the package: prisma/ is compiled too) and a tsc build of src/ only.
    for (const built of [app('dist/src/main.js', '.', 'dist'), app('dist/main.js')]) {
      const reached = await moduleGraph(known, outputSources(built), NO_ALIASES, read);
      expect(reached).toEqual(files.slice(0, 3));
    }
  });

  it('in a monorepo package, and nothing for an entry outside the build output', () => {
    expect(outputSources(app('api/build/server.js', 'api'))).toEqual([
      'api/server.js',
      'api/src/server.js',
    ]);
    expect(outputSources(app('server.js'))).toEqual([]);
  });
});
