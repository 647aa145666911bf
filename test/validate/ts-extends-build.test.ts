// tsconfig `extends`: a local base in another folder (paths relative to it) that extends a package base
// in node_modules. detect → plan → check (tsc, wrangler, workerd) on a copy of the fixture.
import { cp, mkdir, readFile, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlan } from '../../src/plan/index.js';
import { planRepository } from '../../src/plan/repository.js';
import { check } from '../../src/validate/index.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { fixture, installVendored } from './support.js';

const temps = useTempDirs('dtw-tsextends-');

describe('tsconfig extends', { timeout: 900_000 }, () => {
  it('outDir/rootDir and emitDecoratorMetadata from the bases pick tsc and its output; boots and answers 200', async () => {
    const dir = await temps.dir();
    await cp(fixture('ts-extends-build'), dir, { recursive: true });
    await installVendored(dir);
    await mkdir(join(dir, 'node_modules/.bin'), { recursive: true });
    await mkdir(join(dir, 'node_modules/@types'), { recursive: true });
    await symlink(resolve('node_modules/typescript'), join(dir, 'node_modules/typescript'), 'dir');
    await symlink(
      resolve('node_modules/@types/node'),
      join(dir, 'node_modules/@types/node'),
      'dir',
    );
    await symlink(resolve('node_modules/.bin/tsc'), join(dir, 'node_modules/.bin/tsc'));
    const ctx = testContext();
    const plan = await planRepository(dir, {}, {}, ctx);
    await writePlan(plan, ctx);
    const [worker] = plan.workers;
    expect(worker?.target).toBe('worker');
    // emitDecoratorMetadata comes from @acme/tsconfig/decorators.json: the project's tsc builds.
    expect(worker?.build).toMatchObject({ command: 'npm run build', entry: 'build/server.js' });
    expect(worker?.build?.why).toMatch(/decorator metadata/);
    const [result] = await check(plan, { install: false }, testContext());
    const errors = result!.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.ruleId} ${d.message}`)).toEqual([]);
    expect(result?.smoke?.status, JSON.stringify(result?.smoke)).toBe(200);
    expect(await readFile(join(dir, 'build/notes.js'), 'utf8')).toContain('design:paramtypes');
  });
});
