import { describe, expect, it } from 'vitest';
import { importedSpecifiers, moduleGraph } from '../../src/plan/graph.js';

const file = (path: string, text: string) => ({ path, text });

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

  it('resolves TypeScript specifiers (.js for .ts, index files) and tsconfig paths', () => {
    const files = [
      file('api/src/main.ts', "import { AppModule } from './app.module.js';"),
      file('api/src/app.module.ts', "import { UsersModule } from '@/users';"),
      file('api/src/users/index.ts', "export * from './users.service';"),
      file('api/src/users/users.service.ts', 'export class UsersService {}'),
      file('api/src/seed.ts', "import { UsersService } from './users/users.service';"),
      file('api/test/app.e2e-spec.ts', "import { AppModule } from '../src/app.module';"),
    ];
    const aliases = { baseUrl: 'api', paths: { '@/*': ['src/*'] } };
    expect(moduleGraph(files, ['api/src/main.ts'], aliases).map((f) => f.path)).toEqual([
      'api/src/main.ts',
      'api/src/app.module.ts',
      'api/src/users/index.ts',
      'api/src/users/users.service.ts',
    ]);
  });
});
