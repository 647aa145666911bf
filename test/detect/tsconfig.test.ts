import { describe, expect, it } from 'vitest';
import { tsconfigOptions } from '../../src/detect/tsconfig.js';

/** An in-memory repository: path → text. */
const files =
  (tree: Record<string, string>) =>
  async (path: string): Promise<string | null> =>
    tree[path] ?? null;

describe('tsconfig extends', () => {
  const tree = {
    'api/tsconfig.json': '{ "extends": "./configs/base", "compilerOptions": { "strict": true } }',
    // Paths are relative to the file that sets them; comments and trailing commas are allowed.
    'api/configs/base.json':
      '{ "extends": ["@tsconfig/node20/tsconfig.json", "@acme/tsconfig"], // bases\n "compilerOptions": { "outDir": "../out", "rootDir": "../src", } }',
    'node_modules/@tsconfig/node20/tsconfig.json':
      '{ "compilerOptions": { "target": "es2022", "module": "node16", "outDir": "lib" } }',
    'api/node_modules/@acme/tsconfig/tsconfig.json':
      '{ "compilerOptions": { "emitDecoratorMetadata": true, "experimentalDecorators": true, "target": "es2023" } }',
  };

  it('merges the chain: later bases and the file itself win, paths relative to the package', async () => {
    expect(await tsconfigOptions(files(tree), 'api', 'tsconfig.json', true)).toEqual({
      target: 'es2023',
      module: 'node16',
      emitDecoratorMetadata: true,
      experimentalDecorators: true,
      outDir: 'out',
      rootDir: 'src',
      strict: true,
    });
  });

  it('without package bases (detect does not read node_modules) keeps the local chain', async () => {
    expect(await tsconfigOptions(files(tree), 'api', 'tsconfig.json')).toEqual({
      outDir: 'out',
      rootDir: 'src',
      strict: true,
    });
  });

  it('a package base path is relative to that base', async () => {
    const options = await tsconfigOptions(
      files({ 'tsconfig.json': '{ "extends": "@tsconfig/node20/tsconfig.json" }', ...tree }),
      '.',
      'tsconfig.json',
      true,
    );
    expect(options?.outDir).toBe('node_modules/@tsconfig/node20/lib');
  });

  it('a missing or unreadable config is null; a cycle ends', async () => {
    expect(await tsconfigOptions(files({}), '.', 'tsconfig.json')).toBeNull();
    const cycle = {
      'tsconfig.json': '{ "extends": "./tsconfig.json", "compilerOptions": { "strict": true } }',
    };
    expect(await tsconfigOptions(files(cycle), '.', 'tsconfig.json')).toEqual({ strict: true });
  });
});
