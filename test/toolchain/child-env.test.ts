import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActionHost } from '../../src/action/host.js';
import type { Plan } from '../../src/model/index.js';
import { provision } from '../../src/provision/index.js';
import { ensureDependencies } from '../../src/validate/install.js';
import { startCloudflareApi, type CloudflareApi } from '../support/cloudflare-api/server.js';
import { FAST, provisionContext } from '../support/provision-env.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { workerPlan } from '../support/worker-plan.js';

/** Credentials a CI job's process holds: the action's inputs, the GitHub token, the runner's own. */
const HOST_CREDENTIALS = {
  INPUT_APITOKEN: 'input-api-token-0123456789abcdef',
  CLOUDFLARE_API_TOKEN: 'process-cloudflare-token-0123456789',
  CLOUDFLARE_ACCOUNT_ID: '0123456789abcdef0123456789abcdef',
  GITHUB_TOKEN: 'ghs_process-github-token-0123456789',
  ACTIONS_RUNTIME_TOKEN: 'actions-runtime-token-0123456789',
  NPM_CONFIG__AUTHTOKEN: 'npm-registry-token-0123456789',
};

const temps = useTempDirs('dtw-child-env-');
let api: CloudflareApi;
beforeEach(async () => {
  Object.assign(process.env, HOST_CREDENTIALS);
  api = await startCloudflareApi();
});
afterEach(async () => {
  for (const name of Object.keys(HOST_CREDENTIALS)) delete process.env[name];
  await api.close();
});

async function appCopy(): Promise<string> {
  const dir = await temps.dir();
  await cp('test/fixtures/env-dump', dir, { recursive: true });
  return dir;
}

/** The environment the fixture's script saw, and every credential value that leaked into it. */
async function leaked(file: string, extra: string[] = []): Promise<string[]> {
  const seen = await readFile(file, 'utf8');
  expect(JSON.parse(seen)).toHaveProperty('PATH');
  return [...Object.values(HOST_CREDENTIALS), ...extra].filter((value) => seen.includes(value));
}

describe('child processes get an allow-listed environment', () => {
  it('the install script of the app sees no credential', async () => {
    const dir = await appCopy();
    const ctx = provisionContext(api);
    const [installed] = await ensureDependencies(ctx, {
      dir,
      root: dir,
      allowScripts: true,
    });
    expect(installed).toMatchObject({ ruleId: 'W001' });
    expect(await leaked(join(dir, 'env-install.json'))).toEqual([]);
  });

  it("the app's build runs before deploy without credentials, and wrangler never runs it", async () => {
    const dir = await appCopy();
    const outDir = join(dir, '.docker-to-workers');
    const worker = workerPlan('shop');
    await mkdir(join(outDir, 'shop'), { recursive: true });
    const base = {
      name: 'shop',
      main: 'entry.mjs',
      compatibility_date: '2026-05-03',
      build: { command: 'npm run build', cwd: relative(join(outDir, 'shop'), dir) },
    };
    await writeFile(join(outDir, 'shop', 'wrangler.jsonc'), JSON.stringify(base));
    const plan = {
      version: 1,
      root: dir,
      outDir,
      tier: 'free',
      workers: [worker],
      app: { root: dir },
      diagnostics: [],
    } as unknown as Plan;
    const ctx = provisionContext(api);
    const [result] = await provision(plan, { ...FAST, secrets: {} }, ctx);
    const apiToken = String(ctx.env.CLOUDFLARE_API_TOKEN);
    expect(await leaked(join(dir, 'env-build.json'), [apiToken])).toEqual([]);
    const deployConfig = JSON.parse(await readFile(result!.configPath, 'utf8').then(stripHeader));
    expect(deployConfig.build).toBeUndefined();
  });

  it("the action host's children inherit no INPUT_*, ACTIONS_* or token variable", async () => {
    const { ctx } = createActionHost(process.env);
    const run = await ctx.exec(
      process.execPath,
      ['-e', 'console.log(JSON.stringify(process.env))'],
      {
        env: { EXTRA: 'passed-by-the-caller' },
      },
    );
    const env = JSON.parse(run.stdout) as Record<string, string>;
    expect(env.EXTRA).toBe('passed-by-the-caller');
    expect(env.PATH).toBe(process.env.PATH);
    expect(Object.values(HOST_CREDENTIALS).filter((v) => run.stdout.includes(v))).toEqual([]);
  });
});

function stripHeader(text: string): string {
  return text.replace(/^\/\/.*\n/gm, '');
}
