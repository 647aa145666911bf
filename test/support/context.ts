import type { Context, Logger } from '../../src/context.js';
import { spawnExec } from '../../src/util/exec.js';
import { Redactor } from '../../src/util/redact.js';

export interface TestContext extends Context {
  /** Every line logged, already redacted, as the user would see it. */
  logs: string[];
}

/** A real context (real exec) whose log is captured, for asserting on output and redaction. */
export function testContext(overrides: Partial<Context> = {}): TestContext {
  const logs: string[] = [];
  const redactor = new Redactor();
  const capture = (level: string) => (message: string) => {
    logs.push(`${level}: ${redactor.redact(message)}`);
  };
  const log: Logger = {
    debug: capture('debug'),
    info: capture('info'),
    warn: capture('warn'),
    error: capture('error'),
  };
  return {
    log,
    exec: spawnExec,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    fetch: globalThis.fetch,
    now: () => new Date('2026-11-25T12:00:00Z'),
    setSecret: (value) => redactor.add(value),
    ci: false,
    logs,
    ...overrides,
  };
}
