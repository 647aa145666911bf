// `docker-to-workers detect DIR --json` through the real CLI entry: JSON alone on stdout.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

let stdout: string;
let stderr: string;
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('docker-to-workers detect', () => {
  it('--json prints the AppModel and nothing else', async () => {
    const code = await main(['detect', fixture('compose-postgres-redis'), '--json']);
    expect(code).toBe(0);
    const model = JSON.parse(stdout);
    expect(model).toMatchObject({
      runtime: 'node',
      framework: 'express',
      entry: 'src/index.js',
      startCommand: 'node src/index.js',
      ports: [3000, 9229],
      healthcheck: '/health',
      packageManager: 'npm',
      dbClients: ['pg', 'ioredis'],
      wranglerConfig: null,
      sources: { entry: 'package.json:6', healthcheck: 'compose.yaml:25' },
    });
    expect(model.services.map((s: { kind: string }) => s.kind)).toEqual(['postgres', 'redis']);
    expect(stdout).not.toMatch(/devpass|dev-session-secret|mk_test_123/);
  });

  it('prints a table of facts with their sources without --json', async () => {
    const code = await main(['detect', fixture('fastify-ts')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^fact\s+value\s+source$/m);
    expect(stdout).toMatch(/^entry\s+src\/server\.ts\s+package\.json:8$/m);
    expect(stdout).toMatch(/^ports\s+8080\s+Dockerfile:15$/m);
  });

  it('exits 1 on error findings and prints them with file:line and the fix', async () => {
    const code = await main(['detect', fixture('missing-cmd-file')]);
    expect(code).toBe(1);
    expect(stdout).toContain('error D007 Dockerfile:6: The start command runs dist/index.js');
    expect(stdout).toContain('fix: ');
    expect(stderr).toBe('');
  });

  it('a directory that does not exist is a one-line error, not a stack trace', async () => {
    const code = await main(['detect', fixture('no-such-fixture')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no-such-fixture is not a directory\.\n {2}fix: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
