// The app's build before deploy runs with the environment check's build had (the image's build variables and
// the user's build-env), in its own process: never in wrangler's, and its values never in what we print.
import { cp } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { deployCommand } from '../../src/cli/deploy.js';
import type { ExecOptions } from '../../src/context.js';
import { buildEnvFor } from '../../src/plan/build-env.js';
import { writePlan } from '../../src/plan/index.js';
import { planRepository } from '../../src/plan/repository.js';
import { deploy } from '../../src/pipeline/index.js';
import { buildApp } from '../../src/provision/build.js';
import { renderJobSummary } from '../../src/report/summary.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { quickHealth, useDeployWorld } from './helpers.js';

const t = useDeployWorld();
const temps = useTempDirs('dtw-deploy-build-env-');
const TOKEN = 'build-token-value-0123456789';

describe("deploy's build gets the build environment", () => {
  it("a build that fails without BUILD_TOKEN deploys with it; only the build's process gets it, nothing prints it", async () => {
    // The fixture's build writes dist/ beside its sources: a copy.
    const dir = await temps.dir();
    await cp('test/fixtures/build-env', dir, { recursive: true });
    const children: { args: string[]; env: ExecOptions['env'] }[] = [];
    const ctx = {
      ...t.world.ctx,
      exec: (command: string, args: string[], options?: ExecOptions) => {
        children.push({ args: [command, ...args], env: options?.env });
        return t.world.ctx.exec(command, args, options);
      },
    };
    const plan = await planRepository(dir, {}, {}, ctx);
    await writePlan(plan, ctx);

    const results = await deploy(
      plan,
      {
        environment: 'production',
        health: quickHealth,
        github: null,
        buildEnv: { BUILD_TOKEN: TOKEN },
      },
      ctx,
    );

    expect(results[0]?.status, JSON.stringify(results[0]?.diagnostics)).toBe('ready');
    const build = children.filter((c) => c.args.join(' ').endsWith('run build'));
    expect(build.map((c) => c.env)).toEqual([
      // The Dockerfile's ARG/ENV and compose's build.args, then the user's variable.
      { NODE_ENV: 'production', APP_VERSION: '2.5.0', STAMP: 'v2.5.0-docker', BUILD_TOKEN: TOKEN },
    ]);
    const wrangler = children.filter((c) => c.args.includes('-c'));
    expect(wrangler.map((c) => c.args.find((a) => /^(deploy|versions)$/.test(a)))).toContain(
      'deploy',
    );
    expect(wrangler.filter((c) => c.env?.BUILD_TOKEN ?? c.env?.STAMP)).toEqual([]);
    const summary = renderJobSummary({
      environment: 'production',
      pullRequest: null,
      verdict: 'ready',
      results,
    });
    for (const shown of [JSON.stringify(results), summary, t.world.ctx.logs.join('\n')])
      expect(shown).not.toContain(TOKEN);
  });

  it("a failing build's output is quoted and logged without the user's values", async () => {
    const dir = await temps.repo({
      'build.mjs':
        "console.log('using ' + process.env.BUILD_TOKEN);\nconsole.error('cannot reach db with ' + process.env.BUILD_TOKEN);\nprocess.exit(1);\n",
    });
    const ctx = testContext();
    const config = { name: 'shop', build: { command: 'node build.mjs' } };
    const env = buildEnvFor(null, { BUILD_TOKEN: TOKEN });

    const error = await buildApp(ctx, config, dir, env).catch((e: unknown) => e);

    expect(String(error)).toContain("The app's build `node build.mjs` failed (exit 1)");
    expect(String(error)).toContain('cannot reach db with ***');
    expect(ctx.logs.join('\n')).toContain('using ***');
    expect([String(error), ...ctx.logs].join('\n')).not.toContain(TOKEN);
  });

  it('deploy --build-env names a variable the environment does not set, before anything runs', async () => {
    const ctx = testContext({ env: { PATH: process.env.PATH } });
    const error = await deployCommand
      .run(['.', '--build-env', 'BUILD_TOKEN'], ctx)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      message: '--build-env lists BUILD_TOKEN, but it is not set in the environment.',
      fix: expect.stringContaining('`BUILD_TOKEN=… docker-to-workers deploy …`'),
    });
  });
});
