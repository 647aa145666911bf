// Property tests: arbitrary text into each reader gives a model or findings, never an exception.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCompose } from '../../src/detect/compose.js';
import { readDockerfile } from '../../src/detect/dockerfile.js';
import { interpolate, parseEnvFile } from '../../src/detect/interpolate.js';
import { readPackage } from '../../src/detect/package.js';
import { RepoReader } from '../../src/detect/repo-reader.js';
import { Findings } from '../../src/detect/rules.js';
import { useTempDirs } from '../support/temp-dirs.js';

const temps = useTempDirs('dtw-properties-');

/** Text shaped like each format often enough to reach past the first parse error. */
const fragments = (words: string[]) =>
  fc
    .array(fc.oneof(fc.constantFrom(...words), fc.string(), fc.string({ unit: 'grapheme' })), {
      maxLength: 40,
    })
    .map((parts) => parts.join(''));

const DOCKERFILE = fragments([
  'FROM node:20 AS app\n',
  'FROM ${BASE}\n',
  'ARG BASE=node\n',
  'CMD ["node", "server.js"]\n',
  'CMD [node\n',
  'ENTRYPOINT npm start\n',
  'RUN <<EOF\n',
  'EOF\n',
  'COPY --from=app . .\n',
  'EXPOSE 3000/tcp\n',
  'WORKDIR /app\n',
  '# escape=`\n',
  '\\\n',
  ' ',
]);
const COMPOSE = fragments([
  'services:\n',
  '  app:\n',
  '    build: .\n',
  '    extends: app\n',
  '    extends: { file: compose.yaml, service: app }\n',
  '    ports: ["3000:3000"]\n',
  '    environment:\n',
  '      A: ${A:-${B}}\n',
  '    <<: *x\n',
  'x-a: &x { a: 1 }\n',
  '- ',
  ': ',
  '\n',
]);
const ENV = fragments([
  'A=1\n',
  'B=${A}\n',
  '${',
  '}',
  ':-',
  ':?',
  '$$',
  '"',
  "'",
  '#',
  'export ',
  '\n',
]);
const PACKAGE = fragments([
  '{',
  '}',
  '[',
  ']',
  '"scripts"',
  '"dependencies"',
  '"main"',
  '"workspaces"',
  ':',
  ',',
  'null',
  '5',
  '"start": "node server.js"',
]);

const RUNS = { numRuns: 200 };

describe('readers never throw on arbitrary text', () => {
  it('Dockerfile', () => {
    fc.assert(
      fc.property(DOCKERFILE, fc.option(fc.string(), { nil: undefined }), (text, target) => {
        const findings = new Findings();
        const read = readDockerfile(text, 'Dockerfile', '.', target, findings);
        expect(read).toBeTypeOf('object');
        for (const d of findings.list) expect(d).toMatchObject({ file: 'Dockerfile' });
      }),
      RUNS,
    );
  });

  it('.env files and compose interpolation', () => {
    fc.assert(
      fc.property(ENV, (text) => {
        const vars = new Map(parseEnvFile(text, () => undefined).map((e) => [e.name, e.value]));
        expect(interpolate(text, vars, () => undefined)).toBeTypeOf('string');
      }),
      RUNS,
    );
  });

  it('compose files', async () => {
    const dir = await temps.dir();
    await fc.assert(
      fc.asyncProperty(COMPOSE, ENV, async (compose, env) => {
        await writeFile(join(dir, 'compose.yaml'), compose);
        await writeFile(join(dir, '.env'), env);
        const findings = new Findings();
        const read = await readCompose(new RepoReader(dir, findings), { ci: false }, findings);
        expect(read === null || typeof read === 'object').toBe(true);
        for (const d of findings.list) expect(d.fix).toBeTypeOf('string');
      }),
      RUNS,
    );
  });

  it('package.json', async () => {
    const dir = await temps.dir();
    await fc.assert(
      fc.asyncProperty(PACKAGE, async (text) => {
        await writeFile(join(dir, 'package.json'), text);
        const findings = new Findings();
        const read = await readPackage(new RepoReader(dir, findings), '.', findings);
        expect(read?.facts.scripts).toBeTypeOf('object');
        for (const d of findings.list) expect(d).toMatchObject({ file: 'package.json' });
      }),
      RUNS,
    );
  });
});
