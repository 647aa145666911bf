/**
 * Runs action.yml's composite steps the way the GitHub runner does: inputs with their defaults, `${{ }}`
 * evaluated with GitHub's own expression engine (@actions/expressions), `if:` with the status functions,
 * the file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY), GITHUB_EVENT_PATH, and the caller
 * step's `env:` visible to every step, `hashFiles` as the runner computes it. `uses:` steps (setup-node,
 * cache, upload-sarif) are recorded, not run; actions/cache/restore reports a miss, as on a cold runner.
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile, stat, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

export const ACTION_ROOT = join(import.meta.dirname, '..', '..');

interface ActionStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
}

interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export interface RunActionOptions {
  /** The caller's `with:`. */
  with: Record<string, string>;
  /** The caller step's `env:` (secret values for the `secrets` input travel this way). */
  stepEnv?: Record<string, string>;
  /** Job-level environment, e.g. CLOUDFLARE_API_BASE_URL and GITHUB_API_URL pointing at loopback fakes. */
  jobEnv?: Record<string, string>;
  event: { name: string; payload: Record<string, unknown> };
  workspace: string;
  repository?: string;
  sha?: string;
  ref?: string;
  token?: string;
  /** RUNNER_TOOL_CACHE: kept across runs to model actions/cache restoring the wrangler install. */
  toolCache: string;
}

export interface StepRecord {
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  uses?: string;
  with?: Record<string, string>;
}

export interface ActionRun {
  outputs: Record<string, string>;
  steps: StepRecord[];
  /** Everything the steps appended to GITHUB_STEP_SUMMARY. */
  summary: string;
  stdout: string;
  stderr: string;
  failed: boolean;
}

const CONTEXTS = ['github', 'inputs', 'steps', 'runner', 'env', 'job'];

/** A glob of hashFiles' kind (`**`, `*`) as a regular expression over workspace-relative paths. */
function globRegExp(glob: string): RegExp {
  const source = glob
    .split(/(\*\*\/|\*\*|\*)/)
    .map((part) =>
      part === '**/'
        ? '(?:.*/)?'
        : part === '**'
          ? '.*'
          : part === '*'
            ? '[^/]*'
            : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * The runner's hashFiles: the files under the workspace matching any pattern and no `!` pattern, in
 * path order; the SHA-256 of their SHA-256 digests, or '' when none match.
 */
export function hashFiles(workspace: string, patterns: string[]): string {
  const include = patterns.filter((p) => !p.startsWith('!')).map(globRegExp);
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => globRegExp(p.slice(1)));
  const files = readdirSync(workspace, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(workspace.length + 1))
    .filter((path) => include.some((r) => r.test(path)) && !exclude.some((r) => r.test(path)))
    .sort();
  if (files.length === 0) return '';
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(
      createHash('sha256')
        .update(readFileSync(join(workspace, file)))
        .digest(),
    );
  }
  return hash.digest('hex');
}

/** The machine's proxy and CA settings, which a runner's steps inherit (npm needs them to reach the registry). */
function machineNetworkEnv(): Record<string, string> {
  const names = ['NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR'];
  names.push(...['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY'].flatMap((n) => [n, n.toLowerCase()]));
  return Object.fromEntries(
    names.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])),
  );
}

/** What a `uses:` step reports: a cache restore misses (a cold runner); others report nothing. */
function usesOutputs(uses: string, withValues: Record<string, string>): Record<string, string> {
  return uses.startsWith('actions/cache/restore@')
    ? { 'cache-hit': 'false', 'cache-primary-key': withValues.key ?? '' }
    : {};
}

function evaluate(
  expression: string,
  context: Record<string, unknown>,
  functions: FunctionDefinition[],
): data.ExpressionData {
  const lexed = new Lexer(expression).lex();
  const tree = new Parser(lexed.tokens, CONTEXTS, functions).parse();
  const dictionary = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary;
  return new Evaluator(
    tree,
    dictionary,
    new Map(functions.map((f) => [f.name.toLowerCase(), f])),
  ).evaluate();
}

/** `a ${{ x }} b` with each expression replaced by its string value, as the runner does for env/with/run. */
function interpolate(
  text: string,
  context: Record<string, unknown>,
  functions: FunctionDefinition[],
): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) =>
    evaluate(expr, context, functions).coerceString(),
  );
}

/** The `key=value` and `key<<DELIM … DELIM` records of a file command. */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = line.match(/^([^=<]+)<<(.+)$/);
    if (heredoc) {
      const [, key = '', delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i] ?? '');
      values[key] = body.join('\n');
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return values;
}

function shell(
  script: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

/**
 * How our step starts: the committed bundle when it is newer than every source file, else the sources
 * through tsx (the lead rebuilds dist/; engineers change src/ in between).
 */
export async function ourEntry(): Promise<'dist' | 'src'> {
  const bundle = await stat(join(ACTION_ROOT, 'dist/action/index.js')).catch(() => null);
  if (!bundle) return 'src';
  return bundle.mtimeMs >= (await newestMtime(join(ACTION_ROOT, 'src'))) ? 'dist' : 'src';
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const action = parse(await readFile(join(ACTION_ROOT, 'action.yml'), 'utf8')) as ActionYml;
  for (const name of Object.keys(options.with)) {
    if (!(name in action.inputs))
      throw new Error(`Unexpected input '${name}' (the runner warns and ignores it)`);
  }
  const temp = await mkdtemp(join(tmpdir(), 'dtw-runner-'));
  const eventPath = join(temp, 'event.json');
  await writeFile(eventPath, JSON.stringify(options.event.payload));
  const summaryPath = join(temp, 'summary.md');
  const entry = await ourEntry();

  const repository = options.repository ?? 'acme/shop';
  const token = options.token ?? 'ghs_runner_test_token_0123456789';
  const github = {
    action_path: ACTION_ROOT,
    event_name: options.event.name,
    event: options.event.payload,
    event_path: eventPath,
    repository,
    repository_owner: repository.split('/')[0],
    sha: options.sha ?? 'c0ffee0000000000000000000000000000000000',
    ref: options.ref ?? 'refs/heads/main',
    ref_name: (options.ref ?? 'refs/heads/main').replace(/^refs\/(heads|tags)\//, ''),
    token,
    workspace: options.workspace,
    run_id: '4242',
    server_url: 'https://github.com',
    api_url: options.jobEnv?.GITHUB_API_URL ?? 'https://api.github.com',
  };
  const runner = { os: 'Linux', arch: 'X64', temp, tool_cache: options.toolCache };

  let status: 'success' | 'failure' = 'success';
  const functions: FunctionDefinition[] = [
    { name: 'always', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(true) },
    {
      name: 'success',
      minArgs: 0,
      maxArgs: 0,
      call: () => new data.BooleanData(status === 'success'),
    },
    {
      name: 'failure',
      minArgs: 0,
      maxArgs: 0,
      call: () => new data.BooleanData(status === 'failure'),
    },
    { name: 'cancelled', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(false) },
    {
      name: 'hashFiles',
      minArgs: 1,
      maxArgs: 255,
      call: (...patterns: data.ExpressionData[]) =>
        new data.StringData(
          hashFiles(
            options.workspace,
            patterns.map((p) => p.coerceString()),
          ),
        ),
    },
  ];

  const inputs: Record<string, string> = {};
  const baseContext = () => ({ github, runner, inputs, steps, job: { status }, env: {} });
  const steps: Record<
    string,
    { outputs: Record<string, string>; outcome: string; conclusion: string }
  > = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    inputs[name] =
      options.with[name] ?? interpolate(String(spec.default ?? ''), baseContext(), functions);
  }

  const githubEnv: Record<string, string> = {};
  // GITHUB_PATH: each line goes before PATH for the later steps, the newest first.
  const githubPath: string[] = [];
  const records: StepRecord[] = [];
  let stdout = '';
  let stderr = '';
  for (const [index, step] of action.runs.steps.entries()) {
    const name = step.name ?? step.uses ?? `step ${index}`;
    const condition = step.if ?? 'success()';
    const run = truthy(
      evaluate(condition.replace(/^\$\{\{([\s\S]*)\}\}$/, '$1'), baseContext(), functions),
    );
    if (!run) {
      records.push({ name, outcome: 'skipped' });
      if (step.id) steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    const withValues = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, v]) => [
        k,
        interpolate(String(v), baseContext(), functions),
      ]),
    );
    if (step.uses) {
      records.push({ name, outcome: 'success', uses: step.uses, with: withValues });
      if (step.id) {
        const outputs = usesOutputs(step.uses, withValues);
        steps[step.id] = { outputs, outcome: 'success', conclusion: 'success' };
      }
      continue;
    }
    const outputPath = join(temp, `output-${index}`);
    const envPath = join(temp, `env-${index}`);
    const pathPath = join(temp, `path-${index}`);
    const stepSummary = join(temp, `summary-${index}`);
    await Promise.all(
      [outputPath, envPath, pathPath, stepSummary].map((path) => writeFile(path, '')),
    );
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [
        k,
        interpolate(String(v), baseContext(), functions),
      ]),
    );
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...machineNetworkEnv(),
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: ACTION_ROOT,
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_EVENT_NAME: options.event.name,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: repository,
      GITHUB_SHA: github.sha,
      GITHUB_REF: github.ref,
      GITHUB_REF_NAME: github.ref_name,
      GITHUB_RUN_ID: github.run_id,
      GITHUB_SERVER_URL: github.server_url,
      GITHUB_API_URL: github.api_url,
      GITHUB_OUTPUT: outputPath,
      GITHUB_ENV: envPath,
      GITHUB_PATH: pathPath,
      GITHUB_STEP_SUMMARY: stepSummary,
      RUNNER_OS: runner.os,
      RUNNER_ARCH: runner.arch,
      RUNNER_TEMP: temp,
      RUNNER_TOOL_CACHE: options.toolCache,
      ...options.jobEnv,
      ...options.stepEnv,
      ...githubEnv,
      ...stepEnv,
    };
    env.PATH = [...githubPath, env.PATH].join(':');
    let script = interpolate(step.run ?? '', baseContext(), functions);
    if (entry === 'src') {
      script = script.replace(
        `node "${ACTION_ROOT}/dist/action/index.js"`,
        // tsx from this repository: the workspace may have no node_modules.
        `node --import "${pathToFileURL(join(ACTION_ROOT, 'node_modules/tsx/dist/loader.mjs')).href}" "${join(ACTION_ROOT, 'src/action/index.ts')}"`,
      );
    }
    await mkdir(options.workspace, { recursive: true });
    const result = await shell(script, options.workspace, env);
    stdout += result.stdout;
    stderr += result.stderr;
    const outcome = result.code === 0 ? 'success' : 'failure';
    if (outcome === 'failure') status = 'failure';
    Object.assign(githubEnv, parseFileCommand(await readFile(envPath, 'utf8')));
    const added = (await readFile(pathPath, 'utf8')).split('\n').filter(Boolean);
    githubPath.unshift(...added.reverse());
    const outputs = parseFileCommand(await readFile(outputPath, 'utf8'));
    if (step.id) steps[step.id] = { outputs, outcome, conclusion: outcome };
    records.push({ name, outcome });
    await writeFile(summaryPath, await readFile(stepSummary, 'utf8'), { flag: 'a' });
  }
  const outputs = Object.fromEntries(
    Object.entries(action.outputs).map(([name, spec]) => [
      name,
      interpolate(spec.value, baseContext(), functions),
    ]),
  );
  return {
    outputs,
    steps: records,
    summary: await readFile(summaryPath, 'utf8').catch(() => ''),
    stdout,
    stderr,
    failed: status === 'failure',
  };
}
