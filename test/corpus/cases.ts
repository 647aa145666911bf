// The bad-input corpus: every case is a repository (or CLI line) a user could really hand us, and
// what must come back: an exit code, one message naming the file (and line) with a fix.
import { link, mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COMMAND_NAMES } from '../../src/cli/main.js';
import { fivePlan } from '../support/provision-plan.js';

export type Files = Record<string, string | Buffer>;

export interface Case {
  /** The corpus class, for the handled/total table. */
  kind: string;
  name: string;
  /** Files of the repository, on top of `BASE` (a `null` value removes a base file). */
  files?: Record<string, string | Buffer | null>;
  /** Writes what is too large to list (run after `files`). */
  generate?: (dir: string) => Promise<void>;
  /** The CLI arguments; `DIR` is replaced by the repository, `OUT` by its output directory. */
  argv: string[];
  code: number;
  /** What the message must name: `file` or `file:line` (a RegExp for generated names). */
  names?: string | RegExp;
  /** Also expected in the output (e.g. the rule id). */
  says?: string | RegExp;
  /** Point the CLI at a loopback Cloudflare API. */
  api?: boolean;
  /** Run as a real process: peak memory is measured and a hang cannot take the test run with it. */
  process?: boolean;
}

/** A saved plan for `dir` (five bindings, no secrets); returns its Worker's name. */
async function savePlan(dir: string): Promise<string> {
  const plan = await fivePlan({ secrets: [] });
  const outDir = join(dir, '.docker-to-workers');
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'plan.json'), JSON.stringify({ ...plan, root: dir, outDir }));
  await rm(plan.root, { recursive: true, force: true });
  return plan.workers[0]!.name;
}

/** A small app that detect, plan and check accept as it is. */
export const BASE: Files = {
  Dockerfile:
    'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nEXPOSE 3000\nCMD ["node", "server.js"]\n',
  'package.json': JSON.stringify({
    name: 'corpus-app',
    version: '1.0.0',
    main: 'server.js',
    scripts: { start: 'node server.js' },
    dependencies: {},
  }),
  'server.js':
    "import http from 'node:http';\nhttp.createServer((q, s) => s.end('ok')).listen(3000);\n",
};

/** Nine levels of nine aliases each: 9^9 nodes when expanded ("billion laughs"). */
function aliasBomb(indent: string): string {
  const names = 'abcdefghi'.split('');
  return names
    .map((name, i) =>
      i === 0
        ? `${indent}${name}: &${name} [lol, lol, lol, lol, lol, lol, lol, lol, lol]`
        : `${indent}${name}: &${name} [${Array(9)
            .fill(`*${names[i - 1]}`)
            .join(', ')}]`,
    )
    .join('\n');
}

const APP_SERVICE = 'services:\n  app:\n    build: .\n    ports: ["3000:3000"]\n';

const d = (dockerfile: string | Buffer) => ({ Dockerfile: dockerfile });
const pkg = (text: string | Buffer) => ({ 'package.json': text });
const wrangler = (config: string) => ({ 'wrangler.jsonc': config });
const nonUtf8 = (name: string) => Buffer.concat([Buffer.from(name), Buffer.from([0xff, 0xfe])]);

const PLAN = ['plan', 'DIR', '--out', 'OUT'];
const DETECT = ['detect', 'DIR'];

/** Every command's own flags reject an unknown one with its usage and exit 2. */
const COMMANDS = COMMAND_NAMES;

export const CASES: Case[] = [
  // YAML alias bombs: refused with the file named, not expanded.
  {
    kind: 'YAML alias bomb',
    name: 'in a compose service',
    files: { 'compose.yaml': `${APP_SERVICE}    labels:\n${aliasBomb('      ')}\n` },
    argv: DETECT,
    code: 1,
    names: 'compose.yaml',
    says: 'D020',
    process: true,
  },
  {
    kind: 'YAML alias bomb',
    name: 'in an x- extension field',
    files: { 'compose.yaml': `x-bomb:\n${aliasBomb('  ')}\n${APP_SERVICE}` },
    argv: DETECT,
    code: 1,
    names: 'compose.yaml',
    says: 'D020',
  },
  {
    kind: 'YAML alias bomb',
    name: 'through merge keys',
    files: {
      'compose.yaml': `x-base:\n${aliasBomb('  ')}\n  j: &j\n    <<: [*i, *i]\n${APP_SERVICE}    labels:\n      <<: *j\n`,
    },
    argv: DETECT,
    code: 1,
    names: 'compose.yaml',
    says: 'D020',
  },
  {
    kind: 'YAML alias bomb',
    name: 'in compose.override.yaml',
    files: {
      'compose.yaml': APP_SERVICE,
      'compose.override.yaml': `x-bomb:\n${aliasBomb('  ')}\n`,
    },
    argv: DETECT,
    code: 1,
    names: 'compose.override.yaml',
    says: 'D020',
  },
  {
    kind: 'YAML alias bomb',
    name: 'in docker-to-workers.yml',
    files: { 'docker-to-workers.yml': `vars:\n${aliasBomb('  ')}\n` },
    argv: PLAN,
    code: 1,
    names: 'docker-to-workers.yml',
    process: true,
  },
  {
    kind: 'YAML alias bomb',
    name: 'in x-cloudflare',
    files: { 'compose.yaml': `${APP_SERVICE}x-cloudflare:\n  vars:\n${aliasBomb('    ')}\n` },
    argv: PLAN,
    code: 1,
    names: 'compose.yaml',
  },

  // Cyclic `extends`: Docker Compose refuses them; so do we, naming the chain.
  {
    kind: 'cyclic extends',
    name: 'a service that extends itself',
    files: { 'compose.yaml': 'services:\n  app:\n    build: .\n    extends: app\n' },
    argv: DETECT,
    code: 1,
    names: 'compose.yaml:4',
    says: 'D027',
  },
  {
    kind: 'cyclic extends',
    name: 'two services of one file',
    files: {
      'compose.yaml':
        'services:\n  app:\n    build: .\n    extends: base\n  base:\n    image: node:20\n    extends: app\n',
    },
    argv: DETECT,
    code: 1,
    names: 'compose.yaml',
    says: 'D027',
  },
  {
    kind: 'cyclic extends',
    name: 'across two files',
    files: {
      'compose.yaml':
        'services:\n  app:\n    build: .\n    extends:\n      file: base.yaml\n      service: base\n',
      'base.yaml':
        'services:\n  base:\n    image: node:20\n    extends:\n      file: compose.yaml\n      service: app\n',
    },
    argv: DETECT,
    code: 1,
    names: /compose\.yaml|base\.yaml/,
    says: 'D027',
    process: true,
  },
  {
    kind: 'cyclic extends',
    name: 'a file that extends a service of itself by file name',
    files: {
      'compose.yaml':
        'services:\n  app:\n    build: .\n    extends:\n      file: ./compose.yaml\n      service: app\n',
    },
    argv: DETECT,
    code: 1,
    names: 'compose.yaml',
    says: 'D027',
    process: true,
  },
  {
    kind: 'cyclic extends',
    name: 'a long chain through three files',
    files: {
      'compose.yaml':
        'services:\n  app:\n    build: .\n    extends: { file: b.yaml, service: b }\n',
      'b.yaml': 'services:\n  b:\n    extends: { file: c.yaml, service: c }\n',
      'c.yaml': 'services:\n  c:\n    extends: { file: b.yaml, service: b }\n',
    },
    argv: DETECT,
    code: 1,
    names: /b\.yaml|c\.yaml/,
    says: 'D027',
  },

  // Dockerfiles.
  {
    kind: 'Dockerfile',
    name: 'binary',
    files: d(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0xff])),
    argv: DETECT,
    code: 0,
    names: 'Dockerfile',
    says: 'D012',
  },
  {
    kind: 'Dockerfile',
    name: 'empty',
    files: d(''),
    argv: DETECT,
    code: 1,
    names: 'Dockerfile',
  },
  {
    kind: 'Dockerfile',
    name: 'comments only',
    files: d('# syntax=docker/dockerfile:1\n# nothing here\n\n# FROM node:20\n'),
    argv: DETECT,
    code: 1,
    names: 'Dockerfile',
  },
  {
    kind: 'Dockerfile',
    name: '50 MB',
    generate: (dir) =>
      writeFile(join(dir, 'Dockerfile'), `FROM node:20\n${'# pad\n'.repeat(9_000_000)}`),
    argv: DETECT,
    code: 0,
    names: 'Dockerfile',
    says: 'D011',
    process: true,
  },
  {
    kind: 'Dockerfile',
    name: 'unknown instruction',
    files: d('FROM node:20\nWORKDIR /app\nFROBNICATE now\nCMD ["node", "server.js"]\n'),
    argv: DETECT,
    code: 1,
    names: 'Dockerfile:3',
    says: 'D002',
  },
  {
    kind: 'Dockerfile',
    name: 'heredoc RUN and COPY',
    files: d(
      'FROM node:20\nWORKDIR /app\nRUN <<EOF\nset -e\necho "CMD [\\"node\\", \\"evil.js\\"]"\nEOF\nCOPY <<EOT /app/x.txt\nFROM scratch\nEOT\nCOPY . .\nCMD ["node", "server.js"]\n',
    ),
    argv: DETECT,
    code: 0,
  },
  {
    kind: 'Dockerfile',
    name: 'unterminated heredoc',
    files: d('FROM node:20\nRUN <<EOF\necho never closed\n'),
    argv: DETECT,
    code: 0,
    names: 'Dockerfile',
  },
  {
    kind: 'Dockerfile',
    name: 'escape parser directive',
    files: d(
      '# escape=`\nFROM node:20\nWORKDIR /app\nRUN npm ci `\n  --omit=dev\nCMD ["node", "server.js"]\n',
    ),
    argv: DETECT,
    code: 0,
  },
  {
    kind: 'Dockerfile',
    name: 'syntax directive and BOM with CRLF line ends',
    files: d(
      '\ufeff# syntax=docker/dockerfile:1\r\nFROM node:20\r\nWORKDIR /app\r\nCMD ["node", "server.js"]\r\n',
    ),
    argv: DETECT,
    code: 0,
  },
  {
    kind: 'Dockerfile',
    name: 'only a line continuation',
    files: d('FROM node:20 \\\n'),
    argv: DETECT,
    code: 0,
    names: 'Dockerfile',
  },
  {
    kind: 'Dockerfile',
    name: 'a stage that copies from itself',
    files: d(
      'FROM node:20 AS app\nCOPY --from=app /x /y\nFROM app AS app\nCMD ["node", "server.js"]\n',
    ),
    argv: DETECT,
    code: 0,
  },
  {
    kind: 'Dockerfile',
    name: 'FROM an undefined build arg',
    files: d('FROM ${BASE_IMAGE}\nCMD ["node", "server.js"]\n'),
    argv: DETECT,
    code: 0,
  },
  {
    kind: 'Dockerfile',
    name: 'a 1 MB single line',
    files: d(`FROM node:20\nRUN echo ${'x'.repeat(1_000_000)}\nCMD ["node", "server.js"]\n`),
    argv: DETECT,
    code: 0,
    names: 'Dockerfile',
    says: 'D011',
  },
  {
    kind: 'Dockerfile',
    name: 'a --docker-target that is not a stage',
    argv: [...DETECT, '--docker-target', 'nope'],
    code: 1,
    names: 'Dockerfile',
    says: 'D005',
  },

  // package.json.
  {
    kind: 'package.json',
    name: 'invalid JSON',
    files: pkg('{\n  "name": "x",\n  "dependencies": {\n    "express": \n  }\n}\n'),
    argv: DETECT,
    code: 1,
    names: 'package.json:5',
    says: 'D030',
  },
  {
    kind: 'package.json',
    name: 'null',
    files: pkg('null'),
    argv: DETECT,
    code: 1,
    names: 'package.json',
  },
  {
    kind: 'package.json',
    name: 'an array',
    files: pkg('[1, 2]'),
    argv: DETECT,
    code: 1,
    names: 'package.json',
  },
  {
    kind: 'package.json',
    name: 'a string',
    files: pkg('"hello"'),
    argv: DETECT,
    code: 1,
    names: 'package.json',
  },
  {
    kind: 'package.json',
    name: '"scripts": 5',
    files: pkg('{\n  "name": "x",\n  "scripts": 5\n}\n'),
    argv: DETECT,
    code: 1,
    names: 'package.json:3',
  },
  {
    kind: 'package.json',
    name: '"dependencies": []',
    files: pkg('{\n  "name": "x",\n  "dependencies": []\n}\n'),
    argv: DETECT,
    code: 1,
    names: 'package.json:3',
  },
  {
    kind: 'package.json',
    name: 'wrong types everywhere',
    files: pkg(
      '{"name": {}, "main": 5, "type": [], "engines": "node", "workspaces": 7, "scripts": {"start": 9}, "devDependencies": "x", "bin": 3}',
    ),
    argv: DETECT,
    code: 1,
    names: 'package.json',
  },
  {
    kind: 'package.json',
    name: 'plan is not ready when detect found an error',
    files: pkg('{\n  "name": "x",\n  "dependencies": []\n}\n'),
    argv: PLAN,
    code: 1,
    names: 'package.json:3',
  },
  {
    kind: 'package.json',
    name: 'nested 100,000 deep',
    files: pkg(`{"name": "deep", "config": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
    argv: DETECT,
    code: 1,
    names: 'package.json:1',
    says: 'D030',
  },
  {
    kind: 'package.json',
    name: 'binary',
    files: pkg(Buffer.from([0x7b, 0, 0xff, 0xfe])),
    argv: DETECT,
    code: 0,
    names: 'package.json',
    says: 'D012',
  },

  // Existing wrangler configs with holes.
  ...(
    [
      ['d1_databases: [null]', '{"name": "x", "main": "server.js", "d1_databases": [null]}'],
      [
        'kv_namespaces: [null, 5]',
        '{"name": "x", "main": "server.js", "kv_namespaces": [null, 5]}',
      ],
      ['r2_buckets: null', '{"name": "x", "main": "server.js", "r2_buckets": null}'],
      [
        'durable_objects.bindings: [null]',
        '{"name": "x", "main": "server.js", "durable_objects": {"bindings": [null]}}',
      ],
      ['vars: null', '{"name": "x", "main": "server.js", "vars": null}'],
      ['the whole config null', 'null'],
      ['an array', '[]'],
      ['main: 5', '{"name": "x", "main": 5}'],
    ] as const
  ).map(([name, text]): Case => ({
    kind: 'wrangler config',
    name,
    files: wrangler(text),
    argv: [...PLAN, '--use-existing'],
    code: 1,
    names: 'wrangler.jsonc',
  })),
  {
    kind: 'wrangler config',
    name: 'invalid JSONC',
    files: wrangler('{\n  "name": "x",\n  "main": \n}\n'),
    argv: [...PLAN, '--use-existing'],
    code: 1,
    names: 'wrangler.jsonc:4',
  },

  // Size: many files, huge files.
  {
    kind: 'repository size',
    name: '100,000 source files',
    generate: async (dir) => {
      // Hard links: a tenth of the time of writing 100,000 files (1,000 links each, under EMLINK).
      for (let m = 0; m < 100; m++) {
        const sub = join(dir, 'src', `m${m}`);
        await mkdir(sub, { recursive: true });
        await writeFile(join(sub, 'f0.js'), `export const m${m} = ${m};\n`);
        await Promise.all(
          Array.from({ length: 999 }, (_, i) =>
            link(join(sub, 'f0.js'), join(sub, `f${i + 1}.js`)),
          ),
        );
      }
    },
    argv: PLAN,
    code: 0,
    process: true,
  },
  {
    kind: 'repository size',
    name: 'a 600 MB source file',
    generate: async (dir) => {
      const path = join(dir, 'src', 'generated.js');
      await mkdir(join(dir, 'src'), { recursive: true });
      await writeFile(path, '');
      await truncate(path, 600 * 1024 * 1024);
    },
    argv: PLAN,
    code: 0,
    process: true,
  },
  {
    kind: 'repository size',
    name: 'a 300 MB server.js entry',
    generate: async (dir) => {
      const path = join(dir, 'server.js');
      await writeFile(path, '// generated\n');
      await truncate(path, 300 * 1024 * 1024);
    },
    argv: DETECT,
    code: 0,
    process: true,
  },

  // File names that are not UTF-8.
  {
    kind: 'non-UTF-8 file name',
    name: 'a source file',
    generate: async (dir) => {
      await mkdir(join(dir, 'src'), { recursive: true });
      await writeFile(
        Buffer.concat([Buffer.from(`${dir}/src/`), nonUtf8('bad'), Buffer.from('.js')]),
        'x',
      );
    },
    argv: PLAN,
    code: 0,
  },
  {
    kind: 'non-UTF-8 file name',
    name: 'a directory',
    generate: async (dir) => {
      const sub = Buffer.concat([Buffer.from(`${dir}/`), nonUtf8('lib')]);
      await mkdir(sub);
      await writeFile(Buffer.concat([sub, Buffer.from('/index.js')]), 'export {};\n');
    },
    argv: PLAN,
    code: 0,
  },
  {
    kind: 'non-UTF-8 file name',
    name: 'check of a repository with one',
    generate: async (dir) => {
      await mkdir(join(dir, 'src'), { recursive: true });
      await writeFile(
        Buffer.concat([Buffer.from(`${dir}/src/`), nonUtf8('bad'), Buffer.from('.js')]),
        'x',
      );
    },
    argv: ['check', 'DIR', '--out', 'OUT'],
    code: 0,
    process: true,
  },
  {
    kind: 'non-UTF-8 file name',
    name: 'detect of a repository with one',
    generate: (dir) =>
      writeFile(Buffer.concat([Buffer.from(`${dir}/`), nonUtf8('x'), Buffer.from('.wasm')]), 'x'),
    argv: DETECT,
    code: 0,
  },

  // .env and interpolation.
  {
    kind: '.env',
    name: 'binary .env',
    files: { 'compose.yaml': APP_SERVICE, '.env': Buffer.from([0, 1, 2, 0xff]) },
    argv: DETECT,
    code: 0,
    names: '.env',
    says: 'D012',
  },
  {
    kind: '.env',
    name: 'unterminated and deeply nested ${…}',
    files: {
      'compose.yaml': `${APP_SERVICE}    environment:\n      A: "\${X:-${'${Y:-'.repeat(5000)}"\n      B: "\${UNCLOSED"\n`,
    },
    argv: DETECT,
    code: 0,
  },
  {
    kind: '.env',
    name: '${VAR:?message} for an unset variable',
    files: {
      'compose.yaml': `${APP_SERVICE}    environment:\n      A: "\${NEEDED:?set NEEDED}"\n`,
    },
    argv: DETECT,
    code: 0,
    names: 'compose.yaml',
    says: 'NEEDED',
  },

  // Saved plans and state.
  ...(
    [
      ['truncated', '{"version": 1, "root": "/x", "work'],
      ['null', 'null'],
      ['an array', '[]'],
      ['no workers', '{"version": 1}'],
      [
        'workers not a list',
        '{"version": 1, "root": ".", "outDir": ".", "tier": "paid", "workers": 5, "app": {}, "diagnostics": []}',
      ],
      ['an old version', '{"version": 0}'],
      ['binary', '\u0000\u0001\u00ff'],
    ] as const
  ).flatMap(([name, text]): Case[] =>
    ['deploy', 'provision --dry-run'].map((command) => ({
      kind: 'saved plan',
      name: `${command}: plan.json ${name}`,
      files: { '.docker-to-workers/plan.json': text },
      api: true,
      argv: [command.split(' ')[0]!, 'DIR', ...command.split(' ').slice(1)],
      code: 1,
      names: /plan\.json/,
    })),
  ),

  // Provision state: it says which resources are ours to delete, so it is never guessed.
  ...(
    [
      ['truncated', '{"version": 1, "sets": {"produ'],
      ['null', 'null'],
      ['sets a number', '{"version": 1, "sets": 5}'],
      [
        'resources not a list',
        '{"version": 1, "sets": {"production": {"accountId": "a", "resources": null}}}',
      ],
    ] as const
  ).map(([name, text]): Case => ({
    kind: 'provision state',
    name: `provision-state.json ${name}`,
    api: true,
    generate: async (dir) => {
      const worker = await savePlan(dir);
      await mkdir(join(dir, '.docker-to-workers', worker), { recursive: true });
      await writeFile(join(dir, '.docker-to-workers', worker, 'provision-state.json'), text);
    },
    argv: ['provision', 'DIR', '--dry-run'],
    code: 1,
    names: /provision-state\.json/,
  })),

  // The command line.
  ...COMMANDS.map((command): Case => ({
    kind: 'CLI flags',
    name: `${command} --no-such-flag`,
    argv: [command, 'DIR', '--no-such-flag'],
    code: 2,
    // The command's own usage, not the list of commands.
    says: `Usage: docker-to-workers ${command} `,
  })),
  ...(
    [
      ['plan --out with no value', ['plan', 'DIR', '--out']],
      ['detect --json=yes', ['detect', 'DIR', '--json=yes']],
      ['check -x', ['check', 'DIR', '-x']],
      ['provision --env with no value', ['provision', 'DIR', '--env']],
    ] as const
  ).map(([name, argv]): Case => ({
    kind: 'CLI flags',
    name,
    argv: [...argv],
    code: 2,
    says: `Usage: docker-to-workers ${argv[0]} `,
  })),
  ...(
    [
      ['plan --target nope', ['plan', 'DIR', '--target', 'nope'], '--target'],
      ['plan --tier gold', ['plan', 'DIR', '--tier', 'gold'], '--tier'],
      ['check --fail-on sometimes', ['check', 'DIR', '--fail-on', 'sometimes'], '--fail-on'],
      ['deploy --pr abc', ['deploy', 'DIR', '--pr', 'abc'], '--pr'],
      ['detect of a missing directory', ['detect', 'DIR/nope'], 'nope'],
    ] as const
  ).map(([name, argv, says]): Case => ({
    kind: 'CLI flags',
    name,
    argv: [...argv],
    code: 1,
    says,
  })),
];
