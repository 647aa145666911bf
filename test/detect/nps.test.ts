// nps (package-scripts.js with nps-utils) read statically, and the start command followed through it.
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { npsScript } from '../../src/detect/nps.js';
import { startTarget } from '../../src/detect/start.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';

const { repo } = useTempDirs('dtw-nps-');

/** The shape of a real nps config: nps-utils' series, objects with `script`, a computed banner. */
const PACKAGE_SCRIPTS = [
  "const { series, rimraf } = require('nps-utils');", // 1
  '',
  'module.exports = {',
  '  scripts: {',
  "    default: 'nps start',", // 5
  '    start: {',
  "      script: 'cross-env NODE_ENV=production node dist/app.js',", // 7
  "      description: 'Starts the built app',",
  '    },',
  '    serve: {',
  '      script: series(', // 11
  "        'nps banner.serve',",
  "        'nodemon --watch src --watch .env'",
  '      ),',
  '    },',
  '    dev: series.nps("banner.serve", "serve"),', // 16
  "    clean: { default: `nps clean.dist`, dist: rimraf('./dist') },", // 17
  '    banner: {',
  "      serve: banner('serve'),", // 19
  "      plain: 'echo serving',", // 20
  '    },',
  '  },',
  '};',
  '',
  'function banner(name) {',
  '  return { script: `ts-node ./commands/banner.ts ${name}` };',
  '}',
].join('\n');

describe('npsScript', () => {
  const script = (name: string) => npsScript('package-scripts.js', PACKAGE_SCRIPTS, name);

  it('reads a string script, a { script } object and `default`', () => {
    expect(script('default')).toEqual({ kind: 'command', command: 'nps start', line: 5 });
    expect(script('start')).toEqual({
      kind: 'command',
      command: 'cross-env NODE_ENV=production node dist/app.js',
      line: 7,
    });
    // An object without `script` runs its `default`.
    expect(script('clean')).toEqual({ kind: 'command', command: 'nps clean.dist', line: 17 });
  });

  it('joins series(…) with && and prefixes series.nps(…) names with nps', () => {
    expect(script('serve')).toEqual({
      kind: 'command',
      command: 'nps banner.serve && nodemon --watch src --watch .env',
      line: 11,
    });
    expect(script('dev')).toEqual({
      kind: 'command',
      command: 'nps banner.serve && nps serve',
      line: 16,
    });
  });

  it('resolves dotted names; a computed script is unreadable at its line; a missing one is null', () => {
    expect(script('banner.plain')).toEqual({ kind: 'command', command: 'echo serving', line: 20 });
    expect(script('banner.serve')).toEqual({
      kind: 'unreadable',
      text: "banner('serve')",
      line: 19,
    });
    expect(script('clean.dist')).toMatchObject({ kind: 'unreadable', line: 17 });
    expect(script('nothing.here')).toBeNull();
  });

  it('reads ESM imports, variables and concurrent (whose last script is the server)', () => {
    const esm = [
      "import { concurrent } from 'nps-utils';",
      "import * as utils from 'nps-utils';",
      "const scripts = { default: concurrent({ tsc: 'tsc -w', api: { script: 'nodemon dist/app.js' } }),",
      "  dev: utils.concurrent.nps('build.watch', 'serve') };",
      'export default { scripts };',
    ].join('\n');
    expect(npsScript('package-scripts.mjs', esm, 'default')).toEqual({
      kind: 'command',
      command: 'nodemon dist/app.js',
      line: 3,
    });
    expect(npsScript('package-scripts.mjs', esm, 'dev')).toEqual({
      kind: 'command',
      command: 'nps serve',
      line: 4,
    });
  });

  it('reads the YAML and JSON forms', () => {
    const yaml = 'scripts:\n  default: node server.js\n  serve:\n    script: nodemon app.js\n';
    expect(npsScript('package-scripts.yml', yaml, 'serve')).toEqual({
      kind: 'command',
      command: 'nodemon app.js',
      line: 4,
    });
    const json = '{\n  "scripts": {\n    "default": "node server.js"\n  }\n}\n';
    expect(npsScript('package-scripts.json', json, 'default')).toEqual({
      kind: 'command',
      command: 'node server.js',
      line: 3,
    });
  });

  it('never runs the file: a helper of the file’s own named series is not nps-utils’', () => {
    const own =
      "function series() { return 'rm -rf /'; }\nmodule.exports = { scripts: { default: series('node a.js') } };\n";
    expect(npsScript('package-scripts.js', own, 'default')).toMatchObject({
      kind: 'unreadable',
      line: 2,
    });
  });
});

describe('startTarget for nps and package-manager arguments', () => {
  it.each([
    [['nps'], { kind: 'nps', scripts: ['default'], config: null }],
    [['nps', 'serve'], { kind: 'nps', scripts: ['serve'], config: null }],
    [
      ['nps', '-c', './ps.js', 'test --coverage', 'build'],
      { kind: 'nps', scripts: ['test', 'build'], config: './ps.js' },
    ],
    [
      ['npm', 'start', 'serve'],
      { kind: 'script', script: 'start', workspace: null, prefix: null, args: ['serve'] },
    ],
    [['nodemon', '--watch', 'src'], { kind: 'package-main' }],
  ])('%j', (argv, expected) => expect(startTarget(argv)).toEqual(expected));
});

describe('following nps to the server', () => {
  const files = {
    Dockerfile:
      'FROM node:22-alpine\nWORKDIR /usr/src/app\nCOPY . .\nRUN yarn install\nCMD npm start serve\n',
    'package.json': JSON.stringify(
      { name: 'api', main: 'src/app.ts', scripts: { start: 'nps' } },
      null,
      2,
    ),
    'package-scripts.js': PACKAGE_SCRIPTS,
    'nodemon.json': '{\n  "execMap": {\n    "ts": "node -r ts-node/register"\n  }\n}\n',
    'src/app.ts': 'export {};\n',
  };

  it('CMD npm start serve → nps serve → series(banner, nodemon) → nodemon.json execMap → main', async () => {
    const model = await detect(await repo(files), {}, testContext());
    expect(model.startChain).toEqual([
      { command: 'npm start serve', source: 'Dockerfile:5' },
      { command: 'nps serve', source: 'package.json:5' },
      {
        command: 'nps banner.serve && nodemon --watch src --watch .env',
        source: 'package-scripts.js:11',
      },
      { command: 'node -r ts-node/register src/app.ts', source: 'nodemon.json:3' },
    ]);
    expect([model.entry, model.runFile]).toEqual(['src/app.ts', 'src/app.ts']);
    expect(model.diagnostics.filter((d) => d.ruleId === 'D008')).toEqual([]);
  });

  it('CMD nps (no name) runs `default` → nps start → the start script', async () => {
    const model = await detect(
      await repo({
        ...files,
        Dockerfile: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nCMD ["npm", "start"]\n',
        'src/app.js': 'export {};\n',
      }),
      {},
      testContext(),
    );
    expect(model.startChain?.slice(1)).toEqual([
      { command: 'nps', source: 'package.json:5' },
      { command: 'nps start', source: 'package-scripts.js:5' },
      {
        command: 'cross-env NODE_ENV=production node dist/app.js',
        source: 'package-scripts.js:7',
      },
    ]);
    expect(model.runFile).toBe('dist/app.js');
  });

  it('a script nps would compute is D008 at its line in package-scripts.js', async () => {
    const model = await detect(
      await repo({
        ...files,
        Dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY . .\nCMD ["npx", "nps", "banner.serve"]\n',
      }),
      {},
      testContext(),
    );
    expect(model.entry).toBeNull();
    expect(model.diagnostics.filter((d) => d.ruleId === 'D008')).toEqual([
      expect.objectContaining({
        file: 'package-scripts.js',
        line: 19,
        message: "Could not tell which file the start command `banner('serve')` runs.",
      }),
    ]);
  });
});
