import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { spawnExec } from '../../src/util/exec.js';

const cli = (args: string[]) =>
  spawnExec(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    env: { CI: 'false' },
  });

describe('docker-to-workers check (CLI)', () => {
  it('runs detect → plan → check on the README example: ready, exit 0, --json shape, SARIF', async () => {
    const sarifFile = join(await mkdtemp(join(tmpdir(), 'dtw-sarif-')), 'check.sarif');
    const run = await cli([
      'check',
      'examples/express-app',
      '--json',
      '--sarif',
      sarifFile,
      '--plan',
      'free',
    ]);
    expect(run.exitCode, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'verdict',
      'tier',
      'diagnostics',
      'bundle',
      'smoke',
      'workers',
    ]);
    expect(json.tier).toEqual({ tier: 'free', source: 'flag' });
    expect(json.verdict).toBe('ready');
    // 64 MiB uncompressed on every plan, Free included.
    expect(json.bundle).toMatchObject({ limitBytes: 64 * 1024 * 1024 });
    expect(json.smoke).toMatchObject({ status: 200, error: null });
    for (const d of json.diagnostics as Record<string, unknown>[]) {
      expect(Object.keys(d)).toEqual([
        'ruleId',
        'severity',
        'message',
        'file',
        'line',
        'column',
        'package',
        'fix',
      ]);
    }
    const schema = JSON.parse(
      await readFile('test/support/sarif-2.1.0-rtm.5.json', 'utf8'),
    ) as object;
    const validate = new AjvDraft04.default({ strict: false, unicodeRegExp: false }).compile(
      schema,
    );
    expect(validate(JSON.parse(await readFile(sarifFile, 'utf8')))).toBe(true);
  });

  it('fails with exit 1 and names the blocker in the human report', async () => {
    const run = await cli(['check', 'test/fixtures/blocker-child-process', '--no-smoke']);
    expect(run.exitCode, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/error +W101 server\.js:7:\d+/);
    expect(run.stdout).toContain('Verdict: container');
  });

  it('rejects a bad option with a clear message', async () => {
    const run = await cli(['check', 'examples/express-app', '--fail-on', 'sometimes']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('--fail-on must be one of error, warning, never');
  });

  it('--build-env naming a variable the environment does not set stops before anything runs, naming it and the fix', async () => {
    const run = await cli(['check', 'examples/express-app', '--build-env', 'BUILD_ONLY_TOKEN']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(
      '--build-env lists BUILD_ONLY_TOKEN, but it is not set in the environment.',
    );
    expect(run.stderr).toContain('Set BUILD_ONLY_TOKEN in the environment of the command');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
