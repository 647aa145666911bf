// Builds a corpus case's repository and runs the CLI on it as a real process: shared by the corpus
// test (test/corpus/bad-inputs.test.ts) and its benchmark (bench/bad-input.ts).
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { BASE, type Case } from './cases.js';

export const OUT = '.docker-to-workers';
/** Far above any case's need; a case over it is reading a whole huge input. */
export const MAX_RSS_MB = 512;
/** A hang, not slowness: cases take a second or two even on a loaded runner. */
export const HANG_MS = 90_000;
const ROOT = join(import.meta.dirname, '..', '..');

/** Writes the case's repository into the empty directory `dir`. */
export async function writeRepository(c: Case, dir: string): Promise<void> {
  const files = { ...BASE, ...c.files };
  for (const [name, content] of Object.entries(files)) {
    if (content === null) continue;
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  await c.generate?.(dir);
  // Made up front, so the repository's own directory entry only changes if something else is written.
  await mkdir(join(dir, OUT), { recursive: true });
}

export const argvFor = (c: Case, dir: string) =>
  c.argv.map((a) => a.replace(/^DIR/, dir).replace(/^OUT$/, join(dir, OUT)));

export interface ProcessRun {
  code: number | null;
  output: string;
  rssMb: number;
}

/** The CLI as a real process under /usr/bin/time: its exit code, output and peak RSS. */
export async function runCliProcess(
  argv: string[],
  dir: string,
  env: Record<string, string | undefined> = process.env,
): Promise<ProcessRun> {
  const rssFile = join(dir, OUT, 'rss.txt');
  await mkdir(dirname(rssFile), { recursive: true });
  const cli = join(ROOT, 'src', 'cli', 'index.ts');
  const child = spawn(
    '/usr/bin/time',
    ['-f', '%M', '-o', rssFile, process.execPath, '--import', 'tsx', cli, ...argv],
    {
      cwd: ROOT,
      env: { ...env, WRANGLER_SEND_METRICS: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
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

/**
 * What is wrong with a run's answer to a case (empty when the input was handled): the exit code, a stack
 * trace, the internal-error handler, the file (and fix) the message must name, memory.
 */
export function problems(c: Case, run: { code: number | null; output: string; rssMb?: number }) {
  const found: string[] = [];
  if (run.code !== c.code) found.push(`exit ${run.code}, expected ${c.code}`);
  if (/^\s+at .+:\d+:\d+\)?$/m.test(run.output)) found.push('stack trace');
  if (/internal error/i.test(run.output)) found.push('internal error');
  if (c.names && !(matches(run.output, c.names) && /fix/i.test(run.output))) {
    found.push(`does not name ${String(c.names)} with a fix`);
  }
  if (c.says && !matches(run.output, c.says)) found.push(`does not say ${String(c.says)}`);
  if (c.code === 0 && /^error/m.test(run.output)) found.push('prints an error');
  if (run.rssMb !== undefined && run.rssMb >= MAX_RSS_MB) found.push(`${run.rssMb} MB peak RSS`);
  return found;
}

function matches(text: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? text.includes(expected) : expected.test(text);
}
