/**
 * The action as a runner runs it, against a bare wrangler-action-style run, side by side:
 *  1. start-up: process start → the first useful log line (`docker-to-workers <mode> for …`), target < 2 s;
 *  2. `check` mode on examples/express-app with a warm wrangler (no install), target < 10 s;
 *  3. wrangler-action's path: `npm install wrangler` into a fresh prefix (from the local npm cache) +
 *     `wrangler deploy --dry-run` of the same Worker; the ratio check ÷ bare.
 * The action runs as shipped: bundled with ncc (the same settings as scripts/package.mjs) into bench/.work.
 * Usage: npx tsx bench/action.ts [runs]
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PINNED_WRANGLER_VERSION } from '../src/toolchain/wrangler.js';

/** ncc ships no types; this is the part of its API used here. */
type Ncc = (
  entry: string,
  options: Record<string, unknown>,
) => Promise<{ code: string; assets?: Record<string, { source: string | Buffer }> }>;
const ncc = createRequire(import.meta.url)('@vercel/ncc') as Ncc;

const ROOT = join(import.meta.dirname, '..');
const WORK = join(ROOT, 'bench', '.work', 'action');
const APP = 'examples/express-app';
const RUNS = Number(process.argv[2] ?? 5);

interface Timed {
  ms: number;
  exitCode: number;
  /** Peak resident set size of the child, from /usr/bin/time. */
  peakKb: number | null;
  output: string;
}

/** Runs a command under /usr/bin/time; `until` ends it early once its output matches. */
function timed(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string | undefined>; until?: RegExp },
): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'peak-kb=%M', command, ...args], {
      cwd: options.cwd,
      env: options.env,
    });
    let output = '';
    let matchedAt: number | null = null;
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (options.until && matchedAt === null && options.until.test(output)) {
        matchedAt = performance.now();
        child.kill('SIGTERM');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => {
      const peak = output.match(/peak-kb=(\d+)/);
      resolve({
        ms: (matchedAt ?? performance.now()) - start,
        exitCode: code ?? 1,
        peakKb: peak ? Number(peak[1]) : null,
        output,
      });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function bundleAction(): Promise<string> {
  const { code, assets } = await ncc(join(ROOT, 'src/action/index.ts'), {
    minify: false,
    sourceMap: false,
    quiet: true,
    externals: ['wrangler', 'miniflare', 'workerd', 'esbuild', 'fsevents'],
  });
  await rm(WORK, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
  for (const [name, asset] of Object.entries(assets ?? {})) {
    await mkdir(join(WORK, name, '..'), { recursive: true });
    await writeFile(join(WORK, name), asset.source);
  }
  await writeFile(join(WORK, 'package.json'), '{ "type": "module" }\n');
  const entry = join(WORK, 'index.js');
  await writeFile(entry, code);
  return entry;
}

function actionEnv(workspace: string, temp: string): Record<string, string | undefined> {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: 'c0ffee0000000000000000000000000000000000',
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    RUNNER_TOOL_CACHE: join(temp, 'tool-cache'),
    WRANGLER_SEND_METRICS: 'false',
    INPUT_MODE: 'check',
    'INPUT_WORKING-DIRECTORY': APP,
    'INPUT_FAIL-ON': 'never',
  };
}

async function main(): Promise<void> {
  const entry = await bundleAction();
  const temp = await mkdtemp(join(tmpdir(), 'dtw-bench-action-'));
  const env = actionEnv(ROOT, temp);
  // The runner creates the file-command files before the step starts.
  await Promise.all([env.GITHUB_OUTPUT!, env.GITHUB_STEP_SUMMARY!].map((f) => writeFile(f, '')));

  const startup: Timed[] = [];
  for (let i = 0; i < RUNS; i++) {
    startup.push(
      await timed('node', [entry], { cwd: ROOT, env, until: /docker-to-workers check for / }),
    );
  }

  const checks: Timed[] = [];
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
    const run = await timed('node', [entry], { cwd: ROOT, env });
    if (run.exitCode !== 0 || /::error::/.test(run.output)) {
      throw new Error(`check mode failed:\n${run.output.slice(-3000)}`);
    }
    checks.push(run);
  }

  // The Worker config check mode generated: what a wrangler-action user would have written by hand.
  const outDir = join(ROOT, APP, '.docker-to-workers');
  const worker = (await readdir(outDir, { withFileTypes: true })).find((e) => e.isDirectory());
  if (!worker) throw new Error(`no Worker directory in ${outDir}`);
  const config = join(outDir, worker.name, 'wrangler.jsonc');
  const bare: { install: Timed; dryRun: Timed }[] = [];
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
    const prefix = await mkdtemp(join(tmpdir(), 'dtw-bench-bare-'));
    const install = await timed(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        `wrangler@${PINNED_WRANGLER_VERSION}`,
      ],
      { cwd: prefix, env: { ...process.env, npm_config_update_notifier: 'false' } },
    );
    if (install.exitCode !== 0) throw new Error(`npm install wrangler failed:\n${install.output}`);
    const dryRun = await timed(
      'node',
      [
        join(prefix, 'node_modules/wrangler/bin/wrangler.js'),
        'deploy',
        '--dry-run',
        '--outdir',
        join(prefix, 'out'),
        '-c',
        config,
      ],
      { cwd: join(ROOT, APP), env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' } },
    );
    if (dryRun.exitCode !== 0)
      throw new Error(`wrangler deploy --dry-run failed:\n${dryRun.output}`);
    bare.push({ install, dryRun });
    await rm(prefix, { recursive: true, force: true });
  }
  await rm(temp, { recursive: true, force: true });

  const startupMs = median(startup.map((r) => r.ms));
  const checkMs = median(checks.map((r) => r.ms));
  const installMs = median(bare.map((r) => r.install.ms));
  const dryRunMs = median(bare.map((r) => r.dryRun.ms));
  const bareMs = median(bare.map((r) => r.install.ms + r.dryRun.ms));
  // A run ended early (start-up) is killed before /usr/bin/time reports its peak.
  const peak = (runs: Timed[]) => {
    const kb = runs.map((r) => r.peakKb).filter((v): v is number => v !== null);
    return kb.length ? Math.max(...kb) / 1024 : null;
  };
  const row = (name: string, ms: number, mb: number | null, target = '') =>
    `${name.padEnd(46)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${mb === null ? '    —' : mb.toFixed(0).padStart(5)} MB peak  ${target}`;
  console.log(
    `docker-to-workers action bench (${APP}, wrangler ${PINNED_WRANGLER_VERSION}, medians)`,
  );
  console.log(
    row(
      'start-up → first useful log line',
      startupMs,
      peak(startup),
      startupMs < 2000 ? '< 2 s ok' : '> 2 s TOO SLOW',
    ),
  );
  console.log(
    row(
      'check mode, warm wrangler (detect+plan+check)',
      checkMs,
      peak(checks),
      checkMs < 10000 ? '< 10 s ok' : '> 10 s TOO SLOW',
    ),
  );
  console.log(
    row('bare: npm install wrangler (local cache)', installMs, peak(bare.map((b) => b.install))),
  );
  console.log(row('bare: wrangler deploy --dry-run', dryRunMs, peak(bare.map((b) => b.dryRun))));
  console.log(row('bare total (wrangler-action style)', bareMs, null));
  console.log(
    `ratio check mode ÷ bare run: ${(checkMs / bareMs).toFixed(2)}× (check also scans and boots the Worker in workerd)`,
  );
  console.log(
    `ratio check mode ÷ bare dry-run only (both with wrangler installed): ${(checkMs / dryRunMs).toFixed(2)}×`,
  );
}

await main();
