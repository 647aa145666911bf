// Every bad input in the corpus gets its exit code and one clear message naming the file and a fix:
// no stack trace, no internal error, bounded memory, and nothing written outside the output directory.
import { readdir, stat } from 'node:fs/promises';
import { afterAll, afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { apiEnv, startCloudflareApi } from '../support/cloudflare-api/server.js';
import { DATABASE_URL } from '../support/provision-env.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { CASES, type Case } from './cases.js';
import { argvFor, OUT, problems, runCliProcess, writeRepository } from './run.js';

const temps = useTempDirs('dtw-corpus-');

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
  await writeRepository(c, dir);
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
    const run = c.process ? await runCliProcess(argv, dir) : await inProcess(argv);
    measured.push({
      name,
      ms: Math.round(performance.now() - started),
      ...('rssMb' in run ? { rssMb: run.rssMb } : {}),
    });

    expect(problems(c, run), run.output).toEqual([]);
    expect(await snapshot(dir)).toEqual(before);
  });
});
