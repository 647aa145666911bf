// Benchmark: detect on a synthetic monorepo (50 workspaces, 5,000 source files) with a large fake
// node_modules that detect must not touch. Prints the median of several runs, peak RSS, and every
// file-system path detect touched (stat, readdir, read), counted and checked for node_modules.
// Run: npx tsx bench/detect.ts
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { detect } from '../src/detect/index.js';
import { quietContext } from './context.js';

const WORKSPACES = 50;
const FILES_PER_WORKSPACE = 100;
const NODE_MODULES_PACKAGES = 2_000;
const RUNS = 7;
const root = join(import.meta.dirname, '.work', 'detect-monorepo');

async function generate(): Promise<void> {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await writeFile(
    join(root, 'package.json'),
    JSON.stringify({ name: 'bench', private: true, workspaces: ['packages/*'] }, null, 2),
  );
  await writeFile(join(root, 'package-lock.json'), '{"lockfileVersion": 3}\n');
  await writeFile(
    join(root, 'Dockerfile'),
    'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nEXPOSE 3000\nCMD ["npm", "start", "--workspace", "@bench/pkg-25"]\n',
  );
  await writeFile(
    join(root, 'compose.yaml'),
    'services:\n  app:\n    build: .\n    environment:\n      DATABASE_URL: postgres://app:pw@db/app\n  db:\n    image: postgres:16\n  cache:\n    image: redis:7\n',
  );
  for (let w = 0; w < WORKSPACES; w++) {
    const dir = join(root, 'packages', `pkg-${w}`);
    await mkdir(join(dir, 'src'), { recursive: true });
    const pkg = {
      name: `@bench/pkg-${w}`,
      version: '1.0.0',
      scripts: { start: 'node src/file-0.js' },
      dependencies: { express: '4.22.3', pg: '8.23.1' },
    };
    await writeFile(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
    for (let f = 0; f < FILES_PER_WORKSPACE; f++) {
      await writeFile(join(dir, 'src', `file-${f}.js`), `export const value${f} = ${f};\n`);
    }
    await mkdir(join(dir, 'node_modules', 'local-dep'), { recursive: true });
    await writeFile(join(dir, 'node_modules', 'local-dep', 'package.json'), '{"name":"local-dep"}');
  }
  for (let p = 0; p < NODE_MODULES_PACKAGES; p++) {
    const dir = join(root, 'node_modules', `fake-${p}`);
    await mkdir(join(dir, 'lib'), { recursive: true });
    await writeFile(join(dir, 'package.json'), `{"name":"fake-${p}","main":"lib/index.js"}`);
    await writeFile(join(dir, 'lib', 'index.js'), 'module.exports = 1;\n');
    await writeFile(join(dir, 'Dockerfile'), 'FROM scratch\n');
  }
}

/** Records every path passed to the fs/promises functions detect uses. */
function traceFileSystem(): Set<string> {
  const touched = new Set<string>();
  const api = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ['readFile', 'stat', 'lstat', 'readdir', 'realpath', 'open', 'access']) {
    const original = api[name]!;
    api[name] = (path: unknown, ...rest: unknown[]) => {
      touched.add(String(path));
      return original(path, ...rest);
    };
  }
  syncBuiltinESMExports();
  return touched;
}

const ctx = quietContext({
  exec: async () => ({ exitCode: 0, stdout: '', stderr: '' }),
  env: {},
});

await generate();
const touched = traceFileSystem();
const times: number[] = [];
let filesRead: string[] = [];
let model = null as Awaited<ReturnType<typeof detect>> | null;
for (let run = 0; run < RUNS; run++) {
  touched.clear();
  const start = performance.now();
  model = await detect(root, { onFilesRead: (paths) => (filesRead = paths) }, ctx);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const intoNodeModules = [...touched].filter((p) => p.split(/[\\/]/).includes('node_modules'));
console.log(
  `detect on ${WORKSPACES} workspaces / ${WORKSPACES * FILES_PER_WORKSPACE} source files + ${NODE_MODULES_PACKAGES * 3} files in node_modules`,
);
console.log(
  `runs: ${RUNS}, median ${times[Math.floor(RUNS / 2)]!.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`,
);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
console.log(`files read per run: ${filesRead.length} (${filesRead.join(', ')})`);
console.log(
  `paths touched per run (stat/readdir/read): ${touched.size}; under node_modules: ${intoNodeModules.length}`,
);
console.log(
  `result: entry=${model?.entry} framework=${model?.framework} services=${model?.services.map((s) => s.kind).join(',')}`,
);
if (intoNodeModules.length > 0) {
  console.error(`detect touched node_modules: ${intoNodeModules.slice(0, 5).join(', ')}`);
  process.exitCode = 1;
}
