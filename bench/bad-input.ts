/**
 * The bad-input corpus (test/corpus/cases.ts), every case run as a whole CLI process under /usr/bin/time:
 * prints a table of classes (handled / total, slowest case, peak RSS), then the peak time and peak memory
 * over the corpus. A case is handled when the answer has none of the problems the corpus test checks
 * (exit code, stack trace, internal error, the file and fix named, under 512 MB).
 * Usage: nice npm exec -- tsx bench/bad-input.ts [name filter]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CASES, type Case } from '../test/corpus/cases.js';
import { argvFor, problems, runCliProcess, writeRepository } from '../test/corpus/run.js';
import { apiEnv, startCloudflareApi } from '../test/support/cloudflare-api/server.js';
import { DATABASE_URL } from '../test/support/provision-env.js';

interface Measured {
  kind: string;
  name: string;
  ms: number;
  rssMb: number;
  problems: string[];
}

async function measure(c: Case): Promise<Measured> {
  const dir = await mkdtemp(join(tmpdir(), 'dtw-bad-input-'));
  const api = c.api ? await startCloudflareApi() : null;
  try {
    await writeRepository(c, dir);
    const env = {
      ...process.env,
      CI: '',
      ...(api ? { ...apiEnv(api), DATABASE_URL, DOCKER_TO_WORKERS_SECRETS: 'DATABASE_URL' } : {}),
    };
    const started = performance.now();
    const run = await runCliProcess(argvFor(c, dir), dir, env);
    const ms = Math.round(performance.now() - started);
    return { kind: c.kind, name: c.name, ms, rssMb: run.rssMb, problems: problems(c, run) };
  } finally {
    await api?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function table(results: Measured[]): string {
  const kinds = [...new Set(results.map((r) => r.kind))];
  const rows = kinds.map((kind) => {
    const of = results.filter((r) => r.kind === kind);
    const handled = of.filter((r) => r.problems.length === 0).length;
    const ms = Math.max(...of.map((r) => r.ms));
    const rss = Math.max(...of.map((r) => r.rssMb));
    return `| ${kind} | ${handled}/${of.length} | ${ms} | ${rss} |`;
  });
  const handled = results.filter((r) => r.problems.length === 0).length;
  return [
    '| class | handled / total | slowest (ms) | peak RSS (MB) |',
    '|---|---|---|---|',
    ...rows,
    `| **all** | **${handled}/${results.length}** | | |`,
  ].join('\n');
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const cases = CASES.filter((c) => !filter || `${c.kind}: ${c.name}`.includes(filter));
  const results: Measured[] = [];
  for (const c of cases) {
    const result = await measure(c);
    results.push(result);
    const verdict = result.problems.length ? `NOT HANDLED: ${result.problems.join('; ')}` : 'ok';
    console.error(`${c.kind}: ${c.name} — ${result.ms} ms, ${result.rssMb} MB, ${verdict}`);
  }
  console.log(table(results));
  const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a));
  const biggest = results.reduce((a, b) => (b.rssMb > a.rssMb ? b : a));
  console.log(
    `\n${results.length} cases as processes; peak time ${slowest.ms} ms (${slowest.kind}: ${slowest.name}); ` +
      `peak RSS ${biggest.rssMb} MB (${biggest.kind}: ${biggest.name}).`,
  );
}

await main();
