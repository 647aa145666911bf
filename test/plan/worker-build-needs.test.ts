// A service planned as a container still says what its Worker build would need (MIGRATION.md's way to a Worker).
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import type { Plan } from '../../src/model/index.js';
import { planApp } from '../../src/plan/index.js';
import { renderMigration } from '../../src/plan/report.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';

const { repo, dir } = useTempDirs('dtw-build-needs-');

const DECORATORS =
  '{ "compilerOptions": { "experimentalDecorators": true, "emitDecoratorMetadata": true } }\n';
const FACT =
  /a Worker build would run the project's compiler \(tsc\) and import its output: decorator metadata \(emitDecoratorMetadata\) needs the project's own compiler; esbuild does not emit it/;

async function planned(files: Record<string, string>): Promise<Plan> {
  const root = await repo(files);
  const app = await detect(root, {}, testContext());
  return planApp(
    app,
    { outDir: await dir(), runtime: { wranglerVersion: '4.164.0', newestDate: '2026-04-26' } },
    testContext(),
  );
}

/** `file:line message` of each P062 note. */
const needs = (plan: Plan) =>
  plan.diagnostics
    .filter((d) => d.ruleId === 'P062')
    .map((d) => `${d.file ?? ''}:${String(d.line)} ${d.severity} ${d.message}`);

describe('the Worker build a container service would need', () => {
  const files = (start: string) => ({
    Dockerfile:
      'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD ["npm", "start"]\n',
    'package.json': JSON.stringify({
      name: 'api',
      scripts: { start, build: 'tsc' },
      dependencies: { express: '^4.21.0' },
    }),
    'tsconfig.json': DECORATORS,
    'src/app.ts': 'import express from "express";\nexpress().listen(3000);\n',
  });

  it('an image that runs its TypeScript through ts-node with decorator metadata: container, and the build fact once', async () => {
    const plan = await planned(files('ts-node src/app.ts'));
    const [worker] = plan.workers;
    expect(worker?.target).toBe('container');
    expect(worker?.targetReason).toBe(
      'no module a Worker can import (the image compiles src/app.ts as it runs it, `ts-node src/app.ts`, and builds nothing else): the image runs as it is',
    );
    expect(needs(plan)).toEqual([expect.stringMatching(/^tsconfig.json:undefined note /)]);
    expect(needs(plan)[0]).toMatch(FACT);
    expect(worker?.report).toContainEqual(
      expect.objectContaining({
        key: 'build (as a Worker)',
        source: 'tsconfig.json',
        outcome: 'manual',
      }),
    );
    expect(renderMigration(plan).match(new RegExp(FACT, 'g'))).toHaveLength(1);
    // tsx compiles with esbuild: the image runs without decorator metadata too, so it is no reason.
    const tsx = await planned(files('tsx src/app.ts'));
    expect(tsx.workers[0]?.target).toBe('worker');
  });

  it('a container for another reason (a native addon with no alternative) reports it too; no metadata, no note', async () => {
    const files = {
      Dockerfile: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n',
      'package.json': JSON.stringify({
        name: 'img',
        dependencies: { express: '^4.21.0', sharp: '^0.33.0' },
      }),
      'server.js': 'require("express")().listen(3000);\n',
    };
    const withMetadata = await planned({ ...files, 'tsconfig.json': DECORATORS });
    expect(withMetadata.workers[0]?.targetReason).toMatch(/native addon `sharp`/);
    expect(needs(withMetadata)).toEqual([expect.stringMatching(FACT)]);
    const plain = await planned(files);
    expect(plain.workers[0]?.target).toBe('container');
    expect(needs(plain)).toEqual([]);
    expect(plain.workers[0]?.report.map((r) => r.key)).not.toContain('build (as a Worker)');
  });
});
