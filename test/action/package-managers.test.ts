import { createHash } from 'node:crypto';
import { access, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { eventPayload, fixtureWorkspace } from './fixture-workspace.js';
import { runAction, type ActionRun } from './runner.js';

/**
 * Corepack fetches pnpm and yarn from the npm registry: yarn 2+ comes from repo.yarnpkg.com unless
 * COREPACK_NPM_REGISTRY is set (https://github.com/nodejs/corepack#environment-variables), and this
 * machine reaches only the npm registry, through a mirror that serves no `dist.signatures`, which
 * corepack's signature check needs (COREPACK_INTEGRITY_KEYS=0 turns it off). A caller on a runner
 * that reaches registry.npmjs.org and repo.yarnpkg.com sets neither.
 */
const COREPACK_HERE = {
  COREPACK_NPM_REGISTRY: 'https://registry.npmjs.org',
  COREPACK_INTEGRITY_KEYS: '0',
};

const step = (run: ActionRun, name: string) => {
  const found = run.steps.find((s) => s.name === name);
  if (!found) throw new Error(`no step '${name}' in ${run.steps.map((s) => s.name).join(', ')}`);
  return found;
};

/** The runner's hashFiles over one file: SHA-256 of its SHA-256. */
async function hashOne(file: string): Promise<string> {
  const digest = createHash('sha256')
    .update(await readFile(file))
    .digest();
  return createHash('sha256').update(digest).digest('hex');
}

async function checkFixture(fixture: string, jobEnv: Record<string, string> = COREPACK_HERE) {
  const workspace = await fixtureWorkspace(fixture, '.', { nodeModules: false });
  const toolCache = await mkdtemp(join(tmpdir(), 'dtw-toolcache-'));
  const run = await runAction({
    with: { mode: 'check' },
    event: { name: 'pull_request', payload: await eventPayload('pull_request.opened') },
    workspace,
    toolCache,
    jobEnv,
  });
  return { run, workspace, store: join(toolCache, 'docker-to-workers', 'store') };
}

// Concurrent, all five runs: most of each is waiting on corepack, the registry and child processes.
describe.concurrent.each([
  {
    fixture: 'pnpm-install',
    manager: 'pnpm',
    lockfile: 'pnpm-lock.yaml',
    install: 'pnpm install --frozen-lockfile --ignore-scripts --prod --store-dir',
    version: '10.34.9',
  },
  {
    fixture: 'yarn-classic-install',
    manager: 'yarn',
    lockfile: 'yarn.lock',
    install: 'yarn install --frozen-lockfile --ignore-engines --ignore-scripts',
    version: '1.22.22',
  },
  {
    fixture: 'yarn-berry-install',
    manager: 'yarn',
    lockfile: 'yarn.lock',
    install: 'yarn install --immutable',
    version: '4.18.1',
  },
])('the composite action with a $fixture app (no node_modules)', (app) => {
  it(`sets ${app.manager} up through corepack, installs frozen with scripts off and caches its store by the lockfile`, async ({
    expect,
  }) => {
    const { run, workspace, store } = await checkFixture(app.fixture);
    expect(run.failed, run.stdout + run.stderr).toBe(false);
    expect(run.outputs.verdict).toBe('ready');
    expect(run.stdout).toContain(`${app.manager} ${app.version} through corepack`);
    expect(run.stdout).toContain(`Installing dependencies: ${app.install}`);
    expect(run.stdout).not.toContain('W005');
    expect(step(run, 'Set up bun').outcome).toBe('skipped');
    // The dependency came from the lockfile into node_modules.
    await access(join(workspace, 'node_modules', 'greet', 'package.json'));

    const key = `docker-to-workers-store-Linux-X64-${app.manager}-${await hashOne(join(workspace, app.lockfile))}`;
    expect(step(run, 'Restore dependency store').with).toEqual({
      path: store,
      key,
      'restore-keys': `docker-to-workers-store-Linux-X64-${app.manager}-`,
    });
    expect(run.outputs['dependencies-installed']).toBe('true');
    expect(step(run, 'Save dependency store')).toMatchObject({
      outcome: 'success',
      with: { path: store, key },
    });
    // The manager's downloads and corepack's copy of the manager are in the saved directory.
    expect((await readdir(join(store, app.manager))).length).toBeGreaterThan(0);
    expect(await readdir(join(store, 'corepack', 'v1'))).toContain(app.manager);
  });
});

describe.concurrent('a package manager that cannot be set up', () => {
  it('is reported as W005 naming the manager and the fix, not as a lockfile problem', async ({
    expect,
  }) => {
    // A registry nobody answers on: corepack cannot download the pnpm package.json names.
    const { run } = await checkFixture('pnpm-install', {
      ...COREPACK_HERE,
      COREPACK_NPM_REGISTRY: 'http://127.0.0.1:9',
    });
    expect(run.failed).toBe(true);
    expect(run.stdout).toMatch(
      /::error title=W005,file=package\.json::corepack could not download pnpm, so the dependencies could not be installed/,
    );
    expect(run.stdout).toContain('Fix: Enable pnpm with corepack');
    expect(run.stdout).not.toContain('W002');
    expect(run.stdout).not.toContain('fix the lockfile');
  });
});

describe.concurrent('the composite action with a bun app', () => {
  it('sets bun up with its own action at the pinned version; a missing bun is reported as such', async ({
    expect,
  }) => {
    // The runner-like harness records `uses:` steps without running them: setup-bun does not install
    // bun here, which is the case of a runner without it.
    const { run } = await checkFixture('bun-install');
    expect(step(run, 'Set up bun')).toMatchObject({
      outcome: 'success',
      uses: 'oven-sh/setup-bun@v2',
      with: { 'bun-version': '1.4.5' },
    });
    expect(step(run, 'Restore dependency store').with?.key).toMatch(
      /^docker-to-workers-store-Linux-X64-bun-[0-9a-f]{64}$/,
    );
    expect(run.stdout).toContain(
      'Installing dependencies: bun install --frozen-lockfile --ignore-scripts',
    );
    expect(run.stdout).toMatch(/::error[^\n]*W005[^\n]*bun is not installed/);
    expect(run.stdout).toContain('oven-sh/setup-bun@v2');
    expect(run.stdout).not.toContain('W002');
    expect(run.stdout).not.toContain('fix the lockfile');
  });
});
