import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitRepository } from '../../src/cli/repository.js';
import type { Plan } from '../../src/model/index.js';
import { writePlan } from '../../src/plan/index.js';
import { deployButtonUrl, webUrlOfRemote } from '../../src/plan/button.js';
import { editPackageJson } from '../../src/plan/repo-package.js';
import { planRepository } from '../../src/plan/repository.js';
import { migrationSummary } from '../../src/report/entries.js';
import { renderComment } from '../../src/report/comment.js';
import { bootWorker } from '../../src/toolchain/workerd.js';
import { resolveWrangler } from '../../src/toolchain/wrangler.js';
import { testContext } from '../support/context.js';

const EXAMPLE = resolve(import.meta.dirname, '..', '..', 'examples', 'express-app');

describe('the Deploy to Cloudflare button link', () => {
  it('takes the web URL of any git remote, never its credentials', () => {
    expect(webUrlOfRemote('git@github.com:acme/shop.git')).toBe('https://github.com/acme/shop');
    expect(webUrlOfRemote('ssh://git@github.com/acme/shop.git')).toBe(
      'https://github.com/acme/shop',
    );
    expect(webUrlOfRemote('https://x-access-token:ghs_abc@github.com/acme/shop.git\n')).toBe(
      'https://github.com/acme/shop',
    );
    expect(webUrlOfRemote('https://gitlab.com/group/sub/app')).toBe(
      'https://gitlab.com/group/sub/app',
    );
    expect(webUrlOfRemote('/srv/git/shop.git')).toBeNull();
    expect(webUrlOfRemote('file:///srv/git/shop.git')).toBeNull();
    expect(webUrlOfRemote('https://github.com/')).toBeNull();
  });

  it('names the subdirectory of a monorepo service on the branch it deploys from', () => {
    const repository = { url: 'https://github.com/acme/shop', branch: 'main', prefix: '' };
    expect(deployButtonUrl(repository, '.')).toBe(
      'https://deploy.workers.cloudflare.com/?url=https://github.com/acme/shop',
    );
    expect(deployButtonUrl({ ...repository, prefix: 'services/api/' }, '.')).toBe(
      'https://deploy.workers.cloudflare.com/?url=https://github.com/acme/shop/tree/main/services/api',
    );
    expect(deployButtonUrl({ ...repository, branch: 'release (v2)' }, 'apps/web')).toBe(
      'https://deploy.workers.cloudflare.com/?url=https://github.com/acme/shop/tree/release%20(v2)/apps/web',
    );
    expect(deployButtonUrl(null, '.')).toBeNull();
  });

  it('renders in the PR comment only as a link to the deploy page', () => {
    const entry = (deployButton: string) => ({
      worker: 'api',
      status: 'ready' as const,
      commit: 'abc1234',
      previewUrl: null,
      aliasUrl: null,
      updatedAt: '2026-11-25T12:00:00Z',
      note: null,
      findings: [],
      migration: {
        verdict: 'ready',
        converted: 1,
        approximated: 0,
        dropped: 0,
        manual: 0,
        manualItems: [],
        deployButton,
      },
      health: null,
    });
    const good = 'https://deploy.workers.cloudflare.com/?url=https://github.com/acme/shop';
    const body = renderComment({ pullRequest: 1, title: 't', branch: 'b', entries: [entry(good)] });
    expect(body).toContain(
      `[![Deploy to Cloudflare](https://deploy.workers.cloudflare.com/button)](${good})`,
    );
    const forged = renderComment({
      pullRequest: 1,
      title: 't',
      branch: 'b',
      entries: [entry('https://evil.example/?url=https://github.com/acme/shop')],
    });
    expect(forged).not.toContain('Deploy to Cloudflare');
  });
});

describe('package.json edits for a fresh install', () => {
  const edits = {
    overrides: { 'iconv-lite': '0.6.3' },
    dependencies: {},
    descriptions: { JWT_SECRET: 'signs sessions' },
  };

  it('keeps the user’s tabs, key order and existing values', () => {
    const text = '{\n\t"name": "a",\n\t"overrides": {\n\t\t"iconv-lite": "0.6.2"\n\t}\n}\n';
    const edited = editPackageJson(text, 'npm', edits);
    expect(edited.added).toEqual(['cloudflare.bindings.JWT_SECRET.description']);
    expect(edited.text).toBe(
      '{\n\t"name": "a",\n\t"overrides": {\n\t\t"iconv-lite": "0.6.2"\n\t},\n\t"cloudflare": {\n\t\t"bindings": {\n\t\t\t"JWT_SECRET": {\n\t\t\t\t"description": "signs sessions"\n\t\t\t}\n\t\t}\n\t}\n}\n',
    );
  });

  it('puts overrides where each package manager reads them', () => {
    const pnpm = JSON.parse(editPackageJson('{}', 'pnpm', edits).text);
    expect(pnpm.pnpm.overrides).toEqual({ 'iconv-lite': '0.6.3' });
    const yarn = JSON.parse(editPackageJson('{}', 'yarn', edits).text);
    expect(yarn.resolutions).toEqual({ 'iconv-lite': '0.6.3' });
  });
});

describe('plan --write leaves the repository ready for the Deploy button', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('writes what the button reads, and real wrangler bundles it from the root with no flags', async () => {
    const ctx = testContext({ env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
    const root = await mkdtemp(join(tmpdir(), 'dtw-button-'));
    dirs.push(root);
    await cp(EXAMPLE, root, { recursive: true });
    // A secret the app reads, as a compose file declares it.
    await writeFile(
      join(root, 'compose.yaml'),
      'services:\n  web:\n    build: .\n    ports: ["3000:3000"]\n    environment:\n      GREETING: Hello from a Worker\n      JWT_SECRET: ${JWT_SECRET}\n',
    );
    const install = await ctx.exec(
      'npm',
      [
        'install',
        '--package-lock-only',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
      ],
      { cwd: root, timeoutMs: 180_000 },
    );
    expect(install.exitCode, install.stderr).toBe(0);
    for (const args of [
      ['init', '-q'],
      ['remote', 'add', 'origin', 'git@github.com:acme/notes.git'],
    ])
      await ctx.exec('git', ['-C', root, ...args]);

    const plan: Plan = await planRepository(
      root,
      {},
      { repository: await gitRepository(root, ctx) },
      ctx,
    );
    await writePlan(plan, ctx, { intoRepo: true });

    expect(plan.written?.created.sort()).toEqual([
      '.dev.vars.example',
      'entry.mjs',
      'prelude.mjs',
      'wrangler.jsonc',
    ]);
    expect(plan.written?.edited).toEqual(['package.json', 'package-lock.json']);
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    expect(pkg.overrides).toEqual({ 'iconv-lite': '0.6.3' });
    expect(pkg.cloudflare.bindings.JWT_SECRET.description).toMatch(/secret/i);
    expect(await readFile(join(root, '.dev.vars.example'), 'utf8')).toMatch(/^JWT_SECRET= # /m);
    const config = await readFile(join(root, 'wrangler.jsonc'), 'utf8');
    expect(config).not.toContain('.docker-to-workers');
    const url = 'https://deploy.workers.cloudflare.com/?url=https://github.com/acme/notes';
    expect(plan.workers[0]?.deployButton).toBe(url);
    expect(await readFile(join(plan.outDir, 'MIGRATION.md'), 'utf8')).toContain(`](${url})`);
    expect(migrationSummary(plan.workers[0]!).deployButton).toBe(url);

    // What Workers Builds does: a frozen install, then wrangler from the repository root.
    await rm(plan.outDir, { recursive: true });
    const ci = await ctx.exec('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], {
      cwd: root,
      timeoutMs: 180_000,
    });
    expect(ci.exitCode, ci.stderr).toBe(0);
    const wrangler = await resolveWrangler(ctx);
    const built = await ctx.exec(
      process.execPath,
      [...wrangler.nodeArgs, 'deploy', '--dry-run', '--outdir', 'out'],
      { cwd: root, env: { WRANGLER_SEND_METRICS: 'false', CI: 'true' }, timeoutMs: 120_000 },
    );
    expect(built.exitCode, built.stderr).toBe(0);
    expect(await readdir(join(root, 'out'))).toContain('entry.js');

    const worker = await bootWorker(wrangler, {
      scriptPath: join(root, 'out', 'entry.js'),
      compatibilityDate: plan.workers[0]!.compatibilityDate,
      compatibilityFlags: plan.workers[0]!.compatibilityFlags,
    });
    try {
      expect((await worker.fetch('/health')).status).toBe(200);
    } finally {
      await worker.dispose();
    }
  });
});
