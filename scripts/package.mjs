// Builds every entry point into dist/ with ncc. CI rebuilds and fails when the committed dist/ differs.
import ncc from '@vercel/ncc';
import { mkdir, rm, writeFile, chmod } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const entries = [
  ['src/cli/index.ts', 'dist/cli'],
  ['src/action/index.ts', 'dist/action'],
];

await rm('dist', { recursive: true, force: true });
for (const [input, outDir] of entries) {
  const { code, assets } = await ncc(join(process.cwd(), input), {
    minify: false,
    sourceMap: false,
    quiet: true,
    // Runtime tools (wrangler, miniflare, workerd) are resolved from an install at run time, never bundled.
    externals: ['wrangler', 'miniflare', 'workerd', 'esbuild', 'fsevents'],
  });
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, 'index.js');
  await writeFile(file, code);
  for (const [name, asset] of Object.entries(assets ?? {})) {
    const target = join(outDir, name);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, asset.source);
  }
  await chmod(file, 0o755);
}
await writeFile('dist/package.json', '{ "type": "module" }\n');
