// The small parsers detect is built on: start commands, compose interpolation, .env files, secret names.
import { describe, expect, it } from 'vitest';
import { DockerfileParser, JSONInstruction } from 'dockerfile-ast';
import { execFormStrings } from '../../src/detect/docker-stages.js';
import { readDockerfile } from '../../src/detect/dockerfile.js';
import { secretLike } from '../../src/detect/env.js';
import { interpolate, parseEnvFile } from '../../src/detect/interpolate.js';
import { Findings } from '../../src/detect/rules.js';
import { startTarget } from '../../src/detect/start.js';
import { splitShellWords } from '../../src/detect/text.js';

describe('startTarget', () => {
  const cases: [string[], ReturnType<typeof startTarget>][] = [
    [['node', 'server.js'], { kind: 'file', path: 'server.js', runtime: 'node' }],
    [
      ['node', '--enable-source-maps', '-r', 'dotenv/config', 'dist/main.js'],
      { kind: 'file', path: 'dist/main.js', runtime: 'node' },
    ],
    [['/sbin/tini', '--', 'node', 'index.js'], { kind: 'file', path: 'index.js', runtime: 'node' }],
    [
      ['/bin/sh', '-c', 'npx prisma migrate deploy && exec node dist/server.js'],
      { kind: 'file', path: 'dist/server.js', runtime: 'node' },
    ],
    [['npm', 'start'], { kind: 'script', script: 'start', workspace: null, prefix: null }],
    [
      ['npm', 'run', 'serve', '-w', 'api'],
      { kind: 'script', script: 'serve', workspace: 'api', prefix: null },
    ],
    [
      ['npm', '--prefix', 'apps/web', 'start'],
      { kind: 'script', script: 'start', workspace: null, prefix: 'apps/web' },
    ],
    [
      ['yarn', 'workspace', '@acme/api', 'start'],
      { kind: 'script', script: 'start', workspace: '@acme/api', prefix: null },
    ],
    [
      ['pnpm', '--filter', 'api', 'dev'],
      { kind: 'script', script: 'dev', workspace: 'api', prefix: null },
    ],
    [['bun', 'src/index.ts'], { kind: 'file', path: 'src/index.ts', runtime: 'bun' }],
    [['bun', 'run', 'src/index.ts'], { kind: 'file', path: 'src/index.ts', runtime: 'bun' }],
    [['bun', 'run', 'start'], { kind: 'script', script: 'start', workspace: null, prefix: null }],
    [
      ['docker-entrypoint.sh', 'node', 'app.js'],
      { kind: 'shell', path: 'docker-entrypoint.sh', args: ['node', 'app.js'] },
    ],
    [['pm2-runtime', 'ecosystem.config.js'], { kind: 'pm2', path: 'ecosystem.config.js' }],
    [
      ['pm2', 'start', 'dist/main.js', '-i', 'max'],
      { kind: 'file', path: 'dist/main.js', runtime: 'node' },
    ],
    [['node', '--watch', 'server.js'], { kind: 'file', path: 'server.js', runtime: 'node' }],
    [['deno', 'run', '-A', 'main.ts'], { kind: 'file', path: 'main.ts', runtime: 'deno' }],
    [['npx', 'tsx', 'src/server.ts'], { kind: 'file', path: 'src/server.ts', runtime: 'tsx' }],
    [['uvicorn', 'app.main:app', '--port', '8000'], { kind: 'python', path: 'app/main.py' }],
    [['gunicorn', '-w', '4', 'web.wsgi:application'], { kind: 'python', path: 'web/wsgi.py' }],
    [['python', '-m', 'uvicorn', 'api:app'], { kind: 'python', path: 'api.py' }],
    [['python3', 'app.py'], { kind: 'python', path: 'app.py' }],
    [['next', 'start'], { kind: 'framework', name: 'next' }],
    [['/server'], { kind: 'binary', path: '/server' }],
    [['supervisord'], { kind: 'unknown' }],
  ];
  for (const [argv, expected] of cases) {
    it(argv.join(' '), () => expect(startTarget(argv)).toEqual(expected));
  }
});

describe('interpolate', () => {
  const vars = new Map([
    ['SET', 'value'],
    ['EMPTY', ''],
  ]);
  const cases: [string, string, string[]][] = [
    ['${SET}', 'value', []],
    ['$SET/x', 'value/x', []],
    ['${UNSET:-fallback}', 'fallback', []],
    ['${EMPTY:-fallback}', 'fallback', []],
    ['${EMPTY-fallback}', '', []],
    ['${SET:+alt}', 'alt', []],
    ['${UNSET:-${SET}}', 'value', []],
    ['costs $$5', 'costs $5', []],
    ['${UNSET}', '', ['UNSET']],
    ['${UNSET:?must be set}', '', ['UNSET']],
  ];
  for (const [input, output, missing] of cases) {
    it(input, () => {
      const seen: string[] = [];
      expect(interpolate(input, vars, (name) => seen.push(name))).toBe(output);
      expect(seen).toEqual(missing);
    });
  }
});

describe('parseEnvFile', () => {
  it('reads KEY=value lines with quotes, export, comments and earlier variables', () => {
    const text = [
      '# comment',
      'export HOST=db',
      "RAW='${HOST} stays'",
      'URL="postgres://${HOST}:5432"',
      'PORT=${PORT:-5432} # trailing comment',
      'not a line',
    ].join('\n');
    expect(parseEnvFile(text, () => undefined)).toEqual([
      { name: 'HOST', value: 'db', line: 2 },
      { name: 'RAW', value: '${HOST} stays', line: 3 },
      { name: 'URL', value: 'postgres://db:5432', line: 4 },
      { name: 'PORT', value: '5432', line: 5 },
    ]);
  });
});

describe('secretLike', () => {
  it.each([
    ['API_TOKEN', null, true],
    ['SESSION_SECRET', null, true],
    ['DB_PASSWORD', null, true],
    ['STRIPE_KEY', null, true],
    ['AWS_SECRET_ACCESS_KEY', null, true],
    ['DATABASE_URL', 'postgres://u:p@db/app', true],
    ['REDIS_URL', 'redis://cache:6379', false],
    ['NODE_ENV', 'production', false],
    ['PORT', '3000', false],
  ] as const)('%s', (name, value, expected) => expect(secretLike(name, value)).toBe(expected));
});

describe('splitShellWords', () => {
  it('honours quotes and splits command chains', () => {
    expect(splitShellWords(`node -e "console.log('a b')" && echo 'x y';ls`)).toEqual([
      'node',
      '-e',
      "console.log('a b')",
      '&&',
      'echo',
      'x y',
      ';',
      'ls',
    ]);
  });
});

describe('execFormStrings', () => {
  const first = (text: string) => {
    const instruction = DockerfileParser.parse(text).getInstructions()[1];
    if (!(instruction instanceof JSONInstruction)) throw new Error('expected a JSON instruction');
    return execFormStrings(instruction);
  };

  it('keeps the spaces inside exec-form strings (the parser drops them)', () => {
    expect(first('FROM node\nCMD ["sh", "-c", "crond && node server.js"]\n')).toEqual([
      'sh',
      '-c',
      'crond && node server.js',
    ]);
  });

  it('joins continuation lines', () => {
    expect(first('FROM node\nENTRYPOINT ["node", \\\n  "my app.js"]\n')).toEqual([
      'node',
      'my app.js',
    ]);
  });
});

describe('readDockerfile ENV', () => {
  it('expands an ENV value as docker build does: ARG defaults, earlier ENVs, ${NAME:-fallback}', () => {
    const text = [
      'FROM node:24 AS base',
      'ARG APP_PORT=7070',
      'ENV NODE_ENV=${NODE_ENV:-production}',
      'FROM base',
      'ENV PORT=$APP_PORT MODE="${NODE_ENV}-1" LITERAL=plain',
      'CMD ["node", "server.js"]',
    ].join('\n');
    const read = readDockerfile(text, 'Dockerfile', '.', undefined, new Findings());
    expect(read.env.map(({ name, value }) => [name, value])).toEqual([
      ['NODE_ENV', 'production'],
      ['PORT', '7070'],
      ['MODE', 'production-1'],
      ['LITERAL', 'plain'],
    ]);
  });
});
