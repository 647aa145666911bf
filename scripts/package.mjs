// Builds every entry point into dist/ with ncc. CI rebuilds and fails when the committed dist/ differs.
// Each entry builds in its own process, side by side: ncc's work is single-threaded, and 2-core runners
// have a second core for the second entry.
import ncc from '@vercel/ncc';
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile, chmod } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const entries = [
  ['src/cli/index.ts', 'dist/cli'],
  ['src/action/index.ts', 'dist/action'],
];

async function build([input, outDir]) {
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

function buildInChild(index) {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [script, String(index)], { stdio: 'inherit' });
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${entries[index][0]}: ncc exited ${code}`)),
    ),
  );
}

const only = process.argv[2];
if (only !== undefined) {
  await build(entries[Number(only)]);
} else {
  await rm('dist', { recursive: true, force: true });
  await Promise.all(entries.map((_, index) => buildInChild(index)));
  await writeFile('dist/package.json', '{ "type": "module" }\n');
}
