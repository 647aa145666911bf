import * as core from '@actions/core';
import { getExecOutput } from '@actions/exec';
import type { Context, Exec, Logger } from '../context.js';
import { childEnv } from '../util/child-env.js';
import { MIN_SECRET_LENGTH, Redactor } from '../util/redact.js';

/**
 * The action's Context. Secrets go to `core.setSecret` (the runner masks them in the job log) and to a
 * local redactor too, so nothing we print depends on the runner's masking. Warnings and errors are
 * printed, not annotated: annotations come from the findings (capped), not from every log line.
 */
export interface ActionHost {
  ctx: Context;
  /** Masks every registered secret (for outputs and summaries, which do not pass through the log). */
  redact: (text: string) => string;
}

export function createActionHost(
  env: Readonly<Record<string, string | undefined>> = process.env,
): ActionHost {
  const redactor = new Redactor();
  const log: Logger = {
    debug: (message) => core.debug(redactor.redact(message)),
    info: (message) => core.info(redactor.redact(message)),
    warn: (message) => core.info(`warning: ${redactor.redact(message)}`),
    error: (message) => core.info(`error: ${redactor.redact(message)}`),
  };
  const ctx: Context = {
    log,
    exec: actionsExec(redactor),
    env,
    fetch: globalThis.fetch,
    now: () => new Date(),
    setSecret: (value) => {
      if (value.length < MIN_SECRET_LENGTH) return;
      core.setSecret(value);
      redactor.add(value);
    },
    ci: true,
  };
  return { ctx, redact: (text) => redactor.redact(text) };
}

/** `@actions/exec` without its command echo; output is streamed through the caller's callbacks. */
function actionsExec(redactor: Redactor): Exec {
  return async (command, args, options = {}) => {
    const run = getExecOutput(command, args, {
      cwd: options.cwd,
      env: childEnv(process.env, options.env),
      input: options.input === undefined ? undefined : Buffer.from(options.input),
      silent: true,
      ignoreReturnCode: true,
      listeners: {
        stdout: (data) => options.onStdout?.(data.toString('utf8')),
        stderr: (data) => options.onStderr?.(data.toString('utf8')),
      },
    });
    if (options.timeoutMs === undefined) return run;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `${redactor.redact([command, ...args].join(' '))} did not finish within ${options.timeoutMs} ms`,
            ),
          ),
        options.timeoutMs,
      );
    });
    try {
      return await Promise.race([run, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}
