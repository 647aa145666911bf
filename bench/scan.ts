/**
 * Scanner throughput on a synthetic 5,000-module project: 1,000 app modules (routes, services, a few
 * requires of built-ins) and 4,000 dependency modules copied from real packages in node_modules (express,
 * koa, fastify, hono… and their trees), scanned the way check scans a bundle (scanBundle: file reads,
 * pre-filter, acorn parse + walk, grouping per package). Targets: ≥ 20 MB/s, peak RSS < 512 MB.
 * Usage: npx tsx bench/scan.ts [runs]
 */
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageOf, type BundleInput } from '../src/validate/bundle.js';
import { scanBundle } from '../src/validate/scan-bundle.js';
import { scanModule } from '../src/validate/scanner.js';
import { resolveWrangler } from '../src/toolchain/wrangler.js';
import { quietContext } from './context.js';

const ROOT = join(import.meta.dirname, '..');
const WORK = join(ROOT, 'bench', '.work', 'scan-project');
const RUNS = Number(process.argv[2] ?? 5);
const APP_MODULES = 1000;
const DEP_MODULES = 4000;

/** Real .js files of installed packages (the dependencies a typical Node service bundles). */
async function realDependencyFiles(): Promise<string[]> {
  const found: string[] = [];
  const nodeModules = join(ROOT, 'node_modules');
  for (const entry of await readdir(nodeModules, { recursive: true })) {
    if (!entry.endsWith('.js') || entry.includes('/test/') || entry.includes('.min.')) continue;
    const path = join(nodeModules, entry);
    const info = await stat(path);
    if (info.isFile() && info.size > 1_000 && info.size < 200_000) found.push(path);
    if (found.length >= DEP_MODULES) break;
  }
  return found;
}

function appModule(i: number): string {
  return `'use strict';
const express = require('express');
const { readFile } = require('node:fs/promises');
const path = require('node:path');
const service${i} = require('./service-${(i + 1) % APP_MODULES}.js');

const router = express.Router();
const cache = new Map();

router.get('/items/${i}', async (req, res, next) => {
  try {
    const key = req.query.key ?? 'default';
    if (!cache.has(key)) cache.set(key, await service${i}.load(key));
    const template = await readFile(path.join('/bundle', 'views', 'item.html'), 'utf8');
    res.type('html').send(template.replace('{{item}}', JSON.stringify(cache.get(key))));
  } catch (error) {
    next(error);
  }
});

router.post('/items/${i}', express.json(), (req, res) => {
  const item = { id: Date.now(), ...req.body, tags: (req.body.tags ?? []).map((t) => String(t).trim()) };
  res.status(201).json(item);
});

module.exports = { router, load: async (key) => ({ key, at: new Date().toISOString(), n: ${i} }) };
`;
}

async function buildProject(): Promise<BundleInput[]> {
  await rm(WORK, { recursive: true, force: true });
  await mkdir(join(WORK, 'src'), { recursive: true });
  const inputs: BundleInput[] = [];
  for (let i = 0; i < APP_MODULES; i++) {
    const path = join(WORK, 'src', `service-${i}.js`);
    await writeFile(path, appModule(i));
    inputs.push({ path, package: null, bytesInOutput: 0 });
  }
  const real = await realDependencyFiles();
  for (let i = 0; i < DEP_MODULES; i++) {
    const source = real[i % real.length]!;
    const copy = Math.floor(i / real.length);
    const relativePath = source.slice(join(ROOT, 'node_modules').length + 1);
    const path = join(
      WORK,
      'node_modules',
      relativePath.replace(/\.js$/, copy ? `.${copy}.js` : '.js'),
    );
    await mkdir(join(path, '..'), { recursive: true });
    await cp(source, path);
    inputs.push({ path, package: packageOf(path) ?? `dep-${i}`, bytesInOutput: 0 });
  }
  await writeFile(
    join(WORK, 'package.json'),
    JSON.stringify({ name: 'synthetic', dependencies: {} }),
  );
  return inputs;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

const inputs = await buildProject();
let totalBytes = 0;
const texts: string[] = [];
for (const input of inputs) {
  const text = await readFile(input.path, 'utf8');
  totalBytes += text.length;
  texts.push(text);
}
const ctx = quietContext();
const wrangler = await resolveWrangler(ctx);
const scanContext = {
  root: WORK,
  dir: WORK,
  wrangler,
  scan: { compatibilityDate: '2026-05-03', nodejsCompat: true, cpuMsPerRequest: 10 },
};

const endToEnd: number[] = [];
const endToEndCpu: number[] = [];
const parseAll: number[] = [];
let findings = 0;
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await scanBundle(inputs, join(WORK, '.docker-to-workers'), scanContext);
  endToEnd.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  endToEndCpu.push((used.user + used.system) / 1000);
  findings = result.diagnostics.length;
  // Without the pre-filter: every module parsed and walked with all rules (the worst case).
  const parsedStart = performance.now();
  for (const text of texts) scanModule(text, { ...scanContext.scan, userCode: true });
  parseAll.push(performance.now() - parsedStart);
}
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);

const mb = totalBytes / 1e6;
const rate = (ms: number) => (mb / (ms / 1000)).toFixed(1);
console.log(
  `synthetic project: ${inputs.length} modules (${APP_MODULES} app, ${inputs.length - APP_MODULES} from real packages), ${mb.toFixed(1)} MB`,
);
console.log(
  `scanBundle (as check runs it): median ${median(endToEnd).toFixed(0)} ms over ${RUNS} runs → ${rate(median(endToEnd))} MB/s; ${findings} findings`,
);
// The machine is shared: CPU time says what the scanner costs when it has a core to itself.
console.log(
  `  per CPU second (process.cpuUsage): median ${median(endToEndCpu).toFixed(0)} ms CPU → ${rate(median(endToEndCpu))} MB/s`,
);
console.log(
  `parse + walk every module (no pre-filter): median ${median(parseAll).toFixed(0)} ms → ${rate(median(parseAll))} MB/s`,
);
console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB (target < 512 MB)`);
