// An app on @prisma/client: `prisma generate` runs before the build (offline: no engine download), then
// tsc, wrangler's bundle and a workerd boot. detect → plan → check on a copy of the fixture.
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/index.js';
import { writePlan } from '../../src/plan/index.js';
import { planRepository } from '../../src/plan/repository.js';
import { check } from '../../src/validate/index.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { fixture, installVendored } from './support.js';

const temps = useTempDirs('dtw-prisma-');

/** The fixture after an install with scripts off: its prisma CLI and client, typescript and @types/node from here. */
async function installed(name: string): Promise<string> {
  const dir = await temps.dir();
  await cp(fixture(name), dir, { recursive: true });
  await installVendored(dir);
  const bin = join(dir, 'node_modules', '.bin');
  await mkdir(bin, { recursive: true });
  await symlink(resolve('node_modules/typescript'), join(dir, 'node_modules/typescript'), 'dir');
  await mkdir(join(dir, 'node_modules/@types'));
  await symlink(resolve('node_modules/@types/node'), join(dir, 'node_modules/@types/node'), 'dir');
  await symlink(resolve('node_modules/.bin/tsc'), join(bin, 'tsc'));
  await symlink('../prisma/build/index.js', join(bin, 'prisma'));
  return dir;
}

async function planned(dir: string): Promise<Plan> {
  const ctx = testContext();
  const plan = await planRepository(dir, {}, {}, ctx);
  await writePlan(plan, ctx);
  return plan;
}

describe('Prisma', { timeout: 900_000 }, () => {
  it('runs prisma generate (native engines off) before the build, bundles, boots and answers 200', async () => {
    const plan = await planned(await installed('prisma-build'));
    const [worker] = plan.workers;
    expect(worker?.target).toBe('worker');
    expect(worker?.build?.command).toBe(
      'PRISMA_QUERY_ENGINE_LIBRARY=/dev/null PRISMA_SCHEMA_ENGINE_BINARY=/dev/null PRISMA_MIGRATION_ENGINE_BINARY=/dev/null npx --no-install prisma generate && npm run build',
    );
    expect(worker?.build?.entry).toBe('dist/server.js');
    expect(worker?.build?.why).toMatch(/prisma generate.*prisma\/schema\.prisma/);
    expect(worker?.generated?.config.build).toEqual({
      command: worker?.build?.command,
      cwd: '../..',
    });
    const [result] = await check(plan, { install: false }, testContext());
    const errors = result!.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.ruleId} ${d.message}`)).toEqual([]);
    expect(result?.smoke?.status, JSON.stringify(result?.smoke)).toBe(200);
  });

  it('a build script that generates the client itself is left alone', async () => {
    const dir = await installed('prisma-build');
    const pkg = join(dir, 'package.json');
    const manifest = JSON.parse(await readFile(pkg, 'utf8')) as { scripts: Record<string, string> };
    manifest.scripts.build = 'prisma generate && tsc';
    await writeFile(pkg, JSON.stringify(manifest));
    const plan = await planned(dir);
    expect(plan.workers[0]?.build?.command).toBe('npm run build');
  });

  it('without the prisma CLI installed, the release matching the client comes from the registry', async () => {
    const dir = await installed('prisma-build');
    const pkg = join(dir, 'package.json');
    const manifest = JSON.parse(await readFile(pkg, 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    delete manifest.devDependencies.prisma;
    await writeFile(pkg, JSON.stringify(manifest));
    const plan = await planned(dir);
    expect(plan.workers[0]?.build?.command).toMatch(
      /PRISMA_MIGRATION_ENGINE_BINARY=\/dev\/null npx --yes prisma@\^5\.0\.0 generate && npm run build$/,
    );
  });
});
