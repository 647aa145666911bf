import { splitShellWords } from './text.js';

/** One simple command of a shell script or `sh -c` string, with the 1-based line it is on. */
export interface ShellCommand {
  words: string[];
  text: string;
  line: number;
}

/** A start-up step that does not run on Workers, but that the user must still do somewhere. */
export interface StartupNote {
  kind: 'migration' | 'wait';
  command: string;
  line: number;
}

/** Database migrations and seeds run at container start (Prisma, Knex, Sequelize, TypeORM, Drizzle…). */
const MIGRATION =
  /\bprisma\s+(?:migrate|db\s+(?:push|seed))\b|\b(?:knex|sequelize(?:-cli)?|typeorm(?:-ts-node-\w+)?|drizzle-kit|node-pg-migrate|db-migrate|umzug)\b.*\b(?:migrat\w*|push|up|seed\w*)\b|\b(?:run|run-script)\s+[\w:-]*(?:migrat|seed)[\w:-]*|\b(?:alembic\s+upgrade|manage\.py\s+migrate)\b|\bmigrat\w*\.[cm]?[jt]s\b/;
/** Waiting for a dependency before starting (wait-for-it, dockerize -wait, pg_isready / nc loops). */
const WAIT = /\b(?:wait-for-it|wait-for|dockerize|pg_isready|mysqladmin\s+ping)\b|\bnc\s+-z\b/;
/** Words that only open or close shell blocks; the command follows them on the same line. */
const BLOCK_WORDS = new Set(['then', 'do', 'else', '{', '(', 'time', '!']);
/** Shell built-ins and helpers that never start the server. */
const NOT_A_SERVER = new Set([
  'if',
  'elif',
  'fi',
  'done',
  'esac',
  'while',
  'until',
  'for',
  'case',
  'set',
  'export',
  'echo',
  'printf',
  'cd',
  'source',
  '.',
  'test',
  '[',
  '[[',
  'sleep',
  'trap',
  'shift',
  'unset',
  'local',
  'return',
  'exit',
  'mkdir',
  'chown',
  'chmod',
  'rm',
  'cp',
  'mv',
  'ln',
  'cat',
  'envsubst',
  'true',
  'false',
  'wait',
  '}',
  ')',
  ';;',
]);

/**
 * The simple commands of a script: continuation lines joined, comments dropped, chains (`&&`, `||`,
 * `;`) split. Commands sent to the background (`… &`) are left out: the container's process is the
 * command in the foreground.
 */
export function shellCommands(text: string, firstLine = 1): ShellCommand[] {
  const commands: ShellCommand[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = firstLine + i;
    let logical = lines[i]!;
    while (logical.endsWith('\\') && i + 1 < lines.length)
      logical = logical.slice(0, -1) + lines[++i]!;
    const words = splitShellWords(logical);
    const comment = words.findIndex((w) => w.startsWith('#'));
    const code = comment === -1 ? words : words.slice(0, comment);
    let current: string[] = [];
    const flush = () => {
      while (current.length > 0 && BLOCK_WORDS.has(current[0]!)) current.shift();
      if (current.length > 0 && current.at(-1) !== '&' && !current.at(-1)!.endsWith('&'))
        commands.push({ words: current, text: current.join(' '), line });
      current = [];
    };
    for (const word of code) {
      if (word === '&&' || word === '||' || word === ';') flush();
      else current.push(word);
    }
    flush();
  }
  return commands;
}

/** What a start-up command is for, when it is not the server. */
export function startupNote(command: ShellCommand): StartupNote | null {
  if (WAIT.test(command.text)) return { kind: 'wait', command: command.text, line: command.line };
  if (MIGRATION.test(command.text))
    return { kind: 'migration', command: command.text, line: command.line };
  return null;
}

/** `exec "$@"`: the script hands over to the arguments it was given (the image's CMD). */
export function isPassthrough(words: string[]): boolean {
  const rest = words[0] === 'exec' ? words.slice(1) : words;
  return rest.length === 1 && /^\$(?:@|\{@\})$/.test(rest[0]!);
}

/** A command that may start the server: not a shell built-in, a wait or a migration. */
export function mayStartServer(command: ShellCommand): boolean {
  const first = command.words.find((w) => w !== 'exec' && !/^\w+=/.test(w));
  return first !== undefined && !NOT_A_SERVER.has(first) && !startupNote(command);
}
