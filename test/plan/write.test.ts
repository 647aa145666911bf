import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { AppModel } from '../../src/model/index.js';
import { loadPlan, planApp, writePlan } from '../../src/plan/index.js';
import { testContext } from '../support/context.js';
import { models } from './models.js';
import { tempOut } from './support.js';

async function written(app: AppModel, intoRepo = false) {
  const ctx = testContext();
  const plan = await planApp(app, { outDir: await tempOut() }, ctx);
  await writePlan(plan, ctx, { intoRepo, install: false });
  return plan;
}

/** A copy of a fixture in a temporary directory, for tests that let plan write into the repository. */
async function copyOf(app: AppModel): Promise<AppModel> {
  const root = await tempOut();
  await cp(app.root, root, { recursive: true });
  return { ...app, root };
}

describe('writePlan', () => {
  it('writes wrangler.jsonc with a comment above every key, and the shim beside it', async () => {
    const plan = await written(models.compose());
    const [worker] = plan.workers;
    if (!worker) throw new Error('no worker');
    const text = await readFile(join(plan.outDir, worker.files.wranglerConfig), 'utf8');
    expect(parse(text)).toEqual(worker.generated?.config);
    const lines = text.split('\n');
    for (const key of Object.keys(worker.generated?.config ?? {})) {
      const at = lines.findIndex((l) => l.startsWith(`  "${key}":`));
      expect(lines[at - 1], key).toMatch(/^ {2}\/\/ /);
    }
    expect(await readFile(join(plan.outDir, worker.name, 'entry.mjs'), 'utf8')).toContain(
      "import { useHyperdriveEnv, serverListening } from './prelude.mjs';",
    );
  });

  it('writes MIGRATION.md: conversion table, code changes with file:line, secrets by name, verdict', async () => {
    const plan = await written(models.compose());
    const report = await readFile(join(plan.outDir, 'MIGRATION.md'), 'utf8');
    expect(report).toContain('| Docker / compose | Source | Outcome | Became | Why |');
    expect(report).toMatch(
      /\| `volume uploads:\/app\/uploads` \| compose.yaml:20 \| approximated \| R2 bucket UPLOADS \|/,
    );
    expect(report).toContain('`src/index.js:25`: write with env.UPLOADS.put');
    expect(report).toContain('- `SESSION_SECRET`: Worker secret');
    expect(report).toContain(
      '- `DATABASE_URL`: origin connection string for Hyperdrive HYPERDRIVE',
    );
    expect(report).toContain('**Verdict:** needs changes');
    expect(report).toContain('`iconv-lite-0.4`: iconv-lite 0.4');
    for (const secret of ['devpass', 'dev-session-secret-change-me', 'mk_test_123'])
      expect(report).not.toContain(secret);
  });

  it('saves a plan that loadPlan reads back, and explains a missing or foreign plan', async () => {
    const plan = await written(models.express());
    expect(await loadPlan(plan.outDir)).toEqual(JSON.parse(JSON.stringify(plan)));
    const empty = await tempOut();
    await expect(loadPlan(empty)).rejects.toThrow(/No saved plan/);
    await writeFile(join(empty, 'plan.json'), JSON.stringify({ version: 99 }));
    await expect(loadPlan(empty)).rejects.toBeInstanceOf(UserError);
  });
});

describe('--write', () => {
  it('puts the config and shim into the repository with paths from there, never over an existing file', async () => {
    const app = await copyOf(models.existing());
    const before = await readFile(join(app.root, 'wrangler.jsonc'), 'utf8');
    const plan = await written(app, true);
    expect(plan.written).toEqual({
      created: ['entry.mjs', 'prelude.mjs'],
      skipped: ['wrangler.jsonc'],
      edited: [],
    });
    expect(await readFile(join(app.root, 'wrangler.jsonc'), 'utf8')).toBe(before);
    expect(plan.diagnostics.some((d) => d.ruleId === 'P080' && d.file === 'wrangler.jsonc')).toBe(
      true,
    );
    expect(await readFile(join(app.root, 'entry.mjs'), 'utf8')).toContain('import "./server.js";');

    const fresh = await copyOf(models.koa());
    const koa = await written(fresh, true);
    expect(koa.written?.created).toEqual(['wrangler.jsonc', 'entry.mjs', 'prelude.mjs']);
    const config = parse(await readFile(join(fresh.root, 'wrangler.jsonc'), 'utf8')) as {
      main: string;
    };
    expect(config.main).toBe('entry.mjs');
    expect(await readFile(join(fresh.root, 'entry.mjs'), 'utf8')).toContain(
      'import "./src/app.js";',
    );
  });
});
