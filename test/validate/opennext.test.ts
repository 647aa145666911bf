// Next.js on Workers: check builds with the OpenNext adapter (`opennextjs-cloudflare build`). The real
// adapter runs `next build` (minutes), so the app here carries a stand-in for it, written by this test:
// a CLI that records its arguments and writes what the adapter writes (.open-next/worker.js and assets),
// or fails the way the adapter does. Real wrangler bundles that output and real workerd boots it; the
// real adapter is proven on the corpus app (bench/corpus.ts next-self-host).
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/index.js';
import { writePlan } from '../../src/plan/index.js';
import { planRepository } from '../../src/plan/repository.js';
import { check } from '../../src/validate/index.js';
import { failureLines, openNextFailure } from '../../src/validate/opennext.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { fixture } from './support.js';

const temps = useTempDirs('dtw-opennext-');

/** What the adapter prints when `next build` fails (its execSync of the app's build script rethrows). */
const NEXT_BUILD_FAILED = [
  '┌─────────────────────────────────┐',
  '│ OpenNext — Building Next.js app │',
  '└─────────────────────────────────┘',
  '$ next build',
  '   Collecting page data ...',
  'Error: DATABASE_URL environment variable is not set',
  '    at 3468 (.next/server/app/db/clear/route.js:1:1933)',
  '> Build error occurred',
  "[Error: Failed to collect page data for /db/clear] { type: 'Error' }",
  'error: script "build" exited with code 1',
  'node:internal/errors:984',
  '  const err = new Error(message);',
  'Error: Command failed: bun run build',
  '    at genericNodeError (node:internal/errors:984:15)',
  '  status: 1,',
  'Node.js v24.11.0',
].join('\n');

const ADAPTER_FAILED = [
  '│ OpenNext — Generating bundle │',
  'ERROR Node.js middleware is not supported',
].join('\n');

/**
 * A stand-in for `next build` that needs BUILD_TOKEN (a module reading it at import): it fails without
 * it; with it, it prints the value, then fails fetching at build time (a prerendered page's fetch).
 */
const NEEDS_TOKEN = `const token = process.env.BUILD_TOKEN;
if (!token) { console.log('Error: BUILD_TOKEN environment variable is not set'); process.exit(1); }
console.log('connecting with ' + token + ' (' + token.length + ' characters)');
console.log('TypeError: fetch failed');
console.log('  [cause]: Error: getaddrinfo ENOTFOUND api.vercel.app');
process.exit(1);`;

/** The stand-in adapter's CLI: records its arguments, then fails or writes the Worker and its assets. */
function standIn(fails: string | null, script?: string): string {
  if (script) return script;
  return `import { mkdirSync, writeFileSync } from 'node:fs';
writeFileSync('args.json', JSON.stringify(process.argv.slice(2)));
${
  fails
    ? `console.log(${JSON.stringify(fails)}); process.exit(1);`
    : `mkdirSync('.open-next/assets', { recursive: true });
writeFileSync('.open-next/assets/robots.txt', 'User-agent: *');
writeFileSync('.open-next/worker.js', "export default { fetch: () => new Response('next on workers') };");`
}
`;
}

/** The Next.js fixture (no install) with the stand-in adapter in its node_modules; detect → plan. */
async function nextApp(fails: string | null, script?: string): Promise<Plan> {
  const dir = await temps.dir();
  await cp(fixture('next-standalone'), dir, { recursive: true });
  const adapter = join(dir, 'node_modules/@opennextjs/cloudflare');
  await mkdir(join(adapter, 'dist/cli'), { recursive: true });
  await writeFile(
    join(adapter, 'package.json'),
    '{"name":"@opennextjs/cloudflare","type":"module"}',
  );
  await writeFile(join(adapter, 'dist/cli/index.js'), standIn(fails, script));
  const ctx = testContext();
  const plan = await planRepository(dir, {}, {}, ctx);
  await writePlan(plan, ctx);
  return plan;
}

describe('a failed adapter build', () => {
  it('`next build` failing is W810 with its cause (no stack frames, no rethrow) and the command to reproduce', () => {
    const found = openNextFailure(NEXT_BUILD_FAILED, 1, {
      dir: 'apps/web',
      file: 'apps/web/package.json',
      reproduce:
        'npx opennextjs-cloudflare build --config ../../.docker-to-workers/web/wrangler.jsonc',
    });
    expect(found.ruleId).toBe('W810');
    expect(found.message).toContain('failed in `next build` (exit 1) in apps/web');
    expect(failureLines(NEXT_BUILD_FAILED).slice(-4)).toEqual([
      'Error: DATABASE_URL environment variable is not set',
      '> Build error occurred',
      "[Error: Failed to collect page data for /db/clear] { type: 'Error' }",
      'error: script "build" exited with code 1',
    ]);
    expect(found.message).not.toContain('OpenNext — Building');
    // The app's own build the adapter ran reproduces it, adapter or not.
    expect(found.fix).toContain('`cd apps/web && bun run build`');
    const adapter = openNextFailure(ADAPTER_FAILED, 1, {
      dir: '.',
      file: 'package.json',
      reproduce: 'npx opennextjs-cloudflare build --config x.jsonc',
    });
    expect(adapter.fix).toContain('`cd . && npx opennextjs-cloudflare build --config x.jsonc`');
    const setup = openNextFailure("Error: Cannot find package 'wrangler'", 1, {
      dir: '.',
      file: 'package.json',
      reproduce: 'npx opennextjs-cloudflare build --config x.jsonc',
    });
    expect([setup.ruleId, setup.message]).toEqual([
      'W810',
      expect.stringContaining('failed before `next build`'),
    ]);
  });

  it("the adapter's own step failing after `next build` is W811; check then ships the image on Containers", async () => {
    const plan = await nextApp(ADAPTER_FAILED);
    const [result] = await check(plan, { install: false }, testContext());
    expect(result?.verdict).toBe('container');
    expect(result?.diagnostics.find((d) => d.ruleId === 'W811')?.message).toContain(
      'ERROR Node.js middleware is not supported',
    );
    expect(result?.diagnostics.at(-1)?.ruleId).toBe('W905');
    expect(plan.workers[0]?.target).toBe('container');
  });
});

describe("the build's environment", () => {
  it('build-env reaches the build, never the report: its value scrubbed, the missing variable and the network named in the fix', async () => {
    const plan = await nextApp(null, NEEDS_TOKEN);
    const [without] = await check(plan, { install: false }, testContext());
    const missing = without?.diagnostics.find((d) => d.ruleId === 'W810');
    expect(missing?.message).toContain('Error: BUILD_TOKEN environment variable is not set');
    expect(missing?.fix).toContain(
      "The build's output says BUILD_TOKEN is not set: the image's build gets it from its environment (.env, --build-arg), check's build only from `build-env` — list BUILD_TOKEN in the action's `build-env` input with the value in the step's env (CLI: `--build-env BUILD_TOKEN`).",
    );
    const token = 'tok-0123456789abcdefghij';
    const [given] = await check(
      plan,
      { install: false, buildEnv: { BUILD_TOKEN: token } },
      testContext(),
    );
    const network = given?.diagnostics.find((d) => d.ruleId === 'W810');
    // The build saw the value (its length), and the finding quotes it only as ***.
    expect(network?.message).toContain(`connecting with *** (${token.length} characters)`);
    expect(JSON.stringify(given)).not.toContain(token);
    expect(network?.fix).toContain(
      "The build's output shows a network failure (api.vercel.app): the build needs the network at build time",
    );
    expect(network?.fix).not.toContain('is not set');
  });
});

describe('the adapter builds the app', () => {
  it('check runs it with the generated configs, then bundles and boots .open-next/worker.js', async () => {
    const plan = await nextApp(null);
    const [worker] = plan.workers;
    const [result] = await check(plan, { install: false }, testContext());
    expect(result?.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result?.diagnostics.map((d) => d.ruleId)).toContain('W812');
    expect(result?.smoke?.status).toBe(200);
    const args = JSON.parse(await readFile(join(plan.root, 'args.json'), 'utf8')) as string[];
    const config = join(plan.outDir, worker!.files.wranglerConfig);
    expect(args).toEqual([
      'build',
      '--config',
      config,
      '--openNextConfigPath',
      expect.stringMatching(/node_modules\/\.cache\/docker-to-workers\/open-next\.config\.ts$/),
    ]);
    // What wrangler bundled has no custom build left: the adapter already ran.
    const written = parse(await readFile(config, 'utf8')) as Record<string, unknown>;
    expect(written.build).toBeUndefined();
    expect(written.main).toMatch(/\.open-next\/worker\.js$/);
  });
});
