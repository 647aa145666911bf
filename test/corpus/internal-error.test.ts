// The top-level handler (#14): an unexpected exception (a bug, not bad input) becomes one line saying so and
// how to report it, exit 70, no stack trace unless --verbose. The corpus asserts no bad input reaches it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

const fixture = new URL('../fixtures/express', import.meta.url).pathname;
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

/** Runs the CLI with stdout failing as no bad input can make it fail: a TypeError from inside the command. */
async function withBrokenStdout(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(() => {
    throw new TypeError('stdout exploded');
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const code = await main(argv);
  return { code, stderr };
}

afterEach(() => vi.restoreAllMocks());

describe('the internal-error handler', () => {
  it('turns an unexpected exception into one line with how to report it, exit 70', async () => {
    const { code, stderr } = await withBrokenStdout(['detect', fixture, '--json']);
    expect(code).toBe(70);
    expect(stderr).toMatch(/internal error: stdout exploded\n.*This is a bug in docker-to-workers/);
    expect(stderr).toMatch(/Report it with the command you ran/);
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it('adds the stack trace with --verbose', async () => {
    const { code, stderr } = await withBrokenStdout(['detect', fixture, '--json', '--verbose']);
    expect(code).toBe(70);
    expect(stderr).toMatch(STACK_LINE);
  });
});
