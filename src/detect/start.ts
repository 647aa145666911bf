import { posix } from 'node:path';
import type { SourceRef } from '../model/index.js';
import { splitShellWords } from './text.js';

/** What the start command runs, before it is matched against the repository. */
export type StartTarget =
  /** A file given to a runtime (`node dist/server.js`), as a path inside the container. */
  | { kind: 'file'; path: string; runtime: string }
  /**
   * A package script (`npm start`), optionally in a workspace or another directory, and the
   * arguments the package manager appends to it (`npm start serve` runs `<start script> serve`).
   */
  | {
      kind: 'script';
      script: string;
      workspace: string | null;
      prefix: string | null;
      args?: string[];
    }
  /** nps (package-scripts): the scripts it runs (the server is the last) and its `--config` file. */
  | { kind: 'nps'; scripts: string[]; config: string | null }
  /** A runner given no file (`nodemon`): it runs the package's `main`. */
  | { kind: 'package-main' }
  /** A Python ASGI/WSGI module (`uvicorn app.main:app`) or file. */
  | { kind: 'python'; path: string }
  /** A framework's own server (`next start`, `nest start`, `astro preview`). */
  | { kind: 'framework'; name: string }
  /** A shell script (`./start.sh`, `sh boot.sh`, an ENTRYPOINT script) and the arguments it is given. */
  | { kind: 'shell'; path: string; args: string[] }
  /** A process manager's ecosystem file (`pm2-runtime ecosystem.config.js`). */
  | { kind: 'pm2'; path: string }
  /** An executable (a compiled binary such as `/server`). */
  | { kind: 'binary'; path: string }
  | { kind: 'unknown' };

const WRAPPERS = new Set([
  'tini',
  'dumb-init',
  'exec',
  'env',
  'cross-env',
  'doppler',
  'with-contenv',
]);
const NODE_LIKE = new Set([
  'node',
  'nodejs',
  'bun',
  'tsx',
  'ts-node',
  'ts-node-dev',
  'nodemon',
  'deno',
]);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
/** Verbs of the runners above that come before the file (`tsx watch src/x.ts`, `deno run main.ts`). */
const RUNNER_VERBS = new Set(['run', 'start', 'watch', 'serve']);
const NODE_VALUE_FLAGS = new Set([
  '-r',
  '--require',
  '--import',
  '--loader',
  '--experimental-loader',
  '--env-file',
  '--watch-path',
  '-e',
  '--eval',
  '--inspect-port',
]);
/** nodemon / ts-node-dev / pm2 options that take a value (`--watch` is a flag for node itself). */
const MANAGER_VALUE_FLAGS = new Set([
  ...NODE_VALUE_FLAGS,
  '--exec',
  '-x',
  '--watch',
  '-w',
  '--ext',
  '--ignore',
  '--delay',
  '--signal',
  '--name',
  '-n',
  '-i',
  '--instances',
  '--interpreter',
  '--node-args',
  '--max-memory-restart',
  '--cwd',
  '--env',
  '--log',
  '--output',
  '-o',
  '--error',
  '--project',
  '-P',
  '--tsconfig',
]);
/** pm2 reads these as ecosystem files rather than scripts to run. */
const ECOSYSTEM_FILE =
  /(?:^|\/)(?:ecosystem[\w.-]*|[\w.-]*\.config\.[cm]?js|[\w.-]+\.(?:json|ya?ml))$/;
const SOURCE_FILE = /\.[cm]?[jt]sx?$/;
const SCRIPT_RUNNERS = new Set(['npm', 'pnpm', 'yarn', 'bun']);

/** Watchers and dev servers: what a compose file runs in development, not what the image ships. */
const DEV_COMMAND =
  /\b(?:nodemon|ts-node-dev|tsx\s+watch|node\s+--watch|(?:next|nuxt|nuxi|vite|astro|remix)\s+dev|nest\s+start\s+--watch|--watch\b)/;

export function isDevCommand(command: string): boolean {
  return DEV_COMMAND.test(command);
}

/** Interprets a container's argv (ENTRYPOINT + CMD, or a package script split into words). */
export function startTarget(argv: string[]): StartTarget {
  const words = lastCommand(unwrapShell(argv));
  while (
    words.length > 0 &&
    (WRAPPERS.has(posix.basename(words[0]!)) || words[0] === '--' || /^\w+=/.test(words[0]!))
  ) {
    words.shift();
  }
  const [program, ...args] = words;
  if (!program) return { kind: 'unknown' };
  const name = posix.basename(program);
  if (SHELLS.has(name) && args[0] === '-c' && args[1] !== undefined)
    return startTarget(['sh', '-c', args[1]]);
  if (SHELLS.has(name) && args[0] && !args[0].startsWith('-'))
    return { kind: 'shell', path: args[0], args: args.slice(1) };
  // `docker-entrypoint.sh node app.js`: entrypoint scripts usually end with `exec "$@"`.
  if (name.endsWith('.sh') || (/entrypoint$/.test(name) && args.length > 0))
    return { kind: 'shell', path: program, args };
  if (name === 'pm2' || name === 'pm2-runtime') return pm2Target(args);
  if (SCRIPT_RUNNERS.has(name)) {
    const script = scriptTarget(name, args);
    if (script) return script;
  }
  if (name === 'nps') return npsTarget(args);
  if (NODE_LIKE.has(name)) {
    const file = firstOperand(
      args.filter((a, i) => i > 0 || !RUNNER_VERBS.has(a)),
      name === 'node' || name === 'nodejs' ? NODE_VALUE_FLAGS : MANAGER_VALUE_FLAGS,
    );
    if (file) return { kind: 'file', path: file, runtime: name };
    // https://github.com/remy/nodemon#usage: with no script, nodemon runs package.json's `main`.
    return name === 'nodemon' ? { kind: 'package-main' } : { kind: 'unknown' };
  }
  if (name === 'npx' && args[0]) return startTarget(args);
  const python = pythonTarget(name, args);
  if (python) return python;
  if (
    ['next', 'nest', 'nuxt', 'nuxi', 'astro', 'remix-serve', 'react-router-serve'].includes(name)
  ) {
    return { kind: 'framework', name: name === 'nuxi' ? 'nuxt' : name.replace(/-serve$/, '') };
  }
  if (program.startsWith('/') || program.startsWith('./')) return { kind: 'binary', path: program };
  return { kind: 'unknown' };
}

/** `pm2-runtime ecosystem.config.js`, `pm2 start dist/main.js -i max`, `pm2 start npm -- start`. */
function pm2Target(args: string[]): StartTarget {
  const dashes = args.indexOf('--');
  const own = dashes === -1 ? args : args.slice(0, dashes);
  const file = firstOperand(
    own.filter((a, i) => i > 0 || a !== 'start'),
    MANAGER_VALUE_FLAGS,
  );
  if (!file) return { kind: 'unknown' };
  if (ECOSYSTEM_FILE.test(file)) return { kind: 'pm2', path: file };
  if (SCRIPT_RUNNERS.has(file) && dashes !== -1)
    return startTarget([file, ...args.slice(dashes + 1)]);
  return { kind: 'file', path: file, runtime: 'node' };
}

/** nps options that take a value (https://github.com/sezna/nps#cli-usage). */
const NPS_VALUE_FLAGS = new Set(['-c', '--config', '-r', '--require', '-l', '--log-level']);

/** `nps`, `nps serve`, `nps -c ./scripts.js "test --coverage" build`: nps runs the names in series. */
function npsTarget(args: string[]): StartTarget {
  const scripts: string[] = [];
  let config: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-c' || arg === '--config') config = args[i + 1] ?? null;
    if (arg.startsWith('--config=')) config = arg.slice('--config='.length);
    if (NPS_VALUE_FLAGS.has(arg)) i++;
    else if (!arg.startsWith('-')) scripts.push(arg.trim().split(/\s+/)[0]!);
  }
  return { kind: 'nps', scripts: scripts.length > 0 ? scripts : ['default'], config };
}

/** `sh -c "a && b"` → the words of `a && b`. */
function unwrapShell(argv: string[]): string[] {
  const [shell, flag, script] = argv;
  if (shell && /(^|\/)(ba|da)?sh$/.test(shell) && flag === '-c' && script !== undefined)
    return splitShellWords(script);
  return argv;
}

/** The server is the last command of a chain (`prisma migrate deploy && node dist/main.js`). */
function lastCommand(words: string[]): string[] {
  const separators = words
    .map((w, i) => (['&&', '||', ';'].includes(w) ? i : -1))
    .filter((i) => i >= 0);
  const start = separators.length > 0 ? separators.at(-1)! + 1 : 0;
  return words.slice(start);
}

function firstOperand(args: string[], valueFlags: Set<string>): string | null {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (valueFlags.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return null;
}

function scriptTarget(runner: string, args: string[]): StartTarget | null {
  let workspace: string | null = null;
  let prefix: string | null = null;
  const rest: string[] = [];
  let passed: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, null];
    const value = () => inline ?? args[++i] ?? null;
    if (['-w', '--workspace', '--filter', '-F'].includes(flag)) workspace = value();
    else if (['--prefix', '-C', '--dir', '--cwd'].includes(flag)) prefix = value();
    else if (arg === '--') {
      passed = args.slice(i + 1);
      break;
    } else if (!arg.startsWith('-')) rest.push(arg);
  }
  if (runner === 'yarn' && rest[0] === 'workspace' && rest[1]) {
    workspace = rest[1];
    rest.splice(0, 2);
  }
  const [verb, script] = rest;
  // npm 7+, yarn and pnpm pass the words after the script name on to it.
  const withArgs = (name: string, skip: number): StartTarget => {
    const extra = [...rest.slice(skip), ...passed];
    return {
      kind: 'script',
      script: name,
      workspace,
      prefix,
      ...(extra.length ? { args: extra } : {}),
    };
  };
  if ((verb === 'run' || verb === 'run-script') && script) {
    // `bun run src/index.ts` runs a file, not a script.
    return runner === 'bun' && SOURCE_FILE.test(script)
      ? { kind: 'file', path: script, runtime: 'bun' }
      : withArgs(script, 2);
  }
  if (verb === 'run' || verb === 'run-script') return null;
  if (verb === 'start' || verb === 'test') return withArgs(verb, 1);
  // `yarn dev`, `pnpm serve`, `bun serve`: any other word is a script name (bun: unless it is a file).
  if (verb && runner !== 'npm' && !SOURCE_FILE.test(verb)) return withArgs(verb, 1);
  if (verb && runner === 'bun') return { kind: 'file', path: verb, runtime: 'bun' };
  return null;
}

function pythonTarget(name: string, args: string[]): StartTarget | null {
  if (/^python[\d.]*$/.test(name)) {
    if (args[0] === '-m' && args[1])
      return pythonTarget(args[1], args.slice(2)) ?? { kind: 'python', path: moduleFile(args[1]) };
    const file = args.find((a) => !a.startsWith('-'));
    return file ? { kind: 'python', path: file } : null;
  }
  if (['uvicorn', 'gunicorn', 'hypercorn', 'granian', 'daphne'].includes(name)) {
    const app = args.find(
      (a, i) =>
        !a.startsWith('-') &&
        !(args[i - 1]?.startsWith('-') && !args[i - 1]!.includes('=')) &&
        a.includes(':'),
    );
    return app ? { kind: 'python', path: moduleFile(app.split(':')[0]!) } : null;
  }
  if ((name === 'fastapi' || name === 'flask') && args[0]) {
    const file = args.slice(1).find((a) => !a.startsWith('-'));
    return { kind: 'python', path: file ?? (name === 'flask' ? 'app.py' : 'main.py') };
  }
  return null;
}

function moduleFile(module: string): string {
  return `${module.replace(/\./g, '/')}.py`;
}

/** Where a script or command was defined, for `sources`. */
export interface StartStep {
  command: string;
  source: SourceRef;
}
