import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PINNED_WRANGLER_VERSION } from '../../src/toolchain/wrangler.js';
import { ADAPTER_CACHE_FOLDER } from '../../src/validate/opennext.js';
import { eventPayload, fixtureWorkspace, visibleLog } from './fixture-workspace.js';
import { ACTION_ROOT, runAction, type ActionRun } from './runner.js';

const TOKEN = 'cf-api-token-that-must-never-be-printed';

const step = (run: ActionRun, name: string) => {
  const found = run.steps.find((s) => s.name === name);
  if (!found) throw new Error(`no step '${name}' in ${run.steps.map((s) => s.name).join(', ')}`);
  return found;
};

describe('the composite action in check mode (no credentials), run the way the runner runs it', () => {
  let workspace: string;
  let toolCache: string;
  beforeAll(async () => {
    workspace = await fixtureWorkspace('express');
    toolCache = await mkdtemp(join(tmpdir(), 'dtw-toolcache-'));
  });

  it('sets up Node, caches wrangler by version and OS, checks the app and reports', async () => {
    const run = await runAction({
      with: { mode: 'check', sarif: 'findings.sarif', apiToken: TOKEN },
      event: { name: 'pull_request', payload: await eventPayload('pull_request.opened') },
      workspace,
      toolCache,
    });
    expect(run.failed, run.stdout + run.stderr).toBe(false);
    expect(run.steps.map((s) => [s.name, s.outcome])).toEqual([
      ['Set up Node.js', 'success'],
      ['Cache wrangler', 'success'],
      // Only a repository with a next.config caches the OpenNext adapter.
      ['Cache the OpenNext adapter', 'skipped'],
      ['Set up the package manager', 'success'],
      ['Set up bun', 'skipped'],
      ['Restore dependency store', 'success'],
      ['Docker to Workers', 'success'],
      // The app's dependencies were installed already, but plan installed its iconv-lite remedy.
      ['Save dependency store', 'success'],
      ['Upload SARIF', 'success'],
    ]);
    expect(run.outputs['dependencies-installed']).toBe('true');
    const store = join(toolCache, 'docker-to-workers', 'store');
    expect(await readdir(join(store, 'npm', '_cacache'))).toContain('content-v2');
    expect(step(run, 'Save dependency store').with?.path).toBe(store);
    expect(step(run, 'Set up Node.js').with).toEqual({ 'node-version': '24' });
    // The cached directory is the one resolveWrangler installs into, so a warm run finds it.
    expect(step(run, 'Cache wrangler').with).toEqual({
      path: join(toolCache, 'docker-to-workers', `wrangler-${PINNED_WRANGLER_VERSION}`),
      key: `docker-to-workers-wrangler-${PINNED_WRANGLER_VERSION}-Linux-X64`,
    });
    expect(step(run, 'Upload SARIF').with).toEqual({
      sarif_file: 'findings.sarif',
      category: 'docker-to-workers',
    });

    expect(run.outputs.verdict).toBe('ready');
    expect(run.outputs['deployment-url']).toBe('');
    expect(run.summary).toContain('## docker-to-workers: ready');
    expect(run.summary).toContain('Environment: check for pull request #7');
    expect(run.summary).toContain('### Check');
    expect(run.stdout).toContain('docker-to-workers check for . (pull_request');
    const sarif = JSON.parse(await readFile(join(workspace, 'findings.sarif'), 'utf8')) as {
      version: string;
      runs: { tool: { driver: { name: string } } }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.tool.driver.name).toBe('docker-to-workers');
    // Masked as soon as read: the token is registered with the runner and appears nowhere else.
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    for (const text of [
      visibleLog(run.stdout),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
    ]) {
      expect(text).not.toContain(TOKEN);
    }
  });

  it('caches the OpenNext adapter at the folder check installs its pinned version into', async () => {
    const action = parse(await readFile(join(ACTION_ROOT, 'action.yml'), 'utf8')) as {
      runs: { steps: { name?: string; with?: Record<string, string> }[] };
    };
    const cache = action.runs.steps.find((s) => s.name === 'Cache the OpenNext adapter');
    expect(cache?.with?.path).toBe(
      `\${{ runner.tool_cache }}/docker-to-workers/${ADAPTER_CACHE_FOLDER}`,
    );
    expect(cache?.with?.key).toContain(`-${ADAPTER_CACHE_FOLDER}-`);
  });

  it('uses a warm wrangler cache at the path action.yml caches, without reinstalling; the `plan` input reaches check, the log, the summary and plan.json', async () => {
    // An actions/cache hit for another wrangler version: the repository's install stands in for it.
    const version = '4.85.0';
    const cached = join(toolCache, 'docker-to-workers', `wrangler-${version}`);
    await mkdir(cached, { recursive: true });
    await symlink(join(ACTION_ROOT, 'node_modules'), join(cached, 'node_modules'), 'dir');
    const run = await runAction({
      // The `plan` input rides along on this run: one action run less (plan-tier.test.ts proves the
      // default without a run).
      with: { mode: 'check', 'wrangler-version': version, plan: 'paid' },
      event: { name: 'push', payload: await eventPayload('push') },
      workspace,
      toolCache,
    });
    expect(run.failed, run.stdout + run.stderr).toBe(false);
    expect(step(run, 'Cache wrangler').with?.path).toBe(cached);
    // The remedy is in the output directory since the first run: nothing new for the store.
    expect(run.outputs['dependencies-installed']).toBe('false');
    expect(step(run, 'Save dependency store').outcome).toBe('skipped');
    expect(run.stdout).toContain(`at ${join(cached, 'node_modules', 'wrangler')}`);
    expect(run.stdout).not.toContain('Installing wrangler');

    const line = 'Limits: Workers paid plan (from the `plan` input)';
    expect(run.stdout).toContain(line);
    expect(run.summary).toContain(`### Check\n\n${line}`);
    const plan = JSON.parse(
      await readFile(join(workspace, '.docker-to-workers', 'plan.json'), 'utf8'),
    ) as { tier: string };
    expect(plan.tier).toBe('paid');
  });

  it('fails the step with the input’s name and the fix, not a stack trace', async () => {
    const run = await runAction({
      with: { mode: 'check', plan: 'enterprise' },
      event: { name: 'push', payload: await eventPayload('push') },
      workspace,
      toolCache,
    });
    expect(run.failed).toBe(true);
    expect(step(run, 'Docker to Workers').outcome).toBe('failure');
    expect(step(run, 'Save dependency store').outcome).toBe('skipped');
    expect(step(run, 'Upload SARIF').outcome).toBe('skipped');
    expect(run.stdout).toContain(
      "::error::Input 'plan' is 'enterprise', which is not one of free, paid.",
    );
    expect(run.stdout).toContain('fix: Set');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it('installs missing dependencies from the lockfile into the store it restores and saves', async () => {
    const app = await fixtureWorkspace('lockfile-install', '.', { nodeModules: false });
    const cache = await mkdtemp(join(tmpdir(), 'dtw-toolcache-'));
    const run = await runAction({
      with: { mode: 'check' },
      event: { name: 'pull_request', payload: await eventPayload('pull_request.opened') },
      workspace: app,
      toolCache: cache,
    });
    expect(run.failed, run.stdout + run.stderr).toBe(false);
    expect(run.outputs.verdict).toBe('ready');
    expect(run.outputs['dependencies-installed']).toBe('true');
    expect(run.stdout).toContain('Installing dependencies: npm ci');

    // The runner's hashFiles over the one lockfile: SHA-256 of its SHA-256.
    const lockfile = await readFile(join(app, 'package-lock.json'));
    const digest = createHash('sha256').update(lockfile).digest();
    const key = `docker-to-workers-store-Linux-X64-npm-${createHash('sha256').update(digest).digest('hex')}`;
    const store = join(cache, 'docker-to-workers', 'store');
    expect(step(run, 'Restore dependency store').with).toEqual({
      path: store,
      key,
      'restore-keys': 'docker-to-workers-store-Linux-X64-npm-',
    });
    // npm downloaded into the directory the cache steps restore and save.
    expect(await readdir(join(store, 'npm', '_cacache'))).toContain('content-v2');
    expect(step(run, 'Save dependency store')).toMatchObject({
      outcome: 'success',
      with: { path: store, key },
    });
  });
});
