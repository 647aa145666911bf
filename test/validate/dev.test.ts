import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('docker-to-workers dev (CLI)', () => {
  it('serves the planned example Worker on localhost from workerd', async () => {
    const port = 18000 + Math.floor(Math.random() * 1000);
    // Its own output directory: the check CLI test plans the same example in parallel.
    const out = await mkdtemp(join(tmpdir(), 'dtw-dev-'));
    // Its own process group, so the wrangler and workerd it starts are stopped with it.
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
        '--out',
        out,
      ],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'false' } },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`dev did not get ready:\n${output}`)),
          90_000,
        );
        const poll = setInterval(() => {
          if (output.includes('Ready on')) {
            clearInterval(poll);
            clearTimeout(timer);
            resolve();
          }
        }, 200);
        child.on('exit', () => reject(new Error(`dev exited:\n${output}`)));
      });
      const response = await fetch(`http://127.0.0.1:${port}/notes/1`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ id: 1 });
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  });
});
