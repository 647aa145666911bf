// Plan on a synthetic 5,000-file monorepo: time beyond detect (planApp, writePlan), medians of several runs.
// Run: npx tsx bench/plan.ts [files=5000] [runs=7]
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { detect } from '../src/detect/index.js';
import { planApp, writePlan } from '../src/plan/index.js';
import { testContext } from '../test/support/context.js';

const FILES = Number(process.argv[2] ?? 5000);
const RUNS = Number(process.argv[3] ?? 7);
const PACKAGES = 50;

/** 50 workspace packages; the served one (`@bench/api`, an Express 4 app) holds 40% of the files. */
async function generate(root: string): Promise<void> {
  const write = async (path: string, text: string) => {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  };
  await write(
    'package.json',
    JSON.stringify({ name: 'bench', private: true, workspaces: ['packages/*'] }),
  );
  await write('package-lock.json', '{"lockfileVersion":3}');
  await write(
    'Dockerfile',
    'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nENV PORT=3000\nEXPOSE 3000\nCMD ["npm", "start", "--workspace", "@bench/api"]\n',
  );
  // The repository's own install (Express 4 and its iconv-lite 0.4), so the installed-tree walk is real.
  await symlink(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  const apiFiles = Math.floor(FILES * 0.4);
  await write(
    'packages/api/package.json',
    JSON.stringify({
      name: '@bench/api',
      main: 'src/server.js',
      scripts: { start: 'node src/server.js' },
      dependencies: { express: '4.22.3' },
    }),
  );
  const routes = Array.from(
    { length: apiFiles - 1 },
    (_, i) => `require('./routes/r${i}.js')(app);`,
  );
  await write(
    'packages/api/src/server.js',
    `const express = require('express');\nconst app = express();\n${routes.join('\n')}\napp.listen(process.env.PORT || 3000);\n`,
  );
  for (let i = 0; i < apiFiles - 1; i++) {
    await write(
      `packages/api/src/routes/r${i}.js`,
      `module.exports = (app) => app.get('/r${i}', (req, res) => res.json({ route: ${i} }));\n`,
    );
  }
  const perPackage = Math.ceil((FILES - apiFiles) / (PACKAGES - 1));
  for (let p = 1; p < PACKAGES; p++) {
    await write(
      `packages/lib${p}/package.json`,
      JSON.stringify({ name: `@bench/lib${p}`, main: 'src/f0.js' }),
    );
    for (let f = 0; f < perPackage - 1; f++)
      await write(`packages/lib${p}/src/f${f}.js`, `export const v${f} = ${f};\n`);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'dtw-bench-plan-'));
  try {
    await generate(root);
    const times = { detect: [] as number[], plan: [] as number[], write: [] as number[] };
    let peakRss = 0;
    let workers = '';
    for (let run = 0; run < RUNS; run++) {
      const ctx = testContext();
      let t = performance.now();
      const app = await detect(root, {}, ctx);
      times.detect.push(performance.now() - t);
      t = performance.now();
      const plan = await planApp(app, { outDir: join(root, `.out-${run}`) }, ctx);
      times.plan.push(performance.now() - t);
      t = performance.now();
      // Without the npm install of the remedy package: that is network time, measured once below.
      await writePlan(plan, ctx, { install: false });
      times.write.push(performance.now() - t);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      workers = plan.workers
        .map(
          (w) =>
            `${w.name} (${w.target}, ${w.verdict}, remedies: ${w.remedies.map((r) => r.pitfallId).join(', ') || 'none'})`,
        )
        .join('; ');
    }
    const ctx = testContext();
    const plan = await planApp(
      await detect(root, {}, ctx),
      { outDir: join(root, '.out-install') },
      ctx,
    );
    const t = performance.now();
    await writePlan(plan, ctx);
    const install = performance.now() - t;
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    console.log(`plan bench: ${FILES} files, ${RUNS} runs (medians)`);
    console.log(`  detect                    ${ms(median(times.detect))}`);
    console.log(`  planApp (beyond detect)   ${ms(median(times.plan))}`);
    console.log(`  writePlan (no install)    ${ms(median(times.write))}`);
    console.log(
      `  plan + write              ${ms(median(times.plan.map((p, i) => p + (times.write[i] ?? 0))))}  (target < 1000 ms)`,
    );
    console.log(`  writePlan with the remedy install (npm, cache warm): ${ms(install)}`);
    console.log(
      `  peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB, maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    );
    console.log(`  workers: ${workers}`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
