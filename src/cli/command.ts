import type { Context } from '../context.js';

export interface Command {
  usage: string;
  /** Returns the process exit code. */
  run(args: string[], ctx: Context): Promise<number>;
}

/** Prints a stage's result: JSON alone on stdout with `--json`, otherwise the human text. */
export function printResult(json: boolean, value: unknown, human: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
}
