import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { SourceMap } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Diagnostic, SmokeResult, WorkerPlan } from '../model/index.js';
import { LISTENS_ELSEWHERE, NOT_LISTENING } from '../plan/shim.js';
import { bootWorker, type BootOptions } from '../toolchain/workerd.js';
import type { Wrangler } from '../toolchain/wrangler.js';
import type { BundleFiles } from './bundle.js';
import { finding } from './rules.js';

export interface SmokeOptions {
  /** The bundle wrangler wrote. */
  files: BundleFiles;
  worker: WorkerPlan;
  /** Repository root, for source paths in stacks. */
  root: string;
  startupLimitMs: number;
  /** Connection string for Hyperdrive bindings (`--local-db`); otherwise they point at nothing. */
  localDb?: string;
}

/** The secret whose value the app used as a file path (a Docker secrets `*_FILE`-style setting), if any. */
export function secretAsPath(error: string, secrets: string[]): string | null {
  return secrets.find((s) => error.includes(`${SECRET_PLACEHOLDER}${s.toLowerCase()}`)) ?? null;
}

/** Where Hyperdrive points when no local database is given: a closed port, so queries fail fast. */
const NOWHERE_DB = 'postgres://smoke:smoke@127.0.0.1:9/smoke';

/** What each secret holds in the smoke boot (the real values are never available to check). */
export const SECRET_PLACEHOLDER = 'smoke-placeholder-';

/** Local bindings for the plan: KV/D1/R2/DO simulated by miniflare, vars as given, secrets as placeholders. */
export function localBindings(worker: WorkerPlan, localDb?: string): Partial<BootOptions> {
  const bindings: Record<string, unknown> = { ...worker.vars };
  for (const secret of worker.secrets)
    bindings[secret] = `${SECRET_PLACEHOLDER}${secret.toLowerCase()}`;
  const options: Partial<BootOptions> = {
    bindings,
    kvNamespaces: [],
    d1Databases: [],
    r2Buckets: [],
    durableObjects: {},
    hyperdrives: {},
  };
  for (const b of worker.bindings) {
    if (b.type === 'kv') options.kvNamespaces!.push(b.binding);
    if (b.type === 'd1') options.d1Databases!.push(b.binding);
    if (b.type === 'r2') options.r2Buckets!.push(b.binding);
    if (b.type === 'durable-object') options.durableObjects![b.binding] = b.className;
    if (b.type === 'hyperdrive') options.hyperdrives![b.binding] = localDb ?? NOWHERE_DB;
  }
  return options;
}

/**
 * The app never listened on any port: its start-up did not finish in workerd (often I/O it awaits
 * before listen, which workerd refuses at global scope), a start-up failure rather than a failing route.
 * One that listens on another port is a route problem the image would share.
 */
function neverListened(response: { status: number; body: string }): boolean {
  return (
    response.status === 503 &&
    response.body.startsWith(NOT_LISTENING) &&
    !response.body.includes(LISTENS_ELSEWHERE)
  );
}

/**
 * The Worker's own start-up: a second (warm) boot minus a warm boot of an empty Worker, so starting
 * workerd itself (slow the first time in a process, and on a busy machine) is not counted.
 */
export async function ownStartupMs(
  wrangler: Wrangler,
  options: BootOptions,
  emptyOptions: BootOptions,
): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'dtw-smoke-'));
  try {
    const scriptPath = join(dir, 'empty.mjs');
    await writeFile(scriptPath, "export default { fetch: () => new Response('ok') };\n");
    // Its only module is its own script: the app's modules live outside this directory, and
    // workerd refuses modules above `modulesRoot` ("can't use '..' to break out").
    const empty = await bootWorker(wrangler, {
      ...emptyOptions,
      scriptPath,
      modules: [scriptPath],
      onRuntimeOutput: () => undefined,
    });
    await empty.dispose();
    const again = await bootWorker(wrangler, { ...options, onRuntimeOutput: () => undefined });
    await again.dispose();
    return Math.max(0, again.startupMs - empty.startupMs);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const sourceMaps = new Map<string, SourceMap | null>();

async function loadMap(file: string): Promise<SourceMap | null> {
  if (!sourceMaps.has(file)) {
    const text = await readFile(`${file}.map`, 'utf8').catch(() => null);
    sourceMaps.set(file, text ? new SourceMap(JSON.parse(text)) : null);
  }
  return sourceMaps.get(file) ?? null;
}

/**
 * The original file (relative to `root`) and line of a 1-based position in a bundle module, through
 * wrangler's source map; without a column, the line's first code.
 */
export async function originalPosition(
  file: string,
  line: number,
  root: string,
  column?: number,
): Promise<{ file: string; line: number } | null> {
  const map = await loadMap(file);
  if (!map) return null;
  const text = column === undefined ? await readFile(file, 'utf8').catch(() => '') : '';
  const at = column ?? Math.max(1, (text.split('\n')[line - 1]?.search(/\S/) ?? 0) + 1);
  const entry = map.findEntry(line - 1, at - 1);
  if (!('originalSource' in entry) || !entry.originalSource) return null;
  const source = resolve(dirname(file), entry.originalSource.replace(/^file:\/\//, ''));
  return { file: relative(root, source), line: entry.originalLine + 1 };
}

/** Rewrites `entry.js:LINE:COL` frames to the original `src/file.js:LINE` through wrangler's source map. */
export async function mapStack(text: string, bundleDir: string, root: string): Promise<string> {
  const frames = [...text.matchAll(/([\w.-]+\.m?js):(\d+):(\d+)/g)];
  let mapped = text;
  for (const [frame, file, line, column] of frames) {
    const original = await originalPosition(
      join(bundleDir, file!),
      Number(line),
      root,
      Number(column),
    );
    if (original) mapped = mapped.replace(frame, `${original.file}:${original.line}`);
  }
  return mapped;
}

/**
 * workerd's log of an internal error (what the app sees as "internal error; reference = …"): the cause as
 * `e = <source>: failed: <message>`, then a `stack:` of native addresses that mean nothing to a user.
 */
const INTERNAL_CAUSE = /^e = (\S+?): (?:failed: )?/;
const NATIVE_STACK = /^stack: \S+@[0-9a-f]+/;

/** The first meaningful error lines of the runtime's output (the uncaught exception and its stack). */
export function runtimeError(output: string): string | null {
  const lines = output
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => !NATIVE_STACK.test(l));
  const start = lines.findIndex((l) => INTERNAL_CAUSE.test(l) || /(Uncaught|Error|error:)/.test(l));
  if (start === -1) return null;
  lines[start] = lines[start]!.replace(/^service [^ ]+: /, '').replace(
    INTERNAL_CAUSE,
    (_cause, source: string) => `workerd (${source}): `,
  );
  return lines
    .slice(start, start + 6)
    .filter((l) => l.trim() !== '')
    .join('\n');
}

/** A failure to reach the network from the local runtime: the machine running check may have none. */
export const unreachable = (error: string) =>
  /failed to lookup address information|getaddrinfo|ENOTFOUND|EAI_AGAIN/i.test(error);
const UNREACHABLE_FIX =
  'The request called out to the network, which this machine could not reach (check boots the Worker locally). Where the Worker runs, that call goes to the internet: run check where the host is reachable, or give the smoke request a route that does not call out (a HEALTHCHECK in the Dockerfile).';

/** The Worker's static assets, routed as wrangler configures them (once the build has produced them). */
async function assetsFor(worker: WorkerPlan, root: string): Promise<Partial<BootOptions>> {
  if (!worker.assets) return {};
  const directory = join(root, worker.assets.directory);
  if (!(await stat(directory).catch(() => null))?.isDirectory()) return {};
  const { notFoundHandling, runWorkerFirst } = worker.assets;
  return { assetsDirectory: directory, assetsRouting: { notFoundHandling, runWorkerFirst } };
}

/** Terminal colours a logger adds (Nest's, chalk's): `\x1b[31m…\x1b[39m`. */
const ANSI_COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Errors thrown while the Worker started that the app caught or left unhandled, from workerd's output. */
export function startupFailure(output: string): string | null {
  const lines = output.replace(ANSI_COLOURS, '').split('\n');
  const start = lines.findIndex((l) =>
    /Uncaught|Disallowed operation called within global scope/.test(l),
  );
  return start === -1
    ? null
    : lines
        .slice(start, start + 6)
        .map((l) => l.trim())
        .filter(Boolean)
        .join('\n');
}

/**
 * The Worker started without an error and the app's server answered the request (below 500: a failing
 * import on the first event, where the app is imported with Hyperdrive, answers 500).
 */
export function startedCleanly(booted: { smoke: SmokeResult; diagnostics: Diagnostic[] }): boolean {
  const { status } = booted.smoke;
  return status !== null && status < 500 && !booted.diagnostics.some((d) => d.ruleId === 'W901');
}

/** The first `file:line` of the app's own sources in a mapped stack (not a library's, not the bundle's). */
function firstSourceFrame(text: string, bundle: string): { file: string; line: number } | null {
  for (const [, file, line] of text.matchAll(/([\w@.-]+(?:\/[\w@.-]+)*\.[cm]?[jt]sx?):(\d+)/g)) {
    if (file !== bundle && !file!.includes('node_modules'))
      return { file: file!, line: Number(line) };
  }
  return null;
}

/**
 * A start-up error the app logged, judged by what the health check got: a 2xx or 3xx answer (a redirect to
 * a login page is an app at work) means the app
 * serves anyway (W907, a warning quoting the line, at the app's frame it names, else the app's entry;
 * what failed has its own finding, W201 for a connection at module scope); a 4xx/5xx or no answer
 * means it failed to start (W901).
 */
export function loggedStartupFinding(
  logged: string,
  { path, status }: Pick<SmokeResult, 'path' | 'status'>,
  entry: string,
  appEntry: string | undefined,
): Diagnostic {
  if (status !== null && status >= 200 && status < 400) {
    return finding(
      'W907',
      `GET ${path} answered ${status}, but ${entry} logged an error while starting: ${logged}`,
      firstSourceFrame(logged, entry) ?? { file: appEntry },
    );
  }
  return finding('W901', `${entry} answered, but failed while starting: ${logged}`);
}

/** Boots the bundle in workerd, measures start-up, and sends GET to the health-check path. */
export async function smokeBoot(
  wrangler: Wrangler,
  options: SmokeOptions,
): Promise<{ smoke: SmokeResult; diagnostics: Diagnostic[] }> {
  const { worker } = options;
  const path = worker.healthcheckPath || '/';
  const { entry, modules } = options.files;
  const bundleDir = dirname(entry);
  let output = '';
  const smoke: SmokeResult = { status: null, startupMs: null, error: null, path };
  const explain = async (fallback: string) =>
    mapStack(runtimeError(output) ?? fallback, bundleDir, options.root);

  const bootOptions: BootOptions = {
    scriptPath: entry,
    modules,
    compatibilityDate: worker.compatibilityDate,
    compatibilityFlags: worker.compatibilityFlags,
    ...localBindings(worker, options.localDb),
    ...(await assetsFor(worker, options.root)),
    onRuntimeOutput: (chunk) => {
      output += chunk;
    },
  };
  let booted;
  try {
    booted = await bootWorker(wrangler, bootOptions);
  } catch (error) {
    smoke.error = await explain(error instanceof Error ? error.message : String(error));
    const secret = secretAsPath(smoke.error, worker.secrets);
    return {
      smoke,
      diagnostics: [
        finding(
          'W901',
          `${basename(entry)} did not start in workerd: ${smoke.error}`,
          {},
          secret
            ? {
                fix: `The app reads a file named by ${secret} (Docker secrets: \`/run/secrets/…\`), which exists on neither Workers nor Containers: read the value from ${secret} itself (\`wrangler secret put ${secret}\`).`,
              }
            : {},
        ),
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  try {
    const sent = performance.now();
    const response = await booted.fetch(path).catch((error: unknown) => error as Error);
    smoke.responseMs = Math.round(performance.now() - sent);
    if (response instanceof Error) {
      smoke.error = await explain(response.message);
      diagnostics.push(finding('W902', `GET ${path} threw: ${smoke.error}`));
    } else {
      smoke.status = response.status;
      if (response.status >= 500) {
        // Room for the entry's "did not listen" 503, which quotes the app's last start-up log lines.
        smoke.error = await explain(response.body.slice(0, 1000));
        diagnostics.push(
          finding(
            neverListened(response) ? 'W901' : 'W902',
            `GET ${path} answered ${response.status}: ${smoke.error}`,
            {},
            unreachable(smoke.error) ? { fix: UNREACHABLE_FIX } : {},
          ),
        );
      } else if (response.status >= 400) {
        diagnostics.push(finding('W904', `GET ${path} answered ${response.status}`));
      }
    }
  } finally {
    await booted.dispose();
  }
  // A start-up failure the app caught and logged (`main().catch(console.error)`): a framework that logs
  // it and serves anyway answers 4xx (Nest before 9.3: 404 on every route), an app that falls back 2xx.
  const logged = diagnostics.every((d) => d.ruleId === 'W904') ? startupFailure(output) : null;
  if (logged) {
    const mapped = await mapStack(logged, bundleDir, options.root);
    const judged = loggedStartupFinding(mapped, smoke, basename(entry), worker.sources?.[0]);
    if (judged.ruleId === 'W901') smoke.error = mapped;
    diagnostics.push(judged);
  }
  smoke.startupMs = Math.round(booted.startupMs);
  // Over the limit, the boot is measured again without workerd's own start (check's start-up finding
  // uses this figure only when wrangler's CPU profile is unavailable).
  if (booted.startupMs > options.startupLimitMs) {
    const withoutClasses = { ...bootOptions, durableObjects: {} };
    // A second boot that fails (the runtime refusing a restart on a loaded machine) leaves the first figure.
    smoke.startupMs = Math.round(
      await ownStartupMs(wrangler, bootOptions, withoutClasses).catch(() => booted.startupMs),
    );
  }
  return { smoke, diagnostics };
}
