/**
 * What a stage may do to the outside world. Hosts (the CLI, the action, tests) build one and pass it in;
 * stages never import `@actions/*`, read `process.env` or spawn processes on their own.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface ExecOptions {
  cwd?: string;
  /**
   * Added to the allow-listed environment the host passes on (src/util/child-env.ts: no credential is
   * inherited; pass the ones a call needs here). `undefined` removes a variable.
   */
  env?: Record<string, string | undefined>;
  input?: string;
  /** Streams output as it arrives (e.g. wrangler's console to the job log). */
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
  timeoutMs?: number;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs a program with an argv array, never through a shell. */
export type Exec = (command: string, args: string[], options?: ExecOptions) => Promise<ExecResult>;

export interface Context {
  log: Logger;
  exec: Exec;
  env: Readonly<Record<string, string | undefined>>;
  fetch: typeof fetch;
  now: () => Date;
  /** Registers a value that must never be printed (the action host also calls `core.setSecret`). */
  setSecret: (value: string) => void;
  /** True in CI (`CI=true` or `--ci`): ambiguity becomes an error instead of a warning. */
  ci: boolean;
}
