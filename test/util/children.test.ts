import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../support/temp-dirs.js';

/**
 * #14: `dev` passes SIGINT and SIGTERM (and its own exit) on to the children it started. Checked on a
 * small host that tracks one child the way `dev` tracks wrangler (src/util/children.ts), so each
 * case costs two Node processes, not a wrangler dev boot (test/validate/dev.test.ts boots one for
 * SIGTERM).
 */
const temps = useTempDirs('dtw-children-');
const CHILDREN = join(import.meta.dirname, '..', '..', 'src', 'util', 'children.ts');

/** The child writes the signal it got into `marker`, then exits. */
const child = (marker: string) =>
  [
    "const { writeFileSync } = require('node:fs');",
    `for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => { writeFileSync(${JSON.stringify(marker)}, s); process.exit(0); });`,
    // Gone on its own after a minute even when nothing stops it (a failing run leaks nothing).
    "setTimeout(() => process.exit(1), 60_000); console.log('ready');",
  ].join('\n');

/** A host that tracks the child, says when it runs, then waits (or exits on its own with `exit`). */
function startHost(marker: string, exitOnItsOwn: boolean) {
  const host = [
    "import { spawn } from 'node:child_process';",
    `import { trackChild } from ${JSON.stringify(CHILDREN)};`,
    `const child = spawn(process.execPath, ['-e', ${JSON.stringify(child(marker))}], { stdio: ['ignore', 'pipe', 'inherit'] });`,
    'trackChild(child);',
    "child.stdout.once('data', () => {",
    exitOnItsOwn ? '  process.exit(3);' : "  console.log('ready');",
    '});',
    'setTimeout(() => process.exit(1), 60_000);',
  ].join('\n');
  const started = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', host], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = new Promise<void>((resolve) => started.stdout.once('data', () => resolve()));
  const exited = new Promise<number | null>((resolve) =>
    started.on('close', (code, signal) => resolve(code ?? (signal ? -1 : null))),
  );
  return { process: started, ready, exited };
}

const markerOf = (path: string) => readFile(path, 'utf8').catch(() => null);

describe('children started by a host', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'get the %s the host got, and the host exits as the signal would have made it',
    async (signal) => {
      const marker = join(await temps.dir(), 'signal');
      const host = startHost(marker, false);
      await host.ready;
      host.process.kill(signal);
      expect(await host.exited).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(await markerOf(marker)).toBe(signal);
    },
  );

  it('are stopped when the host exits on its own', async () => {
    const marker = join(await temps.dir(), 'signal');
    const host = startHost(marker, true);
    expect(await host.exited).toBe(3);
    // The child is no longer ours to wait for: polled, not slept.
    await expect.poll(() => markerOf(marker), { timeout: 30_000, interval: 100 }).toBe('SIGTERM');
  });
});
