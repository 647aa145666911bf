// Every bad input in the corpus gets its exit code and one clear message naming the file and a fix:
// no stack trace, no internal error, bounded memory, and nothing written outside the output directory.
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { apiEnv, startCloudflareApi } from '../support/cloudflare-api/server.js';
import { DATABASE_URL } from '../support/provision-env.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { BASE, CASES, type Case } from './cases.js';

const temps = useTempDirs('dtw-corpus-');
const OUT = '.docker-to-workers';
/** Far above any case's need; a case over it is reading a whole huge input. */
const MAX_RSS_MB = 512;
/** A hang, not slowness: cases take a second or two even on a loaded runner. */
const HANG_MS = 90_000;

const measured: { name: string; ms: number; rssMb?: number }[] = [];
afterAll(() => {
  const slowest = [...measured].sort((a, b) => b.ms - a.ms)[0];
  const biggest = [...measured].sort((a, b) => (b.rssMb ?? 0) - (a.rssMb ?? 0))[0];
  console.log(
    `corpus: ${measured.length} cases; slowest ${slowest?.name} ${slowest?.ms} ms; ` +
      `peak RSS ${biggest?.name} ${biggest?.rssMb} MB`,
  );
});

async function repository(c: Case): Promise<string> {
  const dir = await temps.dir();
  const files = { ...BASE, ...c.files };
  for (const [name, content] of Object.entries(files)) {
    if (content === null) continue;
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  await c.generate?.(dir);
  // Made up front, so the repository's own directory entry only changes if something else is written.
  await mkdir(join(dir, OUT), { recursive: true });
  return dir;
}

/**
 * Path → size and mtime of every file and directory outside the output directory (raw names: not
 * all are UTF-8). In a generated directory of thousands of files its own mtime stands for them.
 */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const record = async (path: Buffer) => {
    const info = await stat(path);
    files.set(path.toString('hex'), `${info.size} ${info.mtimeMs}`);
  };
  const walk = async (at: Buffer): Promise<void> => {
    await record(at);
    const entries = await readdir(at, { withFileTypes: true, encoding: 'buffer' });
    for (const entry of entries) {
      const path = Buffer.concat([at, Buffer.from('/'), entry.name]);
      if (entry.name.toString() === OUT) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entries.length < 500) await record(path);
    }
  };
  await walk(Buffer.from(dir));
  return files;
}

const argvFor = (c: Case, dir: string) =>
  c.argv.map((a) => a.replace(/^DIR/, dir).replace(/^OUT$/, join(dir, OUT)));

/** `main()` in this process, stdout and stderr captured. */
async function inProcess(argv: string[]) {
  let output = '';
  const capture = (chunk: unknown) => {
    output += String(chunk);
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    return { code: await main(argv), output };
  } finally {
    vi.restoreAllMocks();
  }
}

/** The CLI as a real process under /usr/bin/time: its exit code, output and peak RSS. */
async function asProcess(argv: string[], dir: string) {
  const rssFile = join(dir, OUT, 'rss.txt');
  await mkdir(dirname(rssFile), { recursive: true });
  const child = spawn(
    '/usr/bin/time',
    ['-f', '%M', '-o', rssFile, process.execPath, '--import', 'tsx', 'src/cli/index.ts', ...argv],
    { env: { ...process.env, WRANGLER_SEND_METRICS: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const hang = setTimeout(() => child.kill('SIGKILL'), HANG_MS);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(hang);
  const rssKb = Number(/(\d+)\s*$/.exec(await readFile(rssFile, 'utf8'))?.[1]);
  return { code, output, rssMb: Math.round(rssKb / 1024) };
}

beforeEach(() => {
  vi.stubEnv('WRANGLER_SEND_METRICS', 'false');
  vi.stubEnv('CI', '');
});
afterEach(() => vi.unstubAllEnvs());

describe('the bad-input corpus', () => {
  it('has at least 60 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES.map((c) => [`${c.kind}: ${c.name}`, c] as const))('%s', async (name, c) => {
    const dir = await repository(c);
    const before = await snapshot(dir);
    const argv = argvFor(c, dir);
    if (c.api) {
      const api = await startCloudflareApi();
      onTestFinished(() => api.close());
      // The workflow names the secret it passes (only named variables become Worker secrets).
      const env = { ...apiEnv(api), DATABASE_URL, DOCKER_TO_WORKERS_SECRETS: 'DATABASE_URL' };
      for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    }
    const started = performance.now();
    const run = c.process ? await asProcess(argv, dir) : await inProcess(argv);
    measured.push({
      name,
      ms: Math.round(performance.now() - started),
      ...('rssMb' in run ? { rssMb: run.rssMb } : {}),
    });

    expect(run.code, run.output).toBe(c.code);
    expect(run.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(run.output).not.toMatch(/internal error/i);
    if (c.names) {
      expect(run.output).toMatch(c.names);
      expect(run.output).toMatch(/fix/i);
    }
    if (c.says) expect(run.output).toMatch(c.says);
    if (c.code === 0) expect(run.output).not.toMatch(/^error/m);
    if ('rssMb' in run) expect(run.rssMb).toBeLessThan(MAX_RSS_MB);
    expect(await snapshot(dir)).toEqual(before);
  });
});
