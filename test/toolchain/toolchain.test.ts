import { mkdtemp, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootWorker, supportedCompatibilityDate } from '../../src/toolchain/workerd.js';
import {
  binLaunch,
  PINNED_WRANGLER_VERSION,
  resolveWrangler,
  runWrangler,
} from '../../src/toolchain/wrangler.js';
import { testContext } from '../support/context.js';

describe('toolchain', () => {
  it('bundles with the pinned wrangler offline and boots the bundle in workerd', async () => {
    const ctx = testContext();
    const wrangler = await resolveWrangler(ctx);
    expect(wrangler.version).toBe(PINNED_WRANGLER_VERSION);

    const dir = await mkdtemp(join(tmpdir(), 'dtw-toolchain-'));
    await writeFile(
      join(dir, 'index.js'),
      "import { createHash } from 'node:crypto';\nexport default { fetch: () => new Response(createHash('sha1').update('x').digest('hex')) };\n",
    );
    await writeFile(
      join(dir, 'wrangler.jsonc'),
      JSON.stringify({
        name: 'hello',
        main: 'index.js',
        compatibility_date: '2026-05-03',
        compatibility_flags: ['nodejs_compat'],
      }),
    );
    const run = await runWrangler(ctx, wrangler, ['deploy', '--dry-run', '--outdir', 'out'], {
      config: join(dir, 'wrangler.jsonc'),
      cwd: dir,
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.records.some((r) => r.type === 'wrangler-session')).toBe(true);
    expect(await readdir(join(dir, 'out'))).toContain('index.js');

    const worker = await bootWorker(wrangler, {
      scriptPath: join(dir, 'out', 'index.js'),
      compatibilityDate: '2026-05-03',
      compatibilityFlags: ['nodejs_compat'],
    });
    try {
      const response = await worker.fetch('/');
      expect(response.status).toBe(200);
      expect(response.body).toBe('11f6ad8ec52a2984abaafd7c3b516503785c2072');
    } finally {
      await worker.dispose();
    }
  });

  it("starts wrangler's CLI module with the flags and Node floor its own bin uses", async () => {
    const wrangler = await resolveWrangler(testContext());
    // wrangler 4.164's bin: Node 22.12 or newer, `--no-warnings` only.
    expect(wrangler.minNode).toBe('22.12.0');
    expect(wrangler.nodeArgs).toEqual([
      '--no-warnings',
      join(wrangler.packageDir, 'wrangler-dist', 'cli.js'),
    ]);
    // wrangler 4.86's bin (trimmed): Node 20, plus --experimental-vm-modules.
    const bin486 = [
      'const MIN_NODE_VERSION = "20.0.0";',
      'return spawn(',
      '  process.execPath,',
      '  [',
      '    "--no-warnings",',
      '    "--experimental-vm-modules",',
      '    ...process.execArgv,',
      '    path.join(__dirname, "../wrangler-dist/cli.js"),',
    ].join('\n');
    expect(binLaunch(bin486)).toEqual({
      minNode: '20.0.0',
      nodeFlags: ['--no-warnings', '--experimental-vm-modules'],
    });
  });

  it('gives an older pinned wrangler the date its own workerd supports, and boots it on miniflare 4', async () => {
    const ctx = testContext();
    expect(await supportedCompatibilityDate(await resolveWrangler(ctx))).toBe('2026-11-17');
    // wrangler 4.86.0 (miniflare 4, workerd 1.20260426): installed into the cache when missing.
    const older = await resolveWrangler(ctx, '4.86.0');
    const date = await supportedCompatibilityDate(older);
    expect(date).toBe('2026-04-26');
    const dir = await mkdtemp(join(tmpdir(), 'dtw-toolchain-'));
    await writeFile(
      join(dir, 'index.js'),
      "export default { fetch: () => new Response('old') };\n",
    );
    const worker = await bootWorker(older, {
      scriptPath: join(dir, 'index.js'),
      compatibilityDate: date,
      compatibilityFlags: ['nodejs_compat'],
    });
    try {
      expect((await worker.fetch('/')).body).toBe('old');
    } finally {
      await worker.dispose();
    }
  });
});
