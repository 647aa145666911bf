// Bad input never throws: each gives its rule id at file:line and detect returns what it could read.
import { cp, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { DETECT_RULES } from '../../src/detect/rules.js';
import { UserError } from '../../src/errors.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

const temp = useTempDirs('dtw-detect-');

async function copyOf(name: string): Promise<string> {
  const dir = await temp.dir();
  await cp(fixture(name), dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

const found = (ruleId: string, file: string, line?: number) =>
  expect.objectContaining({
    ruleId,
    file,
    ...(line === undefined ? {} : { line }),
    fix: expect.any(String),
  });

describe('bad inputs', () => {
  it('bad-dockerfile: each malformed instruction at its line, and the entry is still found', async () => {
    const model = await detect(fixture('bad-dockerfile'), {}, testContext());
    expect(model.diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([
      ['D002', 'error', 1],
      ['D002', 'error', 3],
      ['D002', 'error', 5],
      ['D004', 'warning', 4],
      ['D003', 'warning', 6],
    ]);
    expect(model.diagnostics[0]!.message).toBe(
      'Malformed Dockerfile instruction: FROM has no image.',
    );
    expect(model.diagnostics[2]!.message).toContain('"RUNN"');
    expect(model.entry).toBe('server.js');
    expect(model.framework).toBe('express');
    expect(model.dockerfile?.workdir).toBe('/app');
  });

  it('bad-compose: D020 at the YAML error line; the Dockerfile is still read', async () => {
    const model = await detect(fixture('bad-compose'), {}, testContext());
    expect(model.diagnostics).toEqual([found('D020', 'compose.yaml', 8)]);
    expect(model.composeFiles).toEqual([]);
    expect(model.entry).toBe('server.js');
    expect(model.ports).toEqual([3000]);
  });

  it('missing-cmd-file: D007 at the CMD line', async () => {
    const model = await detect(fixture('missing-cmd-file'), {}, testContext());
    expect(model.diagnostics).toEqual([found('D007', 'Dockerfile', 6)]);
    expect(model.diagnostics[0]!.message).toContain('dist/index.js');
    expect(model.entry).toBeNull();
    expect(model.runFile).toBe('dist/index.js');
  });

  it('symlink-escape: the committed link out of the repository is refused (D010), not followed', async () => {
    const model = await detect(fixture('symlink-escape'), {}, testContext());
    expect(model.diagnostics).toEqual([found('D010', 'package.json')]);
    expect(model.packageJson).toBeNull();
    expect(model.entry).toBe('server.js');
  });

  it('a symlinked directory that leaves the repository is refused too', async () => {
    const dir = await copyOf('express');
    const outside = await temp.dir('dtw-outside-');
    await writeFile(join(outside, 'Dockerfile'), 'FROM node:20\nCMD ["node", "leak.js"]\n');
    await symlink(outside, join(dir, 'docker'));
    const model = await detect(dir, { dockerfile: 'docker/Dockerfile' }, testContext());
    expect(model.diagnostics).toEqual([found('D010', 'docker/Dockerfile')]);
    expect(model.dockerfile).toBeNull();
    expect(JSON.stringify(model)).not.toContain('leak.js');
  });

  it('huge-file: a 50 MB package.json is skipped with D011, the rest is read', async () => {
    const dir = await copyOf('huge-file');
    const padding = ' '.repeat(50 * 1024 * 1024);
    await writeFile(
      join(dir, 'package.json'),
      `{"name": "huge-file",${padding}"dependencies": {"express": "4.22.3"}}`,
    );
    const model = await detect(dir, {}, testContext());
    expect(model.diagnostics).toEqual([found('D011', 'package.json')]);
    expect(model.diagnostics[0]!.message).toBe(
      'package.json is 50.0 MB, over the 1 MB detect reads; it was skipped.',
    );
    expect(model.packageJson).toBeNull();
    expect(model.entry).toBe('server.js');
    expect(model.runtime).toBe('node');
  });

  it('binary-junk: binary Dockerfile and package.json are skipped with D012 and D001 is not added', async () => {
    const model = await detect(fixture('binary-junk'), {}, testContext());
    expect(model.diagnostics).toEqual([found('D012', 'Dockerfile'), found('D012', 'package.json')]);
    expect(model.dockerfile).toBeNull();
    expect(model.packageJson).toBeNull();
  });

  it('a --dockerfile outside the directory is D013 and never read', async () => {
    const model = await detect(
      fixture('express'),
      { dockerfile: '../koa/Dockerfile' },
      testContext(),
    );
    expect(model.diagnostics).toEqual([found('D013', '../koa/Dockerfile')]);
    expect(model.dockerfile).toBeNull();
  });

  it('malformed package.json is D030 at the error line', async () => {
    const dir = await copyOf('express');
    await writeFile(
      join(dir, 'package.json'),
      '{\n  "name": "x",\n  "dependencies": {\n    "express": \n  }\n}\n',
    );
    const model = await detect(dir, {}, testContext());
    expect(model.diagnostics).toEqual([found('D030', 'package.json', 5)]);
    expect(model.entry).toBe('server.js');
  });

  it('no Dockerfile at all is D001; a missing directory is a UserError', async () => {
    const dir = await temp.dir('dtw-empty-');
    const model = await detect(dir, {}, testContext());
    expect(model.diagnostics).toEqual([found('D001', 'Dockerfile')]);
    expect(model.runtime).toBe('unknown');
    await expect(detect(join(dir, 'nope'), {}, testContext())).rejects.toBeInstanceOf(UserError);
  });

  it('without a Dockerfile (D001) the package start script is followed', async () => {
    const dir = await copyOf('express');
    await unlink(join(dir, 'Dockerfile'));
    const model = await detect(dir, {}, testContext());
    expect(model.diagnostics).toEqual([found('D001', 'Dockerfile')]);
    expect(model.runtime).toBe('node');
    expect(model.entry).toBe('server.js');
    expect(model.startChain).toEqual([
      { command: 'npm start', source: 'package.json:7' },
      { command: 'node server.js', source: 'package.json:7' },
    ]);
  });
});

describe('the detect rule table', () => {
  it('has stable D### ids, and every emitted finding is fully filled in', async () => {
    expect(Object.keys(DETECT_RULES).every((id) => /^D\d{3}$/.test(id))).toBe(true);
    const names = [
      'bad-dockerfile',
      'bad-compose',
      'missing-cmd-file',
      'symlink-escape',
      'binary-junk',
      'native-addon',
    ];
    for (const name of names) {
      const { diagnostics } = await detect(fixture(name), {}, testContext());
      expect(diagnostics.length).toBeGreaterThan(0);
      for (const d of diagnostics) {
        expect(d.message + d.fix).not.toMatch(/\{\w+\}/);
        expect(d.file).toBeTruthy();
      }
    }
  });
});
