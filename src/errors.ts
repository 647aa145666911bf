/**
 * A problem the user can fix (bad input, missing permission, ambiguous app). Its message says what
 * happened; `fix` says how to solve it. Hosts print both and exit non-zero without a stack trace.
 */
export class UserError extends Error {
  readonly fix: string | undefined;
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(
    message: string,
    options: { fix?: string; file?: string; line?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'UserError';
    this.fix = options.fix;
    this.file = options.file;
    this.line = options.line;
  }
}

export function formatError(error: unknown): string {
  if (error instanceof UserError) {
    const where = error.file ? `${error.file}${error.line ? `:${error.line}` : ''}: ` : '';
    return `${where}${error.message}${error.fix ? `\n  fix: ${error.fix}` : ''}`;
  }
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}
