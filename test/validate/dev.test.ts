import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `dev` on the example in its own process group (so cleanup can reach all it starts), once ready. */
async function startDev() {
  const port = 18000 + Math.floor(Math.random() * 1000);
  // Its own output directory: the check CLI test plans the same example in parallel.
  const out = await mkdtemp(join(tmpdir(), 'dtw-dev-'));
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/index.ts',
      'dev',
      'examples/express-app',
      '--port',
      String(port),
    ].concat(['--out', out]),
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'false' } },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev did not get ready:\n${output}`)), 90_000);
    const poll = setInterval(() => {
      if (output.includes('Ready on')) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }
    }, 200);
    void exited.then(() => reject(new Error(`dev exited:\n${output}`)));
  });
  const stopGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone, as it should be.
    }
  };
  return { child, port, exited, stopGroup, output: () => output };
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('docker-to-workers dev (CLI)', () => {
  // One boot of dev (a plan, a bundle and workerd) for both: it serves, then SIGTERM stops it all.
  it('serves the planned example Worker on localhost from workerd; SIGTERM to dev alone stops wrangler and workerd too: the port is freed', async () => {
    const dev = await startDev();
    try {
      const response = await fetch(`http://127.0.0.1:${dev.port}/notes/1`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ id: 1 });
      expect(await listening(dev.port)).toBe(true);
      dev.child.kill('SIGTERM');
      expect(await dev.exited).toBe(128 + 15);
      // Polled, not slept: freed as soon as workerd is gone (never, when it is orphaned).
      await expect.poll(() => listening(dev.port), { timeout: 30_000, interval: 100 }).toBe(false);
    } finally {
      dev.stopGroup();
    }
  });
});
