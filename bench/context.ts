import type { Context } from '../src/context.js';
import { spawnExec } from '../src/util/exec.js';

/**
 * A real context (real exec, this process's environment) that prints nothing: for the benchmarks and
 * scripts that time or probe the stages, whose own output is the measurement.
 */
export function quietContext(overrides: Partial<Context> = {}): Context {
  return {
    log: { debug() {}, info() {}, warn() {}, error() {} },
    exec: spawnExec,
    env: process.env,
    fetch,
    now: () => new Date(),
    setSecret() {},
    ci: false,
    ...overrides,
  };
}
