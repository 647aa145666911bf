/**
 * detect → plan → check on the real public apps of bench/corpus.json whose snapshot is on this machine
 * (a bare git directory per repository under $CORPUS_MIRROR, default /work/.mirror/<owner>+<name>/repo).
 * Each app is extracted at its pinned commit into a temporary tree (never into this repository); its
 * package manager (pnpm, yarn 1, bun) is put on PATH from the npm registry when this machine lacks it, so
 * check installs and builds as a user's CI would; npm installs only what nothing else can (no lockfile,
 * yarn berry), without writing a package-lock.json. Then check runs with the real wrangler and workerd.
 * Prints one row per app and the totals; the raw results go to <work>/results.json.
 * Usage: npx tsx bench/corpus.ts [filters]   (comma-separated substrings of "owner/name/folder"; rows print as
 * each app finishes)
 */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { preparePlan } from '../src/cli/planning.js';
import type { CheckResult, Diagnostic, Plan, WorkerPlan } from '../src/model/index.js';
import { spawnExec } from '../src/util/exec.js';
import { readBuildEnv } from '../src/validate/build-env.js';
import { check } from '../src/validate/index.js';
import { findLockfile, missingDependencies } from '../src/validate/install.js';
import { quietContext } from './context.js';

interface CorpusApp {
  repo: string;
  commit: string;
  folder: string;
  /** A Dockerfile outside the folder (`docker build -f`), relative to it. */
  dockerfile?: string;
  verdict: string;
  blockers: string[];
  /**
   * Dummy values the app's CI would give its build (the `build-env` input / --build-env): names and
   * values, read through the same parser as a user's list.
   */
  buildEnv?: Record<string, string>;
  /**
   * What the app's build fetches from the internet, which this machine cannot reach (a CI runner can):
   * URL prefix → the JSON the build gets instead, served by a preload in the build's NODE_OPTIONS.
   */
  buildFetch?: Record<string, unknown>;
}

/** How a blocker key shows in the findings, the target reason or the verdict reason. */
const BLOCKER_PATTERNS: Record<string, RegExp> = {
  mongodb: /mongo/i,
  websocket: /websocket|socket\.io|\bws\b|upgrade(?!-insecure-requests)/i,
  'native-addon': /native addon|bcrypt|\.node\b|node-gyp/i,
  prisma: /prisma/i,
  'startup-io': /start-?up|global scope|module scope|top[- ]level|at load/i,
  timer: /setInterval|setTimeout|timer/i,
  cron: /cron/i,
  fs: /\bfs\b|file ?system|readdir|__dirname|disk/i,
  redis: /redis/i,
  'decorator-metadata': /decorator metadata \(|emits? decorator metadata/i,
  python: /python/i,
  go: /\bgo\b/i,
  dotnet: /\.net|dotnet|unrecognised runtime/i,
};

const SOURCE_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.tsx', '.jsx']);
const MIRROR = process.env.CORPUS_MIRROR ?? '/work/.mirror';
const WORK = process.env.CORPUS_WORK ?? join(tmpdir(), 'd2w-corpus');
const BASE_PATH = process.env.PATH ?? '';
const APP_TIMEOUT_MS = 15 * 60_000;
const filters = (process.argv[2] ?? '').split(',');

const log: string[] = [];
const ctx = quietContext({
  log: {
    debug() {},
    info: (m) => log.push(m),
    warn: (m) => log.push(`warn: ${m}`),
    error: (m) => log.push(`error: ${m}`),
  },
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
});

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

async function sh(script: string, cwd: string, timeoutMs = 600_000) {
  return spawnExec('sh', ['-c', script], { cwd, timeoutMs });
}

/** The app's tree at its commit, extracted once (git archive: no .git, no third-party code here). */
async function extract(app: CorpusApp): Promise<string | null> {
  const gitDir = join(MIRROR, app.repo.replace('/', '+'), 'repo');
  if (!(await exists(gitDir))) return null;
  const tree = join(WORK, `${app.repo.replace('/', '+')}-${app.commit.slice(0, 12)}`);
  if (!(await exists(join(tree, '.extracted')))) {
    await mkdir(tree, { recursive: true });
    // Through a file, not a pipe: a snapshot missing a blob makes git archive fail half-way, and a
    // pipe would report only tar's success (a partial tree, then misleading rows).
    const run = await sh(
      `git --git-dir='${gitDir}' archive -o '${tree}.tar' ${app.commit} && tar -x -C '${tree}' -f '${tree}.tar'; status=$?; rm -f '${tree}.tar'; exit $status`,
      tree,
    );
    if (run.exitCode !== 0) throw new Error(`git archive failed: ${run.stderr}`);
    // A marker outside git's view: the checkout is complete.
    await writeFile(join(tree, '.extracted'), app.commit);
    // check looks for the repository root (for SARIF paths) by its .git: give it one.
    await mkdir(join(tree, '.git'), { recursive: true });
  } else {
    await reset(gitDir, app.commit, tree);
  }
  return tree;
}

/**
 * A reused tree back to the commit, as a fresh clone has it: what an earlier run wrote (dist/ from a
 * build, which would then count as committed; .docker-to-workers/; a lockfile) goes, and tracked files
 * are restored. node_modules stays (installs take minutes) unless CORPUS_FRESH=1.
 */
async function reset(gitDir: string, commit: string, tree: string): Promise<void> {
  const keep = process.env.CORPUS_FRESH === '1' ? '' : "-e 'node_modules'";
  const git = `GIT_INDEX_FILE='${tree}.index' git --git-dir='${gitDir}' --work-tree='${tree}'`;
  const run = await sh(
    `${git} read-tree ${commit} && ${git} checkout-index -a -f && ${git} clean -fdxq ${keep} -e '/.extracted' -e '/.git/'`,
    tree,
  );
  if (run.exitCode !== 0) throw new Error(`resetting ${tree} failed: ${run.stderr}`);
}

/** Package-manager releases from the npm registry that read each lockfile (pnpm by lockfileVersion, bun). */
async function toolFor(lockDir: string, manager: string): Promise<string | null> {
  if (manager === 'yarn')
    return (await exists(join(lockDir, '.yarnrc.yml'))) ? null : 'yarn@1.22.22';
  // The action sets bun up from the registry too (oven-sh/setup-bun); npm's `bun` package ships its binary.
  if (manager === 'bun') return 'bun@1.4.5';
  if (manager !== 'pnpm') return null;
  const lock = await readFile(join(lockDir, 'pnpm-lock.yaml'), 'utf8').catch(() => '');
  const version = Number(/^lockfileVersion: '?(\d+)/m.exec(lock)?.[1] ?? 9);
  return version >= 9 ? 'pnpm@9.15.9' : version >= 6 ? 'pnpm@8.15.9' : 'pnpm@7.33.7';
}

/**
 * Puts the app's package manager on PATH when this machine lacks it (installed once per release under
 * <work>/.tools from the npm registry), so check installs and builds with it as a user's CI would.
 */
async function providePackageManager(lockDir: string, manager: string): Promise<string | null> {
  const tool = await toolFor(lockDir, manager);
  if (!tool) return null;
  const prefix = join(WORK, '.tools', tool.replace('@', '-'));
  const bin = join(prefix, 'node_modules', '.bin');
  if (!(await exists(join(bin, manager)))) {
    const run = await sh(
      `npm install --prefix '${prefix}' --no-audit --no-fund --no-package-lock ${tool}`,
      WORK,
    );
    if (run.exitCode !== 0) return null;
  }
  process.env.PATH = `${bin}:${BASE_PATH}`;
  return tool;
}

/**
 * Before check: the app's package manager on PATH (pnpm/yarn/bun from the registry), else npm installs what
 * check cannot (no lockfile; yarn berry, which this machine lacks).
 */
async function preinstall(plan: Plan, worker: WorkerPlan): Promise<string | null> {
  const dir = resolve(plan.root, worker.dir);
  process.env.PATH = BASE_PATH;
  if (!(await exists(join(dir, 'package.json')))) return null;
  const lock = await findLockfile(dir, plan.root);
  const tool = lock ? await providePackageManager(lock.dir, lock.manager) : null;
  if (tool) return `${tool} on PATH`;
  if ((await missingDependencies(dir)).length === 0) return null;
  if (lock?.manager === 'npm') return null;
  // --no-package-lock: a package-lock.json beside the app's yarn/pnpm lockfile would make check (and a
  // rerun) take npm for the app's package manager. --legacy-peer-deps: yarn and pnpm do not fail on peer
  // conflicts the way npm does, so npm standing in for them must not either.
  const run = await sh(
    'npm install --ignore-scripts --no-audit --no-fund --no-package-lock --legacy-peer-deps',
    dir,
  );
  return run.exitCode === 0
    ? `npm install (${lock ? `${lock.manager} lockfile` : 'no lockfile'})`
    : `npm install failed: ${run.stderr.trim().split('\n').slice(-2).join(' ')}`;
}

const switched = (result: CheckResult) => result.diagnostics.some((d) => d.ruleId === 'W905');

/** Source files named by error/warning findings that esbuild did not put into the bundle. */
async function outsideBundle(plan: Plan, worker: WorkerPlan, diagnostics: Diagnostic[]) {
  const meta = await readFile(join(plan.outDir, worker.name, 'metafile.json'), 'utf8')
    .then((t) => JSON.parse(t) as { inputs: Record<string, unknown> })
    .catch(() => null);
  if (!meta) return null;
  const base = join(plan.outDir, worker.name);
  const inputs = new Set(
    Object.keys(meta.inputs).map((p) =>
      relative(plan.root, resolve(base, p)).split('\\').join('/'),
    ),
  );
  return diagnostics.filter(
    (d) =>
      (d.severity === 'error' || d.severity === 'warning') &&
      d.file &&
      SOURCE_EXTENSIONS.has(extname(d.file)) &&
      !d.file.includes('node_modules/') &&
      !inputs.has(d.file),
  );
}

interface Row {
  app: string;
  expected: string;
  verdict: string;
  workers: string;
  bundled: string;
  boot: string;
  outside: number | null;
  expectedBlockers: string[];
  found: string[];
  notes: string;
}

/** The build-env NODE_OPTIONS that answers the build's fetches of `stubs` (see CorpusApp.buildFetch). */
async function buildFetchPreload(stubs: Record<string, unknown>, tree: string) {
  const preload = `${tree}.build-fetch.mjs`; // beside the tree, never in it
  await writeFile(
    preload,
    [
      `const stubs = ${JSON.stringify(stubs)};`,
      'const ownFetch = globalThis.fetch;',
      'globalThis.fetch = async (input, init) => {',
      "  const url = typeof input === 'string' ? input : (input.href ?? input.url);",
      '  const body = Object.entries(stubs).find(([prefix]) => url.startsWith(prefix))?.[1];',
      '  if (body === undefined) return ownFetch(input, init);',
      '  return Response.json(body);',
      '};',
    ].join('\n'),
  );
  return { NODE_OPTIONS: `--import=${pathToFileURL(preload).href}` };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref(),
    ),
  ]);
}

const short = (text: string, max = 160) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
};

async function runApp(app: CorpusApp): Promise<Row | null> {
  const name = `${app.repo}${app.folder === '.' ? '' : `/${app.folder}`}${app.dockerfile ? ` (-f ${app.dockerfile})` : ''}`;
  const row: Row = {
    app: name,
    expected: app.verdict,
    verdict: '',
    workers: '',
    bundled: '',
    boot: '',
    outside: null,
    expectedBlockers: app.blockers,
    found: [],
    notes: '',
  };
  log.length = 0;
  try {
    const tree = await extract(app);
    if (!tree) return null;
    const dir = join(tree, app.folder);
    const plan = await preparePlan(dir, { dockerfile: app.dockerfile }, {}, ctx);
    const notes: string[] = [];
    for (const worker of plan.workers.filter((w) => w.target === 'worker')) {
      const installed = await preinstall(plan, worker);
      if (installed) notes.push(installed);
    }
    const buildEnv = readBuildEnv(Object.keys(app.buildEnv ?? {}), (name) => app.buildEnv?.[name], {
      what: `${name}'s buildEnv`,
      setValue: () => 'Give each name a value in bench/corpus.json.',
    });
    if (app.buildFetch) Object.assign(buildEnv, await buildFetchPreload(app.buildFetch, tree));
    if (Object.keys(buildEnv).length > 0)
      notes.push(`build-env ${Object.keys(buildEnv).join(',')}`);
    const results: CheckResult[] = await withTimeout(
      check(plan, { buildEnv }, ctx),
      APP_TIMEOUT_MS,
    );
    const pairs = plan.workers.map((w, i) => ({ worker: w, result: results[i]! }));
    row.workers = pairs.map(({ worker }) => `${worker.name}:${worker.target}`).join(', ');
    row.verdict = pairs.map(({ result }) => result.verdict).join(', ');
    const isolates = pairs.filter(({ worker }) => worker.target === 'worker');
    row.bundled = `${isolates.filter(({ result }) => result.bundle).length}/${isolates.length}`;
    row.boot = isolates
      .map(({ result }) =>
        result.smoke
          ? result.smoke.status !== null
            ? `${result.smoke.status} ${result.smoke.path}${result.smoke.error ? `: ${short(result.smoke.error)}` : ''}`
            : `crash: ${short(result.smoke.error ?? '')}`
          : 'not booted',
      )
      .join('; ');
    let outside = 0;
    for (const { worker, result } of isolates) {
      const found = await outsideBundle(plan, worker, result.diagnostics);
      if (found) {
        outside += found.length;
        for (const d of found) notes.push(`outside: ${d.ruleId} ${d.file}:${d.line ?? ''}`);
      }
    }
    row.outside = isolates.length > 0 ? outside : null;
    const text = [
      ...plan.diagnostics.map((d) => `${d.ruleId} ${d.message}`),
      ...pairs.flatMap(({ worker, result }) => [
        worker.targetReason,
        worker.verdictReason,
        worker.build?.why ?? '',
        // A service check switched to its image (W905) keeps what the Worker path found, as notes.
        ...result.diagnostics
          .filter((d) => d.severity !== 'note' || switched(result))
          .map((d) => `${d.ruleId} ${d.message}`),
      ]),
    ].join('\n');
    row.found = Object.entries(BLOCKER_PATTERNS)
      .filter(([, pattern]) => pattern.test(text))
      .map(([key]) => key);
    const errors = pairs.flatMap(({ result }) =>
      result.diagnostics.filter((d) => d.severity === 'error'),
    );
    notes.push(...errors.slice(0, 4).map((d) => `${d.ruleId}: ${short(d.message, 220)}`));
    row.notes = notes.join(' | ');
  } catch (error) {
    row.verdict = 'FAILED';
    row.notes = short(error instanceof Error ? (error.stack ?? error.message) : String(error), 400);
  }
  return row;
}

const corpus = JSON.parse(await readFile(join(import.meta.dirname, 'corpus.json'), 'utf8')) as {
  apps: CorpusApp[];
};
await mkdir(WORK, { recursive: true });
const cell = (text: string) => text.replace(/\|/g, '\\|');
function printRow(r: Row): void {
  const missed = r.expectedBlockers.filter((b) => !r.found.includes(b));
  console.log(
    `| ${r.app} | ${r.expected} | ${r.verdict} | ${r.workers} | ${r.bundled} | ${cell(r.boot)} | ${r.outside ?? 'n/a'} | ${r.expectedBlockers.join(', ')} | ${r.found.join(', ')} | ${missed.join(', ')} | ${cell(r.notes)} |`,
  );
}
console.log(
  '| app | expected | verdict (per Worker) | Workers | bundled | boot | outside bundle | blockers expected | found | missed | notes |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
const rows: Row[] = [];
for (const app of corpus.apps) {
  if (!filters.some((f) => `${app.repo}/${app.folder}`.includes(f))) continue;
  const started = performance.now();
  const row = await runApp(app);
  if (!row) {
    console.error(`skipped ${app.repo} (no snapshot under ${MIRROR})`);
    continue;
  }
  rows.push(row);
  printRow(row);
  console.error(
    `${row.app}: ${row.verdict} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}
const isolateApps = rows.filter((r) => r.bundled && !r.bundled.startsWith('0/0'));
const allBundled = isolateApps.filter((r) => {
  const [done, total] = r.bundled.split('/').map(Number);
  return done === total;
});
const booted = isolateApps.filter(
  (r) => r.boot && r.boot.split('; ').every((b) => b.startsWith('2')),
);
const expectedTotal = rows.reduce((n, r) => n + r.expectedBlockers.length, 0);
const foundTotal = rows.reduce(
  (n, r) => n + r.expectedBlockers.filter((b) => r.found.includes(b)).length,
  0,
);
console.log(
  `\nTotals: ${rows.length} apps; ${rows.filter((r) => r.verdict === 'FAILED').length} crashed the pipeline; ` +
    `${isolateApps.length} with Worker targets, ${allBundled.length} bundled every Worker, ${booted.length} booted with 2xx; ` +
    `findings outside the bundle: ${rows.reduce((n, r) => n + (r.outside ?? 0), 0)}; ` +
    `expected blockers found: ${foundTotal}/${expectedTotal}.`,
);
await writeFile(join(WORK, 'results.json'), JSON.stringify(rows, null, 2));
