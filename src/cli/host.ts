import type { Context, Logger } from '../context.js';
import { spawnExec } from '../util/exec.js';
import { Redactor } from '../util/redact.js';

/** The CLI's context: human output on stderr (stdout is kept for `--json`), secrets redacted. */
export function createCliContext(options: { ci?: boolean; verbose?: boolean } = {}): Context {
  const redactor = new Redactor();
  const write = (prefix: string) => (message: string) => {
    process.stderr.write(`${prefix}${redactor.redact(message)}\n`);
  };
  const log: Logger = {
    debug: options.verbose ? write('debug: ') : () => undefined,
    info: write(''),
    warn: write('warning: '),
    error: write('error: '),
  };
  return {
    log,
    exec: spawnExec,
    env: process.env,
    fetch: globalThis.fetch,
    now: () => new Date(),
    setSecret: (value) => redactor.add(value),
    ci: options.ci ?? (process.env.CI === 'true' || process.env.CI === '1'),
  };
}
