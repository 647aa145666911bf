// The right verdict when the Worker path fails: detect → plan → check (real wrangler, real workerd)
// on a copy of a fixture whose image runs the app but whose Worker cannot start or bundle.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/index.js';
import { loadPlan, writePlan } from '../../src/plan/index.js';
import { planRepository } from '../../src/plan/repository.js';
import { resolveWrangler } from '../../src/toolchain/wrangler.js';
import { check } from '../../src/validate/index.js';
import { exitCode } from '../../src/validate/verdict.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { fixture } from './support.js';

const temps = useTempDirs('dtw-verdict-');

async function planned(dir: string): Promise<Plan> {
  const ctx = testContext();
  const plan = await planRepository(dir, {}, {}, ctx);
  await writePlan(plan, ctx);
  return plan;
}

/** The generated config against wrangler's own schema (wrangler ships it, without exporting the subpath). */
async function acceptedByWrangler(path: string): Promise<Record<string, unknown>> {
  const config = parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  const wrangler = await resolveWrangler(testContext());
  const schema = JSON.parse(
    await readFile(join(wrangler.packageDir, 'config-schema.json'), 'utf8'),
  ) as object;
  const validate = new Ajv({ strict: false, allowUnionTypes: true }).compile(schema);
  expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  return config;
}

describe('the Worker path fails, the image runs the app', () => {
  it('a start-up crash no remedy fixes: container, naming the crash, with a config wrangler accepts', async () => {
    const dir = await temps.dir();
    await cp(fixture('worker-path-fails'), dir, { recursive: true });
    const plan = await planned(dir);
    expect(plan.workers[0]).toMatchObject({ target: 'worker' });
    expect(plan.workers[0]?.imageFallback).toMatchObject({ target: 'container' });

    const [result] = await check(plan, { install: false }, testContext());
    const crash = result!.diagnostics.find((d) => d.ruleId === 'W901');
    expect(crash?.message).toMatch(/\/run\/secrets\/db-password/);
    expect(result!.verdict).toBe('container');
    // The Worker path's findings no longer block deploying the image.
    expect(crash?.severity).toBe('note');
    expect(exitCode(result!.diagnostics, 'error')).toBe(0);
    const switched = result!.diagnostics.find((d) => d.ruleId === 'W905');
    expect(switched?.message).toMatch(/Worker path failed \(W901.*db-password/);

    // The plan (in memory and as saved) is now the container plan deploy ships.
    const [worker] = plan.workers;
    expect(worker).toMatchObject({ target: 'container', verdict: 'container' });
    expect(worker!.targetReason).toMatch(/W901/);
    const saved = await loadPlan(plan.outDir);
    expect(saved.workers[0]).toMatchObject({
      target: 'container',
      main: `${worker!.name}/router.mjs`,
    });
    const config = await acceptedByWrangler(join(plan.outDir, worker!.files.wranglerConfig));
    expect(config.containers).toEqual([
      expect.objectContaining({ image: expect.stringMatching(/Dockerfile$/) }),
    ]);
    expect(await readFile(join(plan.outDir, worker!.name, 'router.mjs'), 'utf8')).toContain(
      'defaultPort = 3000',
    );
  });

  it('wrangler cannot bundle (a module the image generates at build time is missing): container, the sources still scanned', async () => {
    const dir = await temps.dir();
    await cp(fixture('worker-path-fails'), dir, { recursive: true });
    await writeFile(
      join(dir, 'server.js'),
      "const http = require('node:http');\nconst { handler } = require('./generated/handler');\nconst cron = require('node-cron');\ncron.schedule('0 * * * *', () => {});\nhttp.createServer(handler).listen(3000);\n",
    );
    const plan = await planned(dir);
    const [result] = await check(plan, { install: false }, testContext());
    expect(result!.diagnostics.some((d) => d.ruleId === 'W803')).toBe(true);
    expect(result!.verdict).toBe('container');
    // Without a bundle the entry's sources are scanned: what keeps it off Workers stays listed, as notes.
    expect(result!.diagnostics.find((d) => d.ruleId === 'W707')).toMatchObject({
      severity: 'note',
      file: 'server.js',
      line: 4,
    });
    expect(plan.workers[0]?.targetReason).toMatch(/Worker path failed \(W803/);
  });

  it('a file named by a secret (Docker secrets) is missing in a container too: needs-changes, with the fix', async () => {
    const dir = await temps.dir();
    await cp(fixture('worker-path-fails'), dir, { recursive: true });
    await writeFile(
      join(dir, 'Dockerfile'),
      'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nENV DATABASE_PASSWORD=/run/secrets/db-password\nEXPOSE 3000\nCMD ["node", "server.js"]\n',
    );
    await writeFile(
      join(dir, 'server.js'),
      "const fs = require('node:fs');\nconst http = require('node:http');\nconst password = fs.readFileSync(process.env.DATABASE_PASSWORD, 'utf8');\nhttp.createServer((req, res) => res.end(password ? 'ok' : '')).listen(3000);\n",
    );
    const plan = await planned(dir);
    expect(plan.workers[0]?.secrets).toContain('DATABASE_PASSWORD');
    const [result] = await check(plan, { install: false }, testContext());
    const crash = result!.diagnostics.find((d) => d.ruleId === 'W901');
    expect(crash?.fix).toMatch(/reads a file named by DATABASE_PASSWORD/);
    expect(result!.verdict).toBe('needs-changes');
    expect(plan.workers[0]?.target).toBe('worker');
  });

  it('no image to fall back on: the failure stays needs-changes (never ready)', async () => {
    const dir = await temps.dir();
    await cp(fixture('worker-path-fails'), dir, { recursive: true });
    await rm(join(dir, 'Dockerfile'));
    const plan = await planned(dir);
    expect(plan.workers[0]?.imageFallback ?? null).toBeNull();
    const [result] = await check(plan, { install: false }, testContext());
    expect(result!.verdict).toBe('needs-changes');
    expect(plan.workers[0]?.target).toBe('worker');
  });
});
