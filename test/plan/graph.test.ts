import { describe, expect, it } from 'vitest';
import { importedSpecifiers, moduleGraph, runtimeSources } from '../../src/plan/graph.js';
import { listSources, readSourceFiles } from '../../src/plan/sources.js';
import { nodeAppModel } from '../support/app-model.js';
import { useTempDirs } from '../support/temp-dirs.js';

const file = (path: string, text: string) => ({ path, text });
const NO_ALIASES = { baseUrl: null, paths: {} };

describe('the entry import graph', () => {
  it('reads static, re-export, require and dynamic imports, but not type-only imports', () => {
    expect(
      importedSpecifiers(
        [
          "import express from 'express';",
          "import type { Config } from './config';",
          "export { router } from './router';",
          "import './polyfill';",
          "const db = require('./db');",
          "const lazy = () => import('./lazy');",
        ].join('\n'),
      ),
    ).toEqual(['express', './router', './polyfill', './db', './lazy']);
  });

  it('resolves TypeScript specifiers (.js for .ts, index files) and tsconfig paths', async () => {
    const files = [
      file('api/src/main.ts', "import { AppModule } from './app.module.js';"),
      file('api/src/app.module.ts', "import { UsersModule } from '@/users';"),
      file('api/src/users/index.ts', "export * from './users.service';"),
      file('api/src/users/users.service.ts', 'export class UsersService {}'),
      file('api/src/seed.ts', "import { UsersService } from './users/users.service';"),
      file('api/test/app.e2e-spec.ts', "import { AppModule } from '../src/app.module';"),
    ];
    const aliases = { baseUrl: 'api', paths: { '@/*': ['src/*'] } };
    const known = new Set(files.map((f) => f.path));
    const read = async (paths: string[]) => files.filter((f) => paths.includes(f.path));
    const reached = await moduleGraph(known, ['api/src/main.ts'], aliases, read);
    expect(reached.map((f) => f.path)).toEqual([
      'api/src/main.ts',
      'api/src/app.module.ts',
      'api/src/users/index.ts',
      'api/src/users/users.service.ts',
    ]);
  });
});

describe('the sources plan reads', () => {
  const temps = useTempDirs('dtw-graph-');

  it('lists sources from directory entries (skipping ignored and build dirs) and reads only what the entry reaches', async () => {
    const root = await temps.repo({
      'server.js': "require('./lib');",
      'lib.js': 'module.exports = 1;',
      'seed.js': "require('./lib');",
      'types.d.ts': 'export {};',
      'dist/server.js': "require('./lib');",
      'dist/module.wasm': 'wasm',
      'node_modules/x/index.js': '',
      '.cache/y.js': '',
      'test/server.test.js': '',
    });
    const listed = await listSources(root, '.', 'dist/');
    expect(listed.sources.toSorted()).toEqual(['lib.js', 'seed.js', 'server.js']);
    expect(listed.wasm).toEqual([{ path: 'dist/module.wasm', bytes: 4 }]);

    const requested: string[] = [];
    const read = async (paths: string[]) => {
      requested.push(...paths);
      return readSourceFiles(root, paths);
    };
    const reached = await moduleGraph(new Set(listed.sources), ['server.js'], NO_ALIASES, read);
    expect(reached.map((f) => f.path)).toEqual(['server.js', 'lib.js']);
    expect(requested).toEqual(['server.js', 'lib.js']);
  });

  it('without an entry among the sources reads every source up to a limit, and warns about the rest (P004)', async () => {
    const root = await temps.repo({ 'a.js': '', 'b.js': '', 'c.js': '' });
    const app = nodeAppModel(root, 'missing.js');
    const { sources, diagnostics } = await runtimeSources(app, ['a.js', 'b.js', 'c.js'], 2);
    expect(sources.map((f) => f.path)).toEqual(['a.js', 'b.js']);
    expect(diagnostics).toMatchObject([
      {
        ruleId: 'P004',
        severity: 'warning',
        message: expect.stringContaining('1 of 3 source files'),
      },
    ]);
    expect(diagnostics[0]!.fix).toMatch(/entry/);
  });
});
