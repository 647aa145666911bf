// A Dockerfile in a service folder, built from the repository root (`docker build -f server/Dockerfile .`,
// compose `build: { context: ., dockerfile: server/Dockerfile }`): the service's package.json and entry
// are server/'s, found through `COPY server/package*.json ./`. detect → plan → check on a copy.
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DetectOptions } from '../../src/detect/index.js';
import { writePlan } from '../../src/plan/index.js';
import { planRepository } from '../../src/plan/repository.js';
import { check } from '../../src/validate/index.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { fixture } from './support.js';

const temps = useTempDirs('dtw-parent-');

async function plannedAndChecked(dir: string, options: DetectOptions) {
  const ctx = testContext();
  const plan = await planRepository(dir, options, {}, ctx);
  await writePlan(plan, ctx);
  const [worker] = plan.workers;
  expect(plan.workers).toHaveLength(1);
  expect(worker?.target).toBe('worker');
  expect(worker?.dir).toBe('server');
  expect(plan.app.packageJson?.name).toBe('parent-context-api');
  expect(plan.app.runFile).toBe('server/dist/server.js');
  // tsc's outDir/rootDir map the run file to its source, which esbuild compiles.
  expect(worker?.build).toMatchObject({ command: null, entry: 'server/src/server.ts' });
  const [result] = await check(plan, { install: false }, testContext());
  const errors = result!.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => `${d.ruleId} ${d.message}`)).toEqual([]);
  expect(result?.smoke?.status, JSON.stringify(result?.smoke)).toBe(200);
}

describe('a Dockerfile built from a parent directory', { timeout: 900_000 }, () => {
  it('compose build.context + build.dockerfile in the service folder', async () => {
    const dir = await temps.dir();
    await cp(fixture('parent-context'), dir, { recursive: true });
    await plannedAndChecked(dir, {});
  });

  it('--dockerfile server/Dockerfile from the root', async () => {
    const dir = await temps.dir();
    await cp(fixture('parent-context'), dir, { recursive: true });
    await rm(join(dir, 'docker-compose.yml'));
    await plannedAndChecked(dir, { dockerfile: 'server/Dockerfile' });
  });
});
